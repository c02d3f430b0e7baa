// Writes in chunks with progress. Call inside a transaction to make a batch all-or-nothing.
import { Dexie } from 'dexie'
import { db } from './db.ts'
import {
  packable, packReports, readReportJson, textPackKey,
  type ReportRow, type StoredFinding, type StoredReport, type StoredReportPack, type StoredText, type StoredTextPack,
} from './NianbaoDB.ts'

/**
 * Reports put a pack at a time per county-year in one go: an import's chunks are at most this, so a
 * county-year of a chunk is one pack (500 split a tenth of them in two: more rows, each a put).
 */
export const DEFAULT_ROWS_PER_CHUNK = 2000

export interface PutReportsOptions {
  onProgress?: (written: number, total: number) => void
  /** Checked between chunks: aborts the surrounding transaction so nothing of the batch stays. */
  signal?: AbortSignal
  /** @default DEFAULT_ROWS_PER_CHUNK */
  rowsPerChunk?: number
}

/**
 * A report to store with its text; `replacedPack` is the pack of the stored report it replaces, if any.
 * `recordJson`: the JSON of its record, when at hand (the parse worker sends it so): `report.record` is
 * then not read.
 */
export interface ReportToPut { report: ReportRow; recordJson?: string; text: StoredText; replacedPack?: string }

let writes = 0
/** A key part no earlier write used, in this page or any before it. */
const newWriteTag = () => `${Date.now().toString(36)}.${(writes++).toString(36)}`

/**
 * Puts reports and their texts in chunks, each chunk's reports and texts in one pack each per county-year;
 * aborting the signal aborts the whole transaction. Call inside a transaction on reportPacks and textPacks.
 * Sets each report's `textPack`. A report that replaces a stored one must say so (`replacedPack`): the
 * stored one is taken out of its packs first.
 */
export async function putReports(rows: readonly ReportToPut[], options: PutReportsOptions = {}): Promise<void> {
  const chunk = options.rowsPerChunk ?? DEFAULT_ROWS_PER_CHUNK
  const replaced = rows.filter((r) => r.replacedPack !== undefined)
  if (replaced.length) await removeReports(replaced.map((r) => ({ id: r.report.id, textPack: r.replacedPack })))
  for (let i = 0; i < rows.length; i += chunk) {
    if (options.signal?.aborted) throw new Dexie.AbortError('导入已取消')
    const part = rows.slice(i, i + chunk)
    const texts = new Map<string, StoredTextPack>()
    const tag = newWriteTag()
    for (const { report, text } of part) {
      const key = textPackKey(report.county, report.year, tag)
      let pack = texts.get(key)
      if (!pack) texts.set(key, (pack = { key, texts: {} }))
      pack.texts[report.id] = text.text
      report.textPack = key
    }
    await db.reportPacks.bulkPut(packReports(part.map(({ report, recordJson }) => packable(report, recordJson))))
    await db.textPacks.bulkPut([...texts.values()])
    options.onProgress?.(Math.min(i + chunk, rows.length), rows.length)
  }
}

/** Takes these reports out of their report packs and their texts out of their text packs, deleting packs left empty. */
async function removeReports(reports: readonly Pick<StoredReport, 'id' | 'textPack'>[]): Promise<void> {
  const gone = new Set(reports.map((r) => r.id))
  // A pack is listed once per id of it that matches.
  const packs = new Map((await db.reportPacks.where('ids').anyOf([...gone]).toArray()).map((p) => [p.key, p]))
  const kept: StoredReportPack[] = []
  const emptied: string[] = []
  for (const pack of packs.values()) {
    const left = pack.ids.flatMap((id, i) => (gone.has(id) ? [] : [i]))
    if (!left.length) {
      emptied.push(pack.key)
      continue
    }
    const reports = left.map((i) => pack.reports[i])
    const demo = pack.demo && reports.some((json) => readReportJson(json).demo) ? 1 : 0
    kept.push({ ...pack, ids: left.map((i) => pack.ids[i]), reports, demo })
  }
  if (kept.length) await db.reportPacks.bulkPut(kept)
  if (emptied.length) await db.reportPacks.bulkDelete(emptied)
  await removeTexts(reports)
}

/** Takes these reports' texts out of their packs, deleting packs left empty. */
async function removeTexts(reports: readonly Pick<StoredReport, 'id' | 'textPack'>[]): Promise<void> {
  const keys = [...new Set(reports.map((r) => r.textPack).filter((k) => k !== undefined))]
  const packs = (await db.textPacks.bulkGet(keys)).filter((p) => p !== undefined)
  const byKey = new Map(packs.map((p) => [p.key, p]))
  for (const r of reports) if (r.textPack) delete byKey.get(r.textPack)?.texts[r.id]
  const kept = packs.filter((p) => hasAny(p.texts))
  if (kept.length) await db.textPacks.bulkPut(kept)
  const emptied = packs.filter((p) => !hasAny(p.texts)).map((p) => p.key)
  if (emptied.length) await db.textPacks.bulkDelete(emptied)
}

function hasAny(texts: Record<string, string>): boolean {
  for (const _ in texts) return true
  return false
}

/** Replaces every finding of a county with a freshly computed set. */
export async function replaceFindings(county: string, findings: readonly StoredFinding[]): Promise<void> {
  if (findings.length) await db.countyFindings.put({ county, findings: findings as StoredFinding[] })
  else await db.countyFindings.delete(county)
}

/**
 * Deletes reports and their texts (call inside a transaction on reportPacks and textPacks). Corrections and
 * acknowledgements are kept on purpose: they apply again when the same report is imported later. The
 * caller recomputes the county's findings.
 */
export async function deleteReports(reports: readonly Pick<StoredReport, 'id' | 'textPack'>[]): Promise<void> {
  await removeReports(reports)
}
