import type { ParsedReport, ParseFailure, ParseResult, ReportRecord, SourceSpan } from '../model/report.ts'
import type { Finding } from '../model/finding.ts'
import { normalizeText } from '../text/normalize.ts'
import { splitLines, squeezeSpaces, type TextLine } from './cells.ts'
import { locateTables } from './locate-tables.ts'
import { parseTableTwo } from './table-two.ts'
import { parseTableThree } from './table-three.ts'
import { parseTableFour } from './table-four.ts'
import { detectTemplate } from './detect-template.ts'
import { parseIdentity } from './identity.ts'
import { parsePublishedAt } from './published-at.ts'
import { parseNarrative } from './narrative.ts'
import { checkIsReport } from './check-is-report.ts'
import { CellSources } from './cell-sources.ts'
import { checkReport, reportFlags } from '../rules/index.ts'

export interface ParseReportOptions {
  /** The file name printed in the record (no folder). */
  fileName: string
}

/** What a report's source spans are made of: its table cells, then its identity, narrative and date spans. */
interface SpanParts {
  cells: CellSources
  identity: Record<string, SourceSpan>
  narrative: Record<string, SourceSpan>
  published: SourceSpan | undefined
}

/**
 * A parsed report whose `sources` are made when first read. Most reports never need them (they show
 * where a value came from: a finding's cells, 单位详情, `parse --sources`), and making some 200 spans
 * per report was a twentieth of the parse. Its own properties are those of a plain ParsedReport but
 * `sources`, which lives on the prototype: pass on `sources` by name, not by spreading the object.
 */
class ParsedText implements ParsedReport {
  readonly ok = true
  #parts: SpanParts | null
  #sources: Record<string, SourceSpan> | null = null

  constructor(public record: ReportRecord, public text: string, parts: SpanParts) {
    this.#parts = parts
  }

  get sources(): Record<string, SourceSpan> {
    if (!this.#sources) {
      const { cells, identity, narrative, published } = this.#parts!
      const made = Object.assign(cells.toRecord(), identity, narrative)
      if (published) made.publishedAt = published
      this.#sources = made
      this.#parts = null
    }
    return this.#sources
  }

  set sources(value: Record<string, SourceSpan>) {
    this.#sources = value
    this.#parts = null
  }

  /** One path's span, found in the parts while the spans are not made (a finding needs a few of them). */
  sourceOf(path: string): SourceSpan | undefined {
    if (!this.#parts) return this.#sources?.[path]
    const { cells, identity, narrative, published } = this.#parts
    // The same precedence as the made spans: the date over the narrative over the identity over the cells.
    if (path === 'publishedAt' && published) return published
    if (Object.hasOwn(narrative, path)) return narrative[path]
    if (Object.hasOwn(identity, path)) return identity[path]
    return cells.spanOf(path)
  }
}

/** The cells of lines [from, to) without whitespace, run together. */
function squeezedText(lines: TextLine[], from: number, to: number): string {
  let text = ''
  for (let i = from; i < to; i++) for (const c of lines[i].cells) text += squeezeSpaces(c.text)
  return text
}

/**
 * Parses a report's plain text (tables as tab-separated, pipe, space-aligned or one-cell-per-line
 * rows) into the canonical record with the source span of every value. Never throws: a failure
 * carries a Chinese reason naming the file.
 */
export function parseReport(text: string, options: ParseReportOptions): ParseResult {
  return parseReportThen(text, options, (parsed) => {
    parsed.record.flags = reportFlags(parsed)
    return parsed
  })
}

/** A parsed report with the findings of every per-report rule (see checkReport). */
export interface CheckedReport { ok: true; parsed: ParsedReport; findings: Finding[] }

/**
 * `parseReport` for the import's worker, which also needs the per-report findings: the rules run once
 * for both the flags and the findings. A rule that throws costs the findings (as the flags would have
 * been computed without them), never the report.
 */
export function parseAndCheckReport(text: string, options: ParseReportOptions): CheckedReport | ParseFailure {
  return parseReportThen(text, options, (parsed) => {
    let findings: Finding[] = []
    try {
      const checked = checkReport(parsed)
      parsed.record.flags = checked.flags
      findings = checked.findings
    } catch (e) {
      console.error('规则检查出错', parsed.record.file, e)
      parsed.record.flags = reportFlags(parsed)
    }
    return { ok: true, parsed, findings }
  })
}

/** Parses a report and hands the record, before its flags are set, to `finish`; a failure is a ParseFailure. */
function parseReportThen<T>(text: string, options: ParseReportOptions, finish: (parsed: ParsedReport) => T): T | ParseFailure {
  const file = options.fileName
  try {
    const norm = normalizeText(text)
    const notReport = checkIsReport(norm)
    if (notReport) return { ok: false, file, error: `${file}：${notReport}` }
    const lines = splitLines(norm)
    const cellSources = new CellSources()
    const regions = locateTables(norm, lines)
    const t3End = regions.t4Start >= 0 ? regions.t4Start : lines.length
    const three = regions.t3Start >= 0 ? parseTableThree(lines, regions.t3Start, t3End, cellSources) : null
    const t4From = regions.t4Start >= 0 ? regions.t4Start : three ? three.lines[1] : -1
    const four = t4From >= 0 ? parseTableFour(lines, t4From, lines.length, cellSources) : null
    const identity = parseIdentity(norm)
    const tableTwoText = regions.t2 ? squeezedText(lines, regions.t2[0], regions.t2[1]) : ''
    const template = detectTemplate({
      tableTwoText, otherSplit: three?.otherSplit ?? null, year: identity.year,
      hasTables: Boolean(three || four || (regions.t2 && parseTableTwo(lines, regions.t2[0], regions.t2[1], false))),
    })
    const two = template !== 'freeform' && regions.t2 ? parseTableTwo(lines, regions.t2[0], regions.t2[1], template === '2019', cellSources) : null
    const published = parsePublishedAt(norm)
    // The lines of cells come from the same text: their tab/「|」 flags spare the narrative a search per line.
    const narrative = parseNarrative(norm, lines)
    const t3 = three?.t3 ?? null
    if (t3 && template === '2021') for (const col of Object.values(t3)) col.other = null
    if (t3 && template === '2019') for (const col of Object.values(t3)) { col.other1 = null; col.other2 = null; col.other3 = null }
    const record: ReportRecord = {
      file,
      unit: identity.unit,
      unitKind: identity.unitKind,
      county: identity.county,
      year: identity.year,
      template,
      publishedAt: published?.date ?? null,
      t2: template === '2021' ? (two?.t2 ?? null) : null,
      t2Trial: template === '2019' ? (two?.t2Trial ?? null) : null,
      t3: template === 'freeform' ? null : t3,
      t4: template === 'freeform' ? null : (four?.t4 ?? null),
      narrative: narrative.narrative,
      flags: [],
    }
    return finish(new ParsedText(record, norm, { cells: cellSources, identity: identity.sources, narrative: narrative.sources, published: published?.span }))
  } catch (e) {
    return { ok: false, file, error: `${file}：解析出错（${e instanceof Error ? e.message : String(e)}）` }
  }
}
