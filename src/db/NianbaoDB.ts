import { Dexie, type EntityTable } from 'dexie'
import type { ReportRecord, SourceSpan } from '../core/model/report.ts'

/** One parsed report: the numbers only (its text lives in a text pack, so reading numbers stays fast). */
export interface StoredReport {
  /** `${county}|${year}|${unit}`: one report per unit and year. */
  id: string
  county: string
  year: number
  unit: string
  file: string
  format: string
  importedAt: string
  /** 1 for the bundled 示例数据 (IndexedDB cannot index booleans). */
  demo: 0 | 1
  record: ReportRecord
  /** The key of the text pack that holds its text (absent for a report stored without one). */
  textPack?: string
}

/** The plain text a report was parsed from (its source spans come from parsing it again: services/report-text.ts). */
export interface StoredText {
  id: string
  text: string
}

/**
 * The texts of reports written together, by report id; each report names its pack (StoredReport.textPack)
 * and each text is in exactly one pack. IndexedDB's cost is mostly per row, not per byte: a row per text
 * was a sixth of an import's CPU time. A pack holds one county-year of one write (what reads want
 * together: a county's findings, scoring), so that reading one text never reads a province's.
 */
export interface StoredTextPack {
  /** `${county}|${year}|${write}`, write unique to the write that made it. */
  key: string
  texts: Record<string, string>
}

/**
 * The reports of one county-year written together, under the key of the text pack that holds their texts.
 * IndexedDB's cost is mostly per row: a row per report was a quarter of an import's CPU time (a put is a
 * message to the browser process and five index entries). `ids` is a multi-entry index, so one report is
 * found, and every report id listed, without reading records.
 */
export interface StoredReportPack {
  /** `${county}|${year}|${write}`, the key of the text pack written with it (see textPackKey). */
  key: string
  county: string
  year: number
  /** 1 when some report of the pack is 示例数据 (each report says whether it is). */
  demo: 0 | 1
  /** The ids of `reports`, in the same order. */
  ids: string[]
  /**
   * Each report as the JSON text of its StoredReport (reportJson, readReportJson). IndexedDB copies a string
   * several times faster than it clones a record's ~270 values (30 against 6 µs a report to store in
   * Chromium), the parse worker sends the record as this text, and JSON.parse rebuilds it faster than a clone.
   */
  reports: string[]
}

/** What a pack needs of a report: the fields it is keyed and indexed by, and the report as JSON. */
export interface PackableReport {
  id: string
  county: string
  year: number
  demo: 0 | 1
  textPack?: string
  json: string
}

/** A stored report whose record may be at hand only as its JSON text (the parse worker sends it so). */
export type ReportRow = Omit<StoredReport, 'record'> & { record?: ReportRecord }

/** A stored report's JSON text; `recordJson`, when at hand, is the JSON of its record (put in as it is). */
export function reportJson(report: ReportRow, recordJson?: string): string {
  if (recordJson === undefined) return JSON.stringify(report)
  const { record: _record, ...rest } = report
  return `${JSON.stringify(rest).slice(0, -1)},"record":${recordJson}}`
}

/** A pack's report as its JSON text, whether it was stored as one (schema 7) or as an object (schemas 5–6). */
export const asReportJson = (report: string | StoredReport): string => (typeof report === 'string' ? report : reportJson(report))

/** The stored report a pack holds as JSON. */
export const readReportJson = (json: string): StoredReport => JSON.parse(json) as StoredReport

/** The report with its record, parsed from `recordJson` when the record is held that way. */
export const withRecord = (report: ReportRow, recordJson?: string): StoredReport =>
  recordJson === undefined ? (report as StoredReport) : { ...report, record: JSON.parse(recordJson) as ReportRecord }

/** A stored report ready to pack; `recordJson` as for reportJson. */
export const packable = (report: ReportRow, recordJson?: string): PackableReport =>
  ({ id: report.id, county: report.county, year: report.year, demo: report.demo, textPack: report.textPack, json: reportJson(report, recordJson) })

/** A finding computed from the corrected records; recomputed, never edited. */
export interface StoredFinding {
  /** Only in rows of the findings table of versions 1–2, which numbered its rows. */
  id?: number
  /** Stable across recomputation: rule, report and path; acknowledgements hang on it. */
  key: string
  county: string
  year: number | null
  unit: string | null
  reportId: string | null
  rule: string
  severity: string
  message: string
  /** Record paths whose source spans explain the finding. */
  paths: string[]
  /** Text spans to highlight (the cells' sources, or a sentence). */
  spans: SourceSpan[]
}

/**
 * Every finding of one county. Findings are only ever replaced a county at a time, so they are stored
 * a county to a row: one write per county instead of one per finding (about one per report), which was
 * a tenth of an import's CPU time.
 */
export interface StoredCountyFindings {
  county: string
  findings: StoredFinding[]
}

/** Who changed what, when and why: shared by corrections and acknowledgements. */
export interface Provenance { who: string; at: string; why: string }

export interface StoredCorrection extends Provenance {
  /** `${reportId}#${path}` */
  id: string
  reportId: string
  path: string
  value: number | null
  original: number | null
}

export interface StoredAcknowledgement extends Provenance {
  key: string
  reportId: string | null
}

export interface StoredSetting { key: string; value: unknown }

