// Zero-activity flags of one report (DOMAIN §5.1): Z1, Z3, Z4, Z5. They describe activity, not mistakes.
import type { Cell, ParsedReport, ReportRecord } from '../../model/report.ts'
import type { ReportRule, RuleHit } from '../types.ts'
import { t2For, t3RowsFor } from '../cells.ts'
import { T3_COLUMNS } from '../../model/report.ts'

/** A proactive total at or below this is 「极低主动公开」 (Z5). */
export const LOW_PROACTIVE_MAX = 5

const TABLE_NAMES = ['表二', '表三', '表四']

/** The values of 表二, 表三 and 表四 in the record's template; null for a table that is missing. */
function tableValues(r: ReportRecord): (Cell[] | null)[] {
  const t2 = t2For(r)
  const t3 = r.t3
  let t3Values: Cell[] | null = null
  if (t3) {
    const rows = t3RowsFor(r.template)
    t3Values = []
    for (const c of T3_COLUMNS) for (const row of rows) t3Values.push(t3[c][row])
  }
  return [t2 ? leafValues(t2) : null, t3Values, r.t4 ? leafValues(r.t4) : null]
}

function leafValues(obj: object, out: Cell[] = []): Cell[] {
  for (const v of Object.values(obj)) {
    if (v !== null && typeof v === 'object') leafValues(v, out)
    else out.push(v ?? null)
  }
  return out
}

function checkEmptyTables(r: ReportRecord): RuleHit[] {
  if (r.template === 'freeform') return []
  const tables = tableValues(r)
  const bad = tables.flatMap((t, i) => (t === null ? [`${TABLE_NAMES[i]}缺失`] : t.every((v) => v === null) ? [`${TABLE_NAMES[i]}没有任何数字`] : []))
  if (!bad.length) return []
  return [{ message: `${bad.join('，')}（空表不等于零：应填写 0 或说明原因）`, cells: [] }]
}

function checkAllZero(r: ReportRecord): RuleHit[] {
  if (r.template === 'freeform') return []
  const tables = tableValues(r)
  if (tables.some((t) => t === null)) return []
  let count = 0
  for (const t of tables) { for (const v of t!) if (v !== 0) return []; count += t!.length }
  return [{ message: `表二、表三、表四共 ${count} 个数字全部为 0`, cells: [] }]
}

function checkLowProactive({ record }: ParsedReport): RuleHit[] {
  const n = record.narrative
  const pt = n.proactiveTotal
  if (pt !== null) {
    if (pt.value > LOW_PROACTIVE_MAX) return []
    return [{ message: `全年主动公开信息 ${pt.value} 条（不超过 ${LOW_PROACTIVE_MAX} 条）`, cells: ['narrative.proactiveTotal'] }]
  }
  if (n.channels.some((c) => c.items !== null)) return []
  return [{ message: '报告没有写明主动公开信息的数量（既无总数，也无各渠道条数）', cells: [] }]
}

/** Zero-activity rules. Z1 alone is normal and shown neutrally. */
export const ZERO_RULES: ReportRule[] = [
  { id: 'Z1', severity: 'INFO', scope: 'report', flag: true, title: '本年无依申请',
    explanation: '表三总计列本年新收为 0。乡镇多数如此，单独出现并不是问题。',
    check: ({ record }) => record.t3?.tot.new === 0
      ? [{ message: '表三 本年新收 总计为 0', cells: ['t3.tot.new'] }] : [] },
  { id: 'Z3', severity: 'INFO', scope: 'report', flag: true, title: '全零表',
    explanation: '表二、表三、表四所有数字均为 0（空白不算 0）。应与正文相互印证。',
    check: ({ record }) => checkAllZero(record) },
  { id: 'Z4', severity: 'WARN', scope: 'report', flag: true, title: '空表',
    explanation: '表二、表三或表四缺失，或者有表无数。空表与全零不同。',
    check: ({ record }) => checkEmptyTables(record) },
  { id: 'Z5', severity: 'WARN', scope: 'report', flag: true, title: '零或极低主动公开',
    explanation: `正文所述主动公开总数为 0 或不超过 ${LOW_PROACTIVE_MAX} 条，或通篇没有写明任何主动公开数量。`,
    check: checkLowProactive },
]
