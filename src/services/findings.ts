// Findings are computed off the main thread from the corrected records, then written atomically.
import type { ParsedReport } from '../core/model/report.ts'
import { applyCorrections } from '../core/compare/apply-corrections.ts'
import { db, replaceFindings, type StoredCorrection, type StoredFinding, type StoredReport, type StoredText } from '../db/index.ts'
import { toStoredFinding, type CrossRuleOptions } from './rules-adapter.ts'
import { SETTING_KEYS } from './setting-keys.ts'
import { UNKNOWN_COUNTY } from './report-id.ts'
import { sharedParserClient, type ParserClient } from './parser-client.ts'

/** What computes findings: the parser client (worker) or a test double. */
export type FindingsComputer = Pick<ParserClient, 'findings'>

export interface CountyChanges {
  /** Reports about to be written (they replace stored ones with the same id). */
  staged?: readonly { report: StoredReport; text: StoredText }[]
  /** Reports about to be deleted. */
  deleted?: ReadonlySet<string>
  /** A correction about to be written (replaces a stored one with the same id). */
  correction?: StoredCorrection
  /** A correction id about to be removed. */
  removedCorrection?: string
}

/** Reads one county as the rules see it after the pending changes, with corrections applied. */
async function collectCounty(county: string, changes: CountyChanges) {
  const stored = await db.reports.where('county').equals(county).toArray()
  const staged = (changes.staged ?? []).filter((s) => s.report.county === county)
  const replaced = new Set(staged.map((s) => s.report.id))
  const kept = stored.filter((r) => !replaced.has(r.id) && !changes.deleted?.has(r.id))
  const texts = await db.texts.bulkGet(kept.map((r) => r.id))
  const rows = [...kept.map((report, i) => ({ report, text: texts[i] })), ...staged]
  const [storedCorrections, units, deadlines] = await Promise.all([
    db.corrections.where('reportId').anyOf(rows.map((r) => r.report.id)).toArray(),
    db.settings.get(SETTING_KEYS.units(county)),
    db.settings.get(SETTING_KEYS.deadlines),
  ])
  const pending = changes.correction
  const corrections = [
    ...storedCorrections.filter((c) => c.id !== changes.removedCorrection && c.id !== pending?.id),
    ...(pending ? [pending] : []),
  ]
  const corrected = new Set(corrections.map((c) => c.reportId))
  const parsed: ParsedReport[] = rows.map(({ report, text }) => ({
    ok: true,
    record: applyCorrections(report.record, corrections.filter((c) => c.reportId === report.id)),
    text: text?.text ?? '',
    sources: text?.sources ?? {},
  }))
  const options: CrossRuleOptions = {
    county: county === UNKNOWN_COUNTY ? undefined : county,
    units: units?.value as string[] | undefined,
    deadlines: deadlines?.value as CrossRuleOptions['deadlines'],
  }
  return { parsed, options, corrected, byFile: new Map(rows.map((r) => [r.report.record.file, r.report.id])) }
}

/** Per-report findings already made at import (report id → its findings, on the record as parsed). */
export type KnownReportFindings = ReadonlyMap<string, readonly StoredFinding[]>

/**
 * Computes a county's findings as they will be once `changes` are written. The per-report findings in
 * `known` are used as they are, unless the report has corrections (then its rules run on the corrected
 * record); the cross-report rules always run on the whole county.
 */
export async function computeCountyFindings(county: string, computer: FindingsComputer, changes: CountyChanges = {}, known?: KnownReportFindings): Promise<StoredFinding[]> {
  const { parsed, options, byFile, corrected } = await collectCounty(county, changes)
  const reused: StoredFinding[] = []
  const skip: string[] = []
  for (const [file, id] of byFile) {
    const found = known?.get(id)
    if (!found || corrected.has(id)) continue
    reused.push(...found)
    skip.push(file)
  }
  const raw = await computer.findings(parsed, options, skip.length ? skip : undefined)
  return [...reused, ...raw.map((f) => toStoredFinding(f, county, byFile))]
}

/** Recomputes and replaces the findings of several counties (after a correction or a deletion). */
export async function recomputeFindings(counties: Iterable<string>, computer: FindingsComputer = sharedParserClient()): Promise<void> {
  const list = [...new Set(counties)]
  const computed = await Promise.all(list.map(async (c) => [c, await computeCountyFindings(c, computer)] as const))
  await db.transaction('rw', db.findings, async () => {
    for (const [county, findings] of computed) await replaceFindings(county, findings)
  })
}
