import type { ParseResult, ReportRecord, SourceSpan } from '../model/report.ts'
import { normalizeText } from '../text/normalize.ts'
import { parseNarrative } from './narrative.ts'
import { reportFlags } from '../rules/index.ts'

export interface ParseReportOptions {
  /** The file name printed in the record (no folder). */
  fileName: string
}

/**
 * Parses a report's plain text (tables as tab-separated or one-cell-per-line rows) into the
 * canonical record with the source span of every value. Never throws: a failure carries a Chinese reason.
 */
export function parseReport(text: string, options: ParseReportOptions): ParseResult {
  const file = options.fileName
  try {
    const norm = normalizeText(text)
    const sources: Record<string, SourceSpan> = {}
    const narrative = parseNarrative(norm)
    Object.assign(sources, narrative.sources)
    const record: ReportRecord = {
      file, unit: null, unitKind: null, county: null, year: null, template: 'freeform', publishedAt: null,
      t2: null, t2Trial: null, t3: null, t4: null, narrative: narrative.narrative, flags: [],
    }
    const parsed = { ok: true as const, record, text: norm, sources }
    record.flags = reportFlags(parsed)
    return parsed
  } catch (e) {
    return { ok: false, file, error: `${file}：解析出错（${e instanceof Error ? e.message : String(e)}）` }
  }
}
