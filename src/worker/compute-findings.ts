import type { ParsedReport } from '../core/model/report.ts'
import type { Finding } from '../core/model/finding.ts'
import { runCrossRules, runReportRules, type CrossRuleOptions } from '../core/rules/index.ts'

/**
 * Every finding of one county: the per-report rules on each report, then the cross-report rules on
 * the set. A rule that throws costs its findings, never the import.
 */
export function computeFindings(reports: ParsedReport[], options: CrossRuleOptions): Finding[] {
  const out: Finding[] = []
  for (const r of reports) {
    try {
      out.push(...runReportRules(r))
    } catch (e) {
      console.error('规则检查出错', r.record.file, e)
    }
  }
  try {
    out.push(...runCrossRules(reports, options))
  } catch (e) {
    console.error('跨报告规则检查出错', e)
  }
  return out
}
