// Corrections of parsed values and acknowledgements of findings, each with who/when/why.
import { getAtPath } from '../core/compare/record-paths.ts'
import { db } from '../db/index.ts'
import { recomputeFindings, type FindingsComputer } from './findings.ts'

export interface CorrectionInput { reportId: string; path: string; value: number | null; who: string; why: string }

/** Saves a correction, then recomputes the county's findings from the corrected values. */
export async function saveCorrection(input: CorrectionInput, computer?: FindingsComputer): Promise<void> {
  const report = await db.reports.get(input.reportId)
  if (!report) throw new Error('报告不存在')
  const original = getAtPath(report.record, input.path)
  await db.corrections.put({
    id: `${input.reportId}#${input.path}`, reportId: input.reportId, path: input.path, value: input.value,
    original: typeof original === 'number' ? original : null, who: input.who, why: input.why, at: new Date().toISOString(),
  })
  await recomputeFindings([report.county], computer)
}

/** Removes a correction: the parsed value applies again. */
export async function removeCorrection(id: string, computer?: FindingsComputer): Promise<void> {
  const c = await db.corrections.get(id)
  if (!c) return
  await db.corrections.delete(id)
  const report = await db.reports.get(c.reportId)
  if (report) await recomputeFindings([report.county], computer)
}

/** Acknowledges a finding with a note; it stays acknowledged across re-imports while its key is the same. */
export async function acknowledgeFinding(input: { key: string; reportId: string | null; who: string; why: string }): Promise<void> {
  await db.acknowledgements.put({ ...input, at: new Date().toISOString() })
}

/** Withdraws an acknowledgement. */
export async function removeAcknowledgement(key: string): Promise<void> {
  await db.acknowledgements.delete(key)
}
