// The figures a rubric is applied to, computed once per report so that re-scoring with edited weights is cheap.
import type { Finding } from '../model/finding.ts'
import type { ChannelCode, ReportRecord } from '../model/report.ts'
import { deadlineFor, type DeadlineOptions } from '../rules/deadlines.ts'
import { findSections } from '../rules/sections.ts'
import { gramSet, jaccard, maskText, type GramSet } from '../rules/similarity.ts'
import { COPY_MIN_CHARS } from '../rules/cross/copied.ts'

/** A report to score: the (corrected) record and, when available, its plain text. */
export interface ScoreReport { record: ReportRecord; text?: string }

export interface SimilarityFact { value: number; with: string }

/** What scoring needs to know about one unit's report of one year. */
export interface ScoreFacts {
  county: string
  unit: string
  year: number
  /** True when the unit is on the county list but has no report for the year. */
  missing: boolean
  file: string | null
  publishedAt: string | null
  deadline: string
  /** Days after the deadline (≤ 0 is on time); null when the report has no date. */
  daysLate: number | null
  /** Null when the text is not available (then the rules' findings decide). */
  sixSections: boolean | null
  tablesPresent: boolean
  blankTables: string[]
  feeStatement: boolean | null
  proactive: number | null
  channels: ChannelCode[]
  t4Corrected: number
  similarityPrev: SimilarityFact | null
  similarityPeer: SimilarityFact | null
  /** The text of sections 一 … 六 ('' when not found or no text). */
  sectionTexts: string[]
  findings: Finding[]
}

export interface ScoreFactsOptions {
  /** The units that should report, per county (the county list); default: units with reports. */
  units?: Record<string, string[]>
  deadlines?: DeadlineOptions
}

const FEE_RE = /信息处理费|收费/
const DAY_MS = 86_400_000

const keyOf = (county: string, unit: string, year: number) => `${county}|${year}|${unit}`
const countyOf = (r: ReportRecord) => r.county ?? '（未识别县区）'
const unitOf = (r: ReportRecord) => r.unit ?? r.file

function hasNumber(value: unknown): boolean {
  if (typeof value === 'number') return true
  return value !== null && typeof value === 'object' && Object.values(value).some(hasNumber)
}

function blankTablesOf(r: ReportRecord): string[] {
  const t2 = r.t2 ?? r.t2Trial
  return ([['表二', t2], ['表三', r.t3], ['表四', r.t4]] as const).filter(([, t]) => t && !hasNumber(t)).map(([n]) => n)
}

function gramsOf(report: ScoreReport): GramSet | null {
  if (!report.text) return null
  const spans = findSections(report.text)
  const text = [spans[0], spans[4]].filter((s) => s !== null).map((s) => report.text!.slice(s!.start, s!.end)).join('\n')
  const masked = maskText(text, report.record.unit)
  return masked.length >= COPY_MIN_CHARS ? gramSet(masked) : null
}

function daysBetween(from: string, to: string): number | null {
  const a = Date.parse(from), b = Date.parse(to)
  return Number.isFinite(a) && Number.isFinite(b) ? Math.round((b - a) / DAY_MS) : null
}