/** The app's IndexedDB database. Bump the version and add an upgrade when a schema string changes. */
export class NianbaoDB extends Dexie {
  reportPacks!: EntityTable<StoredReportPack, 'key'>
  textPacks!: EntityTable<StoredTextPack, 'key'>
  countyFindings!: EntityTable<StoredCountyFindings, 'county'>
  corrections!: EntityTable<StoredCorrection, 'id'>
  acknowledgements!: EntityTable<StoredAcknowledgement, 'key'>
  settings!: EntityTable<StoredSetting, 'key'>

  constructor(name = 'nianbao') {
    super(name)
    this.version(1).stores({
      reports: 'id, [county+year], [county+unit], county, unit, year, demo', // numbers, one row per unit-year
      texts: 'id', // raw text + sources, same id as reports
      findings: '++id, key, county, [county+year], reportId, rule, severity', // recomputed per county
      corrections: 'id, reportId', // corrected values with who/when/why
      acknowledgements: 'key, reportId', // acknowledged findings with who/when/why
      settings: 'key', // unit lists, deadlines, last backup, demo flag
    })
    // Version 2 drops the indexes no query uses: each one was another write per row of every import.
    this.version(2).stores({
      reports: 'id, [county+year], [county+unit], county, demo',
      findings: '++id, county, [county+year]',
    })
    // Version 3 stores a county's findings in one row and the texts of a county-year in one row;
    // version 4 drops the tables of a row per finding and per text.
    this.version(3).stores({ countyFindings: 'county', textPacks: 'key' }).upgrade(async (tx) => {
      const byCounty = groupFindingsByCounty(await tx.table<StoredFinding>('findings').toArray())
      await tx.table<StoredCountyFindings>('countyFindings').bulkPut(byCounty)
      // A county-year at a time, so that a province's texts are never all in memory at once.
      const reports = tx.table<StoredReport>('reports')
      const countyYears = (await reports.orderBy('[county+year]').uniqueKeys()) as unknown as [string, number][]
      for (const [county, year] of countyYears) {
        const ids = await reports.where('[county+year]').equals([county, year]).primaryKeys()
        const texts = (await tx.table<StoredText>('texts').bulkGet(ids)).filter((t) => t !== undefined)
        if (!texts.length) continue
        const pack = packTexts(textPackKey(county, year, '0'), texts)
        await tx.table<StoredTextPack>('textPacks').put(pack)
        await reports.where(':id').anyOf(texts.map((t) => t.id)).modify({ textPack: pack.key })
      }
    })
    this.version(4).stores({ findings: null, texts: null })
    // Version 5 stores a county-year's reports of one write in one row, under the key of their text pack;
    // version 6 drops the table of a row per report.
    this.version(5).stores({ reportPacks: 'key, [county+year], county, demo, *ids' }).upgrade(async (tx) => {
      const reports = tx.table<StoredReport>('reports')
      const countyYears = (await reports.orderBy('[county+year]').uniqueKeys()) as unknown as [string, number][]
      for (const [county, year] of countyYears) {
        const rows = await reports.where('[county+year]').equals([county, year]).toArray()
        await tx.table<StoredReportPack>('reportPacks').bulkPut(packReports(rows.map((r) => packable(r))))
      }
    })
    this.version(6).stores({ reports: null })
    // Version 7 stores each report of a pack as its JSON text.
    this.version(7).stores({}).upgrade(async (tx) => {
      await tx.table('reportPacks').toCollection().modify((pack: { reports: (string | StoredReport)[] }) => {
        pack.reports = pack.reports.map(asReportJson)
      })
    })
  }
}

/**
 * These reports as packs: one per text pack they name (a report without one goes to its county-year's
 * pack keyed with write `0`, which holds no text).
 */
export function packReports(reports: readonly PackableReport[]): StoredReportPack[] {
  const packs = new Map<string, StoredReportPack>()
  for (const r of reports) {
    const key = r.textPack ?? textPackKey(r.county, r.year, '0')
    let pack = packs.get(key)
    if (!pack) packs.set(key, (pack = { key, county: r.county, year: r.year, demo: r.demo, ids: [], reports: [] }))
    pack.ids.push(r.id)
    pack.reports.push(r.json)
    if (r.demo) pack.demo = 1
  }
  return [...packs.values()]
}

/** Findings as rows of countyFindings, in their order; the per-finding row numbers of versions 1–2 are dropped. */
export function groupFindingsByCounty(findings: readonly StoredFinding[]): StoredCountyFindings[] {
  const byCounty = new Map<string, StoredFinding[]>()
  for (const { id: _rowNumber, ...finding } of findings) {
    const list = byCounty.get(finding.county)
    if (list) list.push(finding)
    else byCounty.set(finding.county, [finding])
  }
  return [...byCounty].map(([county, list]) => ({ county, findings: list }))
}

/** The key of the pack of a county-year's texts that one write (`write`, unique to it) makes. */
export function textPackKey(county: string, year: number, write: string): string {
  return `${county}|${year}|${write}`
}

/** A pack of these texts under this key. */
export function packTexts(key: string, texts: readonly StoredText[]): StoredTextPack {
  const byId: Record<string, string> = {}
  for (const t of texts) byId[t.id] = t.text
  return { key, texts: byId }
}

export const TABLE_NAMES = ['reportPacks', 'textPacks', 'countyFindings', 'corrections', 'acknowledgements', 'settings'] as const
export type TableName = (typeof TABLE_NAMES)[number]
