// The rules engine: per-report and cross-report rules as typed tables (report-rules.ts, cross-rules.ts).
import type { Finding } from '../model/finding.ts'
import type { ParsedReport, SourceSpan } from '../model/report.ts'
import type { CrossHit, ReportRule, RuleHit, CrossRule } from './types.ts'
import { REPORT_RULES } from './report-rules.ts'
import { CROSS_RULES } from './cross-rules.ts'
import { buildCrossContext, type CrossRuleOptions } from './cross-context.ts'

export { REPORT_RULES, CROSS_RULES }
export type { CrossRuleOptions }
export type { DeadlineOptions, DeadlineRule } from './deadlines.ts'

function spansOf(report: ParsedReport | undefined, hit: RuleHit): SourceSpan[] | undefined {
  if (hit.spans) return hit.spans
  if (!report) return undefined
  const spans = (hit.cells ?? []).map((c) => report.sources[c]).filter((s): s is SourceSpan => Boolean(s))
  return spans.length ? spans : undefined
}

function toFinding(rule: ReportRule | CrossRule, hit: RuleHit, report: ParsedReport | undefined, unit: string | null, year: number | null): Finding {
  const spans = spansOf(report, hit)
  return {
    rule: rule.id, severity: rule.severity, unit, year, file: report?.record.file ?? null,
    message: hit.message, cells: hit.cells ?? [], ...(spans ? { spans } : {}),
  }
}

/** Runs every per-report rule on one parsed report; one finding per violation (a column, a row, a sentence). */
export function runReportRules(report: ParsedReport, rules: readonly ReportRule[] = REPORT_RULES): Finding[] {
  const { unit, year } = report.record
  return rules.flatMap((rule) => rule.check(report).map((hit) => toFinding(rule, hit, report, unit, year)))
}

/** The per-report rule ids (RULES.md) that fire for a parsed report, sorted: the record's `flags`. */
export function reportFlags(report: ParsedReport): string[] {
  const flagRules = REPORT_RULES.filter((r) => r.flag)
  const ids = new Set(runReportRules(report, flagRules).map((f) => f.rule))
  return [...ids].sort()
}

/**
 * Runs the cross-report rules (Z2, Z6, Z7, V-X-01, V-X-05 and extras) over one county's reports.
 * Without `units` the units are those that have reports.
 */
export function runCrossRules(reports: ParsedReport[], options: CrossRuleOptions = {}, rules: readonly CrossRule[] = CROSS_RULES): Finding[] {
  const context = buildCrossContext(reports, options)
  return rules.flatMap((rule) => rule.check(context).map((hit: CrossHit) => toFinding(rule, hit, hit.report, hit.unit, hit.year)))
}