function toFacts(report: ScoreReport, findings: Finding[], deadlines: DeadlineOptions): ScoreFacts {
  const r = report.record
  const county = countyOf(r), year = r.year ?? 0
  const deadline = deadlineFor(deadlines, r.county, year)
  const spans = report.text ? findSections(report.text) : null
  const sectionTexts = spans ? spans.map((s) => (s ? report.text!.slice(s.start, s.end) : '')) : ['', '', '', '', '', '']
  const t4 = r.t4
  return {
    county, unit: unitOf(r), year, missing: false, file: r.file, publishedAt: r.publishedAt, deadline,
    daysLate: r.publishedAt ? daysBetween(deadline, r.publishedAt) : null,
    sixSections: spans ? spans.every((s) => s !== null) : null,
    tablesPresent: Boolean((r.t2 ?? r.t2Trial) && r.t3 && r.t4),
    blankTables: blankTablesOf(r),
    feeStatement: spans ? FEE_RE.test(sectionTexts[5]) : null,
    proactive: r.narrative.proactiveTotal?.value ?? null,
    channels: [...new Set(r.narrative.channels.filter((c) => c.items === null || c.items > 0).map((c) => c.channel))],
    t4Corrected: t4 ? (t4.review.corrected ?? 0) + (t4.litDirect.corrected ?? 0) + (t4.litAfterReview.corrected ?? 0) : 0,
    similarityPrev: null, similarityPeer: null, sectionTexts,
    findings: findings.filter((f) => f.unit === unitOf(r) && f.year === year && (f.file === null || f.file === r.file)),
  }
}

function missingFacts(county: string, unit: string, year: number, findings: Finding[], deadlines: DeadlineOptions): ScoreFacts {
  return {
    county, unit, year, missing: true, file: null, publishedAt: null, deadline: deadlineFor(deadlines, county, year), daysLate: null,
    sixSections: false, tablesPresent: false, blankTables: [], feeStatement: false, proactive: null, channels: [], t4Corrected: 0,
    similarityPrev: null, similarityPeer: null, sectionTexts: ['', '', '', '', '', ''],
    findings: findings.filter((f) => f.unit === unit && f.year === year),
  }
}

function maxSimilarity(a: GramSet | null, others: [string, GramSet | null][]): SimilarityFact | null {
  let best: SimilarityFact | null = null
  if (!a) return null
  for (const [name, b] of others) {
    if (!b) continue
    const value = jaccard(a, b)
    if (!best || value > best.value) best = { value, with: name }
  }
  return best
}

/** Adds text similarity to the unit's previous year and to the same year's other units of the county. */
function addSimilarity(facts: ScoreFacts[], grams: Map<ScoreFacts, GramSet | null>): void {
  const byKey = new Map(facts.map((f) => [keyOf(f.county, f.unit, f.year), f]))
  for (const f of facts) {
    if (f.missing) continue
    const prev = byKey.get(keyOf(f.county, f.unit, f.year - 1))
    if (prev && !prev.missing) f.similarityPrev = maxSimilarity(grams.get(f) ?? null, [[`${prev.year}年本单位报告`, grams.get(prev) ?? null]])
    const peers = facts.filter((p) => p !== f && !p.missing && p.county === f.county && p.year === f.year)
    f.similarityPeer = maxSimilarity(grams.get(f) ?? null, peers.map((p) => [p.unit, grams.get(p) ?? null]))
  }
}

/**
 * Computes the scoring facts of every report (the first one per unit and year), plus a `missing` entry for
 * each listed unit without a report in a year that its county has reports for.
 */
export function buildScoreFacts(reports: readonly ScoreReport[], findings: readonly Finding[], options: ScoreFactsOptions = {}): ScoreFacts[] {
  const deadlines = options.deadlines ?? {}
  const facts: ScoreFacts[] = []
  const grams = new Map<ScoreFacts, GramSet | null>()
  const seen = new Set<string>()
  for (const report of reports) {
    const r = report.record
    const key = keyOf(countyOf(r), unitOf(r), r.year ?? 0)
    if (r.year === null || seen.has(key)) continue
    seen.add(key)
    const f = toFacts(report, findings as Finding[], deadlines)
    grams.set(f, gramsOf(report))
    facts.push(f)
  }
  for (const [county, units] of Object.entries(options.units ?? {})) {
    const years = [...new Set(facts.filter((f) => f.county === county).map((f) => f.year))]
    for (const year of years) for (const unit of units) {
      if (!seen.has(keyOf(county, unit, year))) facts.push(missingFacts(county, unit, year, findings as Finding[], deadlines))
    }
  }
  addSimilarity(facts, grams)
  return facts
}
