// The rules engine: per-report and cross-report rules as typed tables (report-rules.ts, cross-rules.ts).
import type { Finding } from '../model/finding.ts'
import { sourceOf, type ParsedReport, type SourceSpan } from '../model/report.ts'
import type { CrossHit, ReportRule, RuleHit, CrossRule } from './types.ts'
import { REPORT_RULES } from './report-rules.ts'
import { CROSS_RULES } from './cross-rules.ts'
import { buildCrossContext, type CrossRuleOptions } from './cross-context.ts'
import { reportFacts } from './t3-grid.ts'

export { REPORT_RULES, CROSS_RULES }
export { SEVERITY_LABELS } from './labels.ts'
export { deadlineFor, DEFAULT_DEADLINE } from './deadlines.ts'
export type { CrossRuleOptions }
export type { DeadlineOptions, DeadlineRule } from './deadlines.ts'

function spansOf(report: ParsedReport | undefined, hit: RuleHit): SourceSpan[] | undefined {
  if (hit.spans) return hit.spans
  const cells = hit.cells
  if (!report || !cells) return undefined
  const spans: SourceSpan[] = []
  for (let i = 0; i < cells.length; i++) {
    const span = sourceOf(report, cells[i])
    if (span) spans.push(span)
  }
  return spans.length ? spans : undefined
}

function toFinding(rule: ReportRule | CrossRule, hit: RuleHit, report: ParsedReport | undefined, unit: string | null, year: number | null): Finding {
  const spans = spansOf(report, hit)
  return {
    rule: rule.id, severity: rule.severity, unit, year, file: report?.record.file ?? null,
    message: hit.message, cells: hit.cells ?? [], ...(spans ? { spans } : {}),
  }
}

/** The flag rules in the order of their ids, so that the ids that fire come out sorted. */
const FLAG_RULES = REPORT_RULES.filter((r) => r.flag).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))

const SEVERITY_ORDER = { ERROR: 0, WARN: 1, INFO: 2 }

/** The rule of an id (title, explanation, severity), or undefined. */
export function findRule(id: string): ReportRule | CrossRule | undefined {
  return [...REPORT_RULES, ...CROSS_RULES].find((r) => r.id === id)
}

/** Orders findings by unit, year, severity (errors first) and rule id, for stable output. */
export function sortFindings(findings: Finding[]): Finding[] {
  const key = (f: Finding) => [f.unit ?? '', String(f.year ?? 0).padStart(4, '0'), SEVERITY_ORDER[f.severity], f.rule]
  return [...findings].sort((a, b) => {
    const ka = key(a), kb = key(b)
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1
    return 0
  })
}

/** Runs every per-report rule on one parsed report; one finding per violation (a column, a row, a sentence). */
export function runReportRules(report: ParsedReport, rules: readonly ReportRule[] = REPORT_RULES): Finding[] {
  const { unit, year } = report.record
  const facts = reportFacts(report)
  return rules.flatMap((rule) => rule.check(report, facts).map((hit) => toFinding(rule, hit, report, unit, year)))
}

/**
 * Every per-report rule run once for both of its uses: the findings (as runReportRules gives them) and
 * the record's flags (as reportFlags gives them). The import's worker needs both for every report.
 */
export function checkReport(report: ParsedReport): { flags: string[]; findings: Finding[] } {
  const facts = reportFacts(report)
  const fired: ReportRule[] = []
  const hitLists: RuleHit[][] = []
  for (let i = 0; i < REPORT_RULES.length; i++) {
    const rule = REPORT_RULES[i]
    const hits = rule.check(report, facts)
    if (hits.length === 0) continue
    fired.push(rule)
    hitLists.push(hits)
  }
  return { flags: flagsOf(fired), findings: fired.length ? findingsOf(report, fired, hitLists) : [] }
}

/**
 * The findings of the rules that fired, in rule order. Apart from the rule loop, which runs on every
 * report: hits come in a few shapes and arrays of several kinds, each new one a reason for V8 to throw
 * away the loop's optimised code and compile it again (the worker's costliest function to compile).
 */
function findingsOf(report: ParsedReport, fired: readonly ReportRule[], hitLists: readonly RuleHit[][]): Finding[] {
  const { unit, year } = report.record
  const findings: Finding[] = []
  for (let i = 0; i < fired.length; i++) for (const hit of hitLists[i]) findings.push(toFinding(fired[i], hit, report, unit, year))
  return findings
}

/** The flag ids of the rules that fired, in id order. */
function flagsOf(fired: readonly ReportRule[]): string[] {
  const ids: string[] = []
  for (const rule of FLAG_RULES) if (fired.includes(rule)) ids.push(rule.id)
  return ids
}

/** The per-report rule ids (RULES.md) that fire for a parsed report, sorted: the record's `flags`. */
export function reportFlags(report: ParsedReport): string[] {
  // Only whether a rule fires matters here, so its hits are not turned into findings.
  const facts = reportFacts(report)
  const ids: string[] = []
  for (const rule of FLAG_RULES) if (rule.check(report, facts).length) ids.push(rule.id)
  return ids
}

/**
 * Runs the cross-report rules (Z2, Z6, Z7, V-X-01, V-X-05 and extras) over one county's reports.
 * Without `units` the units are those that have reports.
 */
export function runCrossRules(reports: ParsedReport[], options: CrossRuleOptions = {}, rules: readonly CrossRule[] = CROSS_RULES): Finding[] {
  const context = buildCrossContext(reports, options)
  return rules.flatMap((rule) => rule.check(context).map((hit: CrossHit) => toFinding(rule, hit, hit.report, hit.unit, hit.year)))
}
