// Writes in chunks with progress. Call inside a transaction to make a batch all-or-nothing.
import { Dexie } from 'dexie'
import { db } from './db.ts'
import type { StoredFinding, StoredReport, StoredText } from './NianbaoDB.ts'

export const DEFAULT_ROWS_PER_CHUNK = 500

export interface PutReportsOptions {
  onProgress?: (written: number, total: number) => void
  /** Checked between chunks: aborts the surrounding transaction so nothing of the batch stays. */
  signal?: AbortSignal
  /** @default DEFAULT_ROWS_PER_CHUNK */
  rowsPerChunk?: number
}

/** Puts reports and their texts in chunks; aborting the signal aborts the whole transaction. */
export async function putReports(rows: readonly { report: StoredReport; text: StoredText }[], options: PutReportsOptions = {}): Promise<void> {
  const chunk = options.rowsPerChunk ?? DEFAULT_ROWS_PER_CHUNK
  for (let i = 0; i < rows.length; i += chunk) {
    if (options.signal?.aborted) throw new Dexie.AbortError('导入已取消')
    const part = rows.slice(i, i + chunk)
    await db.reports.bulkPut(part.map((r) => r.report))
    await db.texts.bulkPut(part.map((r) => r.text))
    options.onProgress?.(Math.min(i + chunk, rows.length), rows.length)
  }
}

/** Replaces every finding of a county with a freshly computed set. */
export async function replaceFindings(county: string, findings: readonly StoredFinding[]): Promise<void> {
  if (findings.length) await db.countyFindings.put({ county, findings: findings as StoredFinding[] })
  else await db.countyFindings.delete(county)
}

/**
 * Deletes reports and their texts. Corrections and acknowledgements are kept on purpose: they apply
 * again when the same report is imported later. The caller recomputes the county's findings.
 */
export async function deleteReports(ids: readonly string[]): Promise<void> {
  await db.reports.bulkDelete(ids as string[])
  await db.texts.bulkDelete(ids as string[])
}
