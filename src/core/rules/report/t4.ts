// 表四 rules (DOMAIN §2.3).
import { T4_GROUPS, type ReportRecord } from '../../model/report.ts'
import type { ReportRule, RuleHit } from '../types.ts'
import { v0 } from '../cells.ts'
import { T4_GROUP_LABELS } from '../labels.ts'

const T4_PARTS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const

/** V-T4-01 for each group; a plain loop, since the rule runs on every report and nearly always passes. */
function checkGroupTotals({ t4 }: ReportRecord): RuleHit[] {
  const hits: RuleHit[] = []
  if (!t4) return hits
  for (const g of T4_GROUPS) {
    const x = t4[g]
    const sum = v0(x.upheld) + v0(x.corrected) + v0(x.other) + v0(x.pending)
    if (sum === v0(x.total)) continue
    hits.push({
      message: `${T4_GROUP_LABELS[g]}：维持 ${v0(x.upheld)} + 纠正 ${v0(x.corrected)} + 其他 ${v0(x.other)} + 尚未审结 ${v0(x.pending)} = ${sum}，总计却为 ${v0(x.total)}`,
      cells: T4_PARTS.map((k) => `t4.${g}.${k}`),
    })
  }
  return hits
}

/** 表四 rules. */
export const T4_RULES: ReportRule[] = [
  { id: 'V-T4-01', severity: 'ERROR', scope: 'report', flag: true, title: '复议诉讼总计不符',
    explanation: '行政复议、未经复议直接起诉、复议后起诉三组：总计 = 维持 + 纠正 + 其他 + 尚未审结。',
    check: ({ record }) => checkGroupTotals(record) },
]
