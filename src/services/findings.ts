// Findings are computed off the main thread from the corrected records, then written atomically.
import type { GramSet } from '../core/rules/similarity.ts'
import type { ParsedReportList } from '../worker/protocol.ts'
import { applyCorrections } from '../core/compare/apply-corrections.ts'
import { db, replaceFindings, reportsOfCounty, textsOfReports, withRecord, type ReportRow, type StoredCorrection, type StoredFinding, type StoredReport, type StoredText } from '../db/index.ts'
import { toStoredFinding, type CrossRuleOptions } from './rules-adapter.ts'
import { SETTING_KEYS } from './setting-keys.ts'
import { UNKNOWN_COUNTY } from './report-id.ts'
import { sharedParserClient, type ParserClient } from './parser-client.ts'

/** What computes findings: the parser client (worker) or a test double. */
export type FindingsComputer = Pick<ParserClient, 'findings'>

/**
 * A stored report whose copy grams are known (an import keeps them for the counties it wrote). Its record
 * may be held as its JSON text, parsed only when the county's findings are computed: a county's records
 * wait a while for that, and a string is one object to the garbage collector where a record is ~270.
 */
export interface HeldReport { report: ReportRow; recordJson?: string; copyGrams: GramSet }


export interface CountyChanges {
  /** Reports about to be written (they replace stored ones with the same id). */
  staged?: readonly { report: StoredReport; text: StoredText; copyGrams?: GramSet }[]
  /** Reports about to be deleted. */
  deleted?: ReadonlySet<string>
  /** A correction about to be written (replaces a stored one with the same id). */
  correction?: StoredCorrection
  /** A correction id about to be removed. */
  removedCorrection?: string
  /** The county's stored reports, when the caller holds every one of them: they are not read again. */
  stored?: readonly HeldReport[]
}

/** Per-report findings already made at import (report id → its findings, on the record as parsed). */
export type KnownReportFindings = ReadonlyMap<string, readonly StoredFinding[]>

/** One report of a county as collected: its text only when some rule still has to read it. */
interface CountyRow { report: StoredReport; text?: string; copyGrams?: GramSet }

/**
 * Reads one county as the rules see it after the pending changes, with corrections applied. A report
 * whose per-report findings are reused (`known`, no correction) and whose copy grams are at hand needs
 * no text: the cross rules read only its record.
 */
async function collectCounty(county: string, changes: CountyChanges, known?: KnownReportFindings) {
  // Rows of their own: texts read below are set on them, never on the caller's held reports.
  const stored: CountyRow[] = changes.stored ? changes.stored.map((h) => ({ report: withRecord(h.report, h.recordJson), copyGrams: h.copyGrams })) : (await reportsOfCounty(county)).map((report) => ({ report }))
  const staged: CountyRow[] = (changes.staged ?? []).filter((s) => s.report.county === county).map((s) => ({ report: s.report, text: s.text.text, copyGrams: s.copyGrams }))
  const replaced = new Set(staged.map((s) => s.report.id))
  const rows = [...stored.filter((r) => !replaced.has(r.report.id) && !changes.deleted?.has(r.report.id)), ...staged]
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
  const reused = (id: string) => Boolean(known?.has(id)) && !corrected.has(id)
  const unread = rows.filter((r) => r.text === undefined && !(r.copyGrams && reused(r.report.id)))
  const texts = await textsOfReports(unread.map((r) => r.report))
  for (const r of unread) r.text = texts.get(r.report.id) ?? ''
  const parsed: ParsedReportList = rows.map(({ report, text, copyGrams }) => ({
    ok: true,
    record: applyCorrections(report.record, corrections.filter((c) => c.reportId === report.id)),
    text: text ?? '',
    sources: {},
    ...(copyGrams ? { copyGrams } : {}),
  }))
  const options: CrossRuleOptions = {
    county: county === UNKNOWN_COUNTY ? undefined : county,
    units: units?.value as string[] | undefined,
    deadlines: deadlines?.value as CrossRuleOptions['deadlines'],
  }
  return { parsed, options, reused, byFile: new Map(rows.map((r) => [r.report.record.file, r.report.id])) }
}

/**
 * Computes a county's findings as they will be once `changes` are written. The per-report findings in
 * `known` are used as they are, unless the report has corrections (then its rules run on the corrected
 * record); the cross-report rules always run on the whole county.
 */
export async function computeCountyFindings(county: string, computer: FindingsComputer, changes: CountyChanges = {}, known?: KnownReportFindings): Promise<StoredFinding[]> {
  const { parsed, options, byFile, reused } = await collectCounty(county, changes, known)
  const kept: StoredFinding[] = []
  const skip: string[] = []
  for (const [file, id] of byFile) {
    if (!reused(id)) continue
    kept.push(...known!.get(id)!)
    skip.push(file)
  }
  const raw = await computer.findings(parsed, options, skip.length ? skip : undefined)
  return [...kept, ...raw.map((f) => toStoredFinding(f, county, byFile))]
}

/** Recomputes and replaces the findings of several counties (after a correction or a deletion). */
export async function recomputeFindings(counties: Iterable<string>, computer: FindingsComputer = sharedParserClient()): Promise<void> {
  const list = [...new Set(counties)]
  const computed = await Promise.all(list.map(async (c) => [c, await computeCountyFindings(c, computer)] as const))
  await db.transaction('rw', db.countyFindings, async () => {
    for (const [county, findings] of computed) await replaceFindings(county, findings)
  })
}
