import type { ParsedReport } from '../core/model/report.ts'
import type { Finding } from '../core/model/finding.ts'
import { runCrossRules, runReportRules, type CrossRuleOptions } from '../core/rules/index.ts'

/** The per-report rules on one report; a rule that throws costs its findings, never the import. */
export function computeReportFindings(report: ParsedReport): Finding[] {
  try {
    return runReportRules(report)
  } catch (e) {
    console.error('规则检查出错', report.record.file, e)
    return []
  }
}

/**
 * Every finding of one county: the per-report rules on each report (except the files in `skipReportRules`,
 * whose findings the caller already has from the import), then the cross-report rules on the set.
 */
export function computeFindings(reports: ParsedReport[], options: CrossRuleOptions, skipReportRules: readonly string[] = []): Finding[] {
  const skip = new Set(skipReportRules)
  const out: Finding[] = []
  for (const r of reports) if (!skip.has(r.record.file)) out.push(...computeReportFindings(r))
  try {
    out.push(...runCrossRules(reports, options))
  } catch (e) {
    console.error('跨报告规则检查出错', e)
  }
  return out
}
