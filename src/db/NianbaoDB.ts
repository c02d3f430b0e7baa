import { Dexie, type EntityTable } from 'dexie'
import type { ReportRecord, SourceSpan } from '../core/model/report.ts'

/** One parsed report: the numbers only (its text lives in `texts`, so reading numbers stays fast). */
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
}

/** The plain text a report was parsed from. */
export interface StoredText {
  id: string
  text: string
  /**
   * The source span of every value: only in rows written before it was dropped from storage (it was more
   * than half of a report's bytes). Read spans through services/report-text.ts, which parses the text again.
   */
  sources?: Record<string, SourceSpan>
}

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
  reports!: EntityTable<StoredReport, 'id'>
  texts!: EntityTable<StoredText, 'id'>
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
    // Version 3 stores a county's findings in one row; version 4 drops the table of one row per finding.
    this.version(3).stores({ countyFindings: 'county' }).upgrade(async (tx) => {
      const byCounty = groupFindingsByCounty(await tx.table<StoredFinding>('findings').toArray())
      await tx.table<StoredCountyFindings>('countyFindings').bulkPut(byCounty)
    })
    this.version(4).stores({ findings: null })
  }
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

export const TABLE_NAMES = ['reports', 'texts', 'countyFindings', 'corrections', 'acknowledgements', 'settings'] as const
export type TableName = (typeof TABLE_NAMES)[number]
