// Zero-activity flags of one report (DOMAIN §5.1): Z1, Z3, Z4, Z5. They describe activity, not mistakes.
import type { Cell, ParsedReport, ReportRecord } from '../../model/report.ts'
import type { ReportRule, RuleHit } from '../types.ts'
import { t2For, t3RowsFor } from '../cells.ts'
import { rowIndexes, t3Grid } from '../t3-grid.ts'

/** A proactive total at or below this is 「极低主动公开」 (Z5). */
export const LOW_PROACTIVE_MAX = 5

const TABLE_NAMES = ['表二', '表三', '表四']

/** What a table holds: how many cells, how many of them are not blank, and how many are 0. */
interface TableCounts { cells: number; filled: number; zeros: number }

const newCounts = (): TableCounts => ({ cells: 0, filled: 0, zeros: 0 })

function countValue(counts: TableCounts, v: Cell | undefined, blank: boolean) {
  counts.cells++
  if (!blank) counts.filled++
  if (v === 0) counts.zeros++
}

/** Counts the leaves of a nested table object (表二, 表四); a missing leaf is a blank. */
function countLeaves(obj: object, counts: TableCounts = newCounts()): TableCounts {
  for (const v of Object.values(obj)) {
    if (v !== null && typeof v === 'object') countLeaves(v, counts)
    else countValue(counts, v, v == null)
  }
  return counts
}

/**
 * 表二, 表三 and 表四 of the record's template, counted in place (no list of values is built:
 * these rules run on every report); null for a table that is missing.
 */
function countTables(r: ReportRecord): (TableCounts | null)[] {
  const t2 = t2For(r)
  const t3 = r.t3
  let t3Counts: TableCounts | null = null
  if (t3) {
    const at = rowIndexes(t3RowsFor(r.template))
    t3Counts = newCounts()
    for (const column of t3Grid(t3)) {
      for (const i of at) {
        const v = column[i]
        countValue(t3Counts, v, v === null)
      }
    }
  }
  return [t2 ? countLeaves(t2) : null, t3Counts, r.t4 ? countLeaves(r.t4) : null]
}

function checkEmptyTables(r: ReportRecord): RuleHit[] {
  if (r.template === 'freeform') return []
  const tables = countTables(r)
  const bad = tables.flatMap((t, i) => (t === null ? [`${TABLE_NAMES[i]}缺失`] : t.filled === 0 ? [`${TABLE_NAMES[i]}没有任何数字`] : []))
  if (!bad.length) return []
  return [{ message: `${bad.join('，')}（空表不等于零：应填写 0 或说明原因）`, cells: [] }]
}

function checkAllZero(r: ReportRecord): RuleHit[] {
  if (r.template === 'freeform') return []
  const tables = countTables(r)
  let count = 0
  for (const t of tables) {
    if (t === null || t.zeros !== t.cells) return []
    count += t.cells
  }
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
