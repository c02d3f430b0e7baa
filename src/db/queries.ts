// Named reads. Components reach them through useLiveQuery, so they re-run when the data changes.
import { db } from './db.ts'
import { readReportJson, type StoredAcknowledgement, type StoredCorrection, type StoredFinding, type StoredReport, type StoredReportPack, type StoredText } from './NianbaoDB.ts'

export interface CountyYears { county: string; years: number[] }

/** Every county in the database with the years it has reports for, sorted. */
export async function listCountyYears(): Promise<CountyYears[]> {
  const keys = (await db.reportPacks.orderBy('[county+year]').uniqueKeys()) as unknown as [string, number][]
  const byCounty = new Map<string, number[]>()
  for (const [county, year] of keys) byCounty.set(county, [...(byCounty.get(county) ?? []), year])
  return [...byCounty].map(([county, years]) => ({ county, years }))
}

/** Every county that has reports, sorted. */
export async function storedCounties(): Promise<string[]> {
  return (await db.reportPacks.orderBy('county').uniqueKeys()) as string[]
}

const reportsIn = (packs: readonly StoredReportPack[]): StoredReport[] => packs.flatMap((p) => p.reports.map(readReportJson))

/** The report with this id, if stored. */
export async function getReport(id: string): Promise<StoredReport | undefined> {
  const pack = await db.reportPacks.where('ids').equals(id).first()
  const at = pack?.ids.indexOf(id) ?? -1
  return at < 0 ? undefined : readReportJson(pack!.reports[at])
}

/** The reports with these ids, in their order (undefined where none is stored). */
export async function getReports(ids: readonly string[]): Promise<(StoredReport | undefined)[]> {
  if (!ids.length) return []
  const wanted = new Set(ids)
  const byId = new Map<string, StoredReport>()
  for (const pack of await db.reportPacks.where('ids').anyOf([...wanted]).toArray()) {
    pack.ids.forEach((id, i) => {
      if (wanted.has(id)) byId.set(id, readReportJson(pack.reports[i]))
    })
  }
  return ids.map((id) => byId.get(id))
}

/** Every stored report id, sorted (read from the index alone). */
export async function allReportIds(): Promise<string[]> {
  return (await db.reportPacks.orderBy('ids').uniqueKeys()) as string[]
}

/** The ids of the reports that are 示例数据. */
export async function demoReportIds(): Promise<string[]> {
  return reportsIn(await db.reportPacks.where('demo').equals(1).toArray()).filter((r) => r.demo).map((r) => r.id)
}

/** The reports of one county and year. */
export async function reportsOfCountyYear(county: string, year: number): Promise<StoredReport[]> {
  return reportsIn(await db.reportPacks.where('[county+year]').equals([county, year]).toArray())
}

/** Every report of one county, all years. */
export async function reportsOfCounty(county: string): Promise<StoredReport[]> {
  return reportsIn(await db.reportPacks.where('county').equals(county).toArray())
}

/** One unit's reports, all years, oldest first. */
export async function reportsOfUnit(county: string, unit: string): Promise<StoredReport[]> {
  const rows = (await reportsOfCounty(county)).filter((r) => r.unit === unit)
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
  const [total, demo] = await Promise.all([db.reportPacks.orderBy('ids').count(), demoReportIds()])
  return { total, demo: demo.length }
}
