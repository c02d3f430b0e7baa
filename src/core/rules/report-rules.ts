import type { ReportRule } from './types.ts'
import { ZERO_RULES } from './report/zero.ts'
import { T3_RULES } from './report/t3.ts'
import { T4_RULES } from './report/t4.ts'
import { T2_RULES } from './report/t2.ts'
import { FORMAT_RULES } from './report/format.ts'
import { NARRATIVE_RULES } from './report/narrative.ts'

/** Every per-report rule: adding a rule is adding a row to one of the family tables. */
export const REPORT_RULES: readonly ReportRule[] = [
  ...ZERO_RULES, ...T3_RULES, ...T4_RULES, ...T2_RULES, ...FORMAT_RULES, ...NARRATIVE_RULES,
]
