// V-X-01: 上年结转 (N) must equal 结转下年度 (N−1) for the same unit and column.
import { T3_COLUMNS } from '../../model/report.ts'
import type { CrossRule, CrossContext, CrossHit } from '../types.ts'
import { consecutivePairs } from '../cross-context.ts'
import { v0 } from '../cells.ts'
import { T3_COLUMN_LABELS } from '../labels.ts'

function checkCarryOver(context: CrossContext): CrossHit[] {
  return consecutivePairs(context).flatMap(([prev, cur]) => {
    const a = prev.record.t3, b = cur.record.t3
    if (!a || !b) return []
    const bad = T3_COLUMNS.filter((c) => (a[c].carryOut !== null || b[c].carryIn !== null) && v0(a[c].carryOut) !== v0(b[c].carryIn))
    if (!bad.length) return []
    const y = cur.record.year!
    return [{
      unit: cur.record.unit, year: y, report: cur,
      message: `${bad.map((c) => `${T3_COLUMN_LABELS[c]}列 ${y} 年上年结转 ${v0(b[c].carryIn)}，${y - 1} 年结转下年度 ${v0(a[c].carryOut)}`).join('；')}`,
      cells: bad.map((c) => `t3.${c}.carryIn`),
    }]
  })
}

export const CARRY_OVER_RULE: CrossRule = {
  id: 'V-X-01', severity: 'ERROR', scope: 'cross', title: '结转数前后年度不衔接',
  explanation: '本年「上年结转」应等于上一年度报告的「结转下年度继续办理」（撤并乡镇或更正除外）。',
  check: checkCarryOver,
}
