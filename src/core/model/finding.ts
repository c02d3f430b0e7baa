// A finding of the rules engine (core/rules): which rule fired, for which report, and why.
import type { SourceSpan } from './report.ts'

/** ERROR: a template identity is broken; WARN: a person should look; INFO: an observation. */
export type Severity = 'ERROR' | 'WARN' | 'INFO'

/** The per-report ids of RULES.md: the only ids a record's `flags` may list. */
export const REPORT_FLAG_IDS = [
  'Z1', 'Z3', 'Z4', 'Z5', 'V-T3-01', 'V-T3-02', 'V-T3-03', 'V-T3-04', 'V-T4-01',
  'V-T2-01', 'V-T2-04', 'V-F-01', 'V-N-02', 'V-N-05',
] as const

/** The cross-report ids of RULES.md (need a county's set of units and years). */
export const CROSS_FLAG_IDS = ['Z2', 'Z6', 'Z7', 'V-X-01', 'V-X-05'] as const

/** Extra checks of DOMAIN.md §2 that are shown as findings but never listed in `flags`. */
export const EXTRA_RULE_IDS = [
  'V-T3-06', 'V-T3-07', 'V-T3-08', 'V-T2-02', 'V-T2-03', 'V-T2-05',
  'V-N-01', 'V-N-03', 'V-N-04', 'V-N-06', 'V-N-07', 'V-F-02', 'V-F-03', 'V-F-05',
] as const

export type ReportFlagId = (typeof REPORT_FLAG_IDS)[number]
export type RuleId = ReportFlagId | (typeof CROSS_FLAG_IDS)[number] | (typeof EXTRA_RULE_IDS)[number]

/** One finding: a rule that fired for one unit and year, with a Chinese message giving expected and actual values. */
export interface Finding {
  rule: RuleId
  severity: Severity
  unit: string | null
  year: number | null
  /** The report file the finding is about; null for a missing report (缺报). */
  file: string | null
  message: string
  /** Record paths of the cells concerned ("t3.np.new"). */
  cells: string[]
  /** Where those cells (or the sentence concerned) are in the report's plain text. */
  spans?: SourceSpan[]
}
