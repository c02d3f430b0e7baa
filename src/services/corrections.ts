// Corrections of parsed values and acknowledgements of findings, each with who/when/why.
import { getAtPath } from '../core/compare/record-paths.ts'
import { db, getReport, replaceFindings, type StoredCorrection } from '../db/index.ts'
import { computeCountyFindings, type FindingsComputer } from './findings.ts'
import { sharedParserClient } from './parser-client.ts'

export interface CorrectionInput { reportId: string; path: string; value: number | null; who: string; why: string }

/**
 * Saves a correction together with the county's findings recomputed from it, in one transaction,
 * so a reload or crash never leaves a correction with stale findings.
 */
export async function saveCorrection(input: CorrectionInput, computer: FindingsComputer = sharedParserClient()): Promise<void> {
  const report = await getReport(input.reportId)
  if (!report) throw new Error('报告不存在')
  const original = getAtPath(report.record, input.path)
  const correction: StoredCorrection = {
    id: `${input.reportId}#${input.path}`, reportId: input.reportId, path: input.path, value: input.value,
    original: typeof original === 'number' ? original : null, who: input.who, why: input.why, at: new Date().toISOString(),
  }
  const findings = await computeCountyFindings(report.county, computer, { correction })
  await db.transaction('rw', [db.corrections, db.countyFindings], async () => {
    await db.corrections.put(correction)
    await replaceFindings(report.county, findings)
  })
}

/** Removes a correction (the parsed value applies again), with the findings recomputed atomically. */
export async function removeCorrection(id: string, computer: FindingsComputer = sharedParserClient()): Promise<void> {
  const c = await db.corrections.get(id)
  if (!c) return
  const report = await getReport(c.reportId)
  const findings = report ? await computeCountyFindings(report.county, computer, { removedCorrection: id }) : null
  await db.transaction('rw', [db.corrections, db.countyFindings], async () => {
    await db.corrections.delete(id)
    if (report && findings) await replaceFindings(report.county, findings)
  })
}

/** Acknowledges a finding with a note; it stays acknowledged across re-imports while its key is the same. */
export async function acknowledgeFinding(input: { key: string; reportId: string | null; who: string; why: string }): Promise<void> {
  await db.acknowledgements.put({ ...input, at: new Date().toISOString() })
}

/** Withdraws an acknowledgement. */
export async function removeAcknowledgement(key: string): Promise<void> {
  await db.acknowledgements.delete(key)
}
