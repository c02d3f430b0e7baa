import type { ParsedReport } from '../core/model/report.ts'
import { applyCorrections } from '../core/compare/apply-corrections.ts'
import { db, replaceFindings, type StoredFinding } from '../db/index.ts'
import { runCrossRulesSafe, runReportRulesSafe, toStoredFinding } from './rules-adapter.ts'
import { SETTING_KEYS } from './setting-keys.ts'

/**
 * Recomputes every finding of a county from its corrected records, per report and across reports.
 * Call it inside a transaction that includes FINDINGS_TABLES so the new set replaces the old atomically.
 */
export async function recomputeCountyFindings(county: string): Promise<StoredFinding[]> {
  const reports = await db.reports.where('county').equals(county).toArray()
  const ids = reports.map((r) => r.id)
  const [texts, corrections, units, deadlines] = await Promise.all([
    db.texts.bulkGet(ids),
    db.corrections.where('reportId').anyOf(ids).toArray(),
    db.settings.get(SETTING_KEYS.units(county)),
    db.settings.get(SETTING_KEYS.deadlines),
  ])
  const parsed: ParsedReport[] = reports.map((r, i) => ({
    ok: true,
    record: applyCorrections(r.record, corrections.filter((c) => c.reportId === r.id)),
    text: texts[i]?.text ?? '',
    sources: texts[i]?.sources ?? {},
  }))
  const byFile = new Map(reports.map((r) => [r.record.file, r.id]))
  const raw = [
    ...parsed.flatMap((p) => runReportRulesSafe(p)),
    ...runCrossRulesSafe(parsed, { county, units: units?.value as string[] | undefined, deadlines: deadlines?.value }),
  ]
  const findings = raw.map((f) => toStoredFinding(f, county, byFile))
  await replaceFindings(county, findings)
  return findings
}

/** The tables a findings recomputation reads and writes. */
export const FINDINGS_TABLES = ['reports', 'texts', 'corrections', 'settings', 'findings'] as const

/** Recomputes the findings of several counties in one transaction. */
export async function recomputeFindings(counties: Iterable<string>): Promise<void> {
  const list = [...new Set(counties)]
  await db.transaction('rw', [...FINDINGS_TABLES], async () => {
    for (const county of list) await recomputeCountyFindings(county)
  })
}
