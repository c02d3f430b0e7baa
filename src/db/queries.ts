// Named reads. Components reach them through useLiveQuery, so they re-run when the data changes.
import { db } from './db.ts'
import type { StoredAcknowledgement, StoredCorrection, StoredFinding, StoredReport, StoredText } from './NianbaoDB.ts'

export interface CountyYears { county: string; years: number[] }

/** Every county in the database with the years it has reports for, sorted. */
export async function listCountyYears(): Promise<CountyYears[]> {
  const keys = (await db.reports.orderBy('[county+year]').uniqueKeys()) as unknown as [string, number][]
  const byCounty = new Map<string, number[]>()
  for (const [county, year] of keys) byCounty.set(county, [...(byCounty.get(county) ?? []), year])
  return [...byCounty].map(([county, years]) => ({ county, years }))
}

/** The reports of one county and year. */
export function reportsOfCountyYear(county: string, year: number): Promise<StoredReport[]> {
  return db.reports.where('[county+year]').equals([county, year]).toArray()
}

/** Every report of one county, all years. */
export function reportsOfCounty(county: string): Promise<StoredReport[]> {
  return db.reports.where('county').equals(county).toArray()
}

/** One unit's reports, all years, oldest first. */
export async function reportsOfUnit(county: string, unit: string): Promise<StoredReport[]> {
  const rows = await db.reports.where('[county+unit]').equals([county, unit]).toArray()
  return rows.sort((a, b) => a.year - b.year)
}

/** The plain text of one report. */
export async function textOfReport(report: Pick<StoredReport, 'id' | 'textPack'>): Promise<StoredText | undefined> {
  const text = report.textPack ? (await db.textPacks.get(report.textPack))?.texts[report.id] : undefined
  return text === undefined ? undefined : { id: report.id, text }
}

/** The plain texts of these reports, by report id (a report without a stored text is left out). */
export async function textsOfReports(reports: readonly Pick<StoredReport, 'id' | 'textPack'>[]): Promise<Map<string, string>> {
  const keys = [...new Set(reports.map((r) => r.textPack).filter((k) => k !== undefined))]
  const packs = new Map((await db.textPacks.bulkGet(keys)).filter((p) => p !== undefined).map((p) => [p.key, p.texts]))
  const out = new Map<string, string>()
  for (const r of reports) {
    const text = r.textPack ? packs.get(r.textPack)?.[r.id] : undefined
    if (text !== undefined) out.set(r.id, text)
  }
  return out
}

/** The findings of a county, optionally of one year. */
export async function findingsOf(county: string, year?: number): Promise<StoredFinding[]> {
  const findings = (await db.countyFindings.get(county))?.findings ?? []
  return year == null ? findings : findings.filter((f) => f.year === year)
}

/** Every finding of every county (for checks and tests; screens read a county at a time). */
export async function allFindings(): Promise<StoredFinding[]> {
  return (await db.countyFindings.toArray()).flatMap((row) => row.findings)
}

/** The corrections of the given reports. */
export function correctionsOf(reportIds: readonly string[]): Promise<StoredCorrection[]> {
  return db.corrections.where('reportId').anyOf(reportIds as string[]).toArray()
}

/** The corrections of every report of a county. */
export function correctionsOfCounty(county: string): Promise<StoredCorrection[]> {
  return db.corrections.where('reportId').startsWith(`${county}|`).toArray()
}

/** Every acknowledgement, keyed by finding key. */
export async function acknowledgementMap(): Promise<Map<string, StoredAcknowledgement>> {
  return new Map((await db.acknowledgements.toArray()).map((a) => [a.key, a]))
}

/** A setting's value, or the fallback when it is not set. */
export async function getSetting<T>(key: string, fallback: T): Promise<T> {
  return ((await db.settings.get(key))?.value as T | undefined) ?? fallback
}

/** How many reports are stored, and how many of them are demo data. */
export async function countReports(): Promise<{ total: number; demo: number }> {
  const [total, demo] = await Promise.all([db.reports.count(), db.reports.where('demo').equals(1).count()])
  return { total, demo }
}
