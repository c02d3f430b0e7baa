// Zero-activity flags of one report (DOMAIN §5.1): Z1, Z3, Z4, Z5. They describe activity, not mistakes.
import { T3_COLUMNS, type Cell, type ParsedReport, type ReportRecord } from '../../model/report.ts'
import type { ReportFacts, ReportRule, RuleHit } from '../types.ts'
import { t2For, t3RowsFor } from '../cells.ts'
import { rowIndexes } from '../t3-grid.ts'

/** A proactive total at or below this is 「极低主动公开」 (Z5). */
export const LOW_PROACTIVE_MAX = 5

const TABLE_NAMES = ['表二', '表三', '表四']

/** What a cell must be for a table to pass a scan: anything not blank (Z4), or anything but 0 (Z3). */
type CellTest = (v: Cell | undefined) => boolean
const isFilled: CellTest = (v) => v != null
/** In 表三 only null is a blank: every column object has all its rows. */
const isNotNull: CellTest = (v) => v !== null
const isNotZero: CellTest = (v) => v !== 0

// Z3 and Z4 run on every report and nearly always pass: a scan stops at the first cell that says so,
// and the cells are counted only for the message of a report that fires.

/** True when a leaf of a nested table object (表二, 表四) passes the test; a missing leaf is a blank. */
function someLeaf(obj: object, test: CellTest): boolean {
  for (const k in obj) {
    const v = (obj as Record<string, unknown>)[k]
    if (v !== null && typeof v === 'object' ? someLeaf(v, test) : test(v as Cell | undefined)) return true
  }
  return false
}

function countLeaves(obj: object): number {
  let n = 0
  for (const k in obj) {
    const v = (obj as Record<string, unknown>)[k]
    n += v !== null && typeof v === 'object' ? countLeaves(v) : 1
  }
  return n
}

/** True when a 表三 cell of the record's template passes the test. */
function someT3Cell(grid: Cell[][], r: ReportRecord, test: CellTest): boolean {
  const at = rowIndexes(t3RowsFor(r.template))
  for (const column of grid) for (const i of at) if (test(column[i])) return true
  return false
}

/** 表二, 表三 and 表四 of the record's template; null for a table that is missing. */
function tablesOf(r: ReportRecord): [object | null, object | null, object | null] {
  return [t2For(r), r.t3, r.t4]
}

function someCell(r: ReportRecord, { t3Grid }: ReportFacts, table: number, test: CellTest): boolean {
  return table === 1 ? someT3Cell(t3Grid!, r, test) : someLeaf(tablesOf(r)[table]!, test)
}

function checkEmptyTables(r: ReportRecord, facts: ReportFacts): RuleHit[] {
  if (r.template === 'freeform') return []
  const bad: string[] = []
  tablesOf(r).forEach((t, i) => {
    if (t === null) bad.push(`${TABLE_NAMES[i]}缺失`)
    else if (!someCell(r, facts, i, i === 1 ? isNotNull : isFilled)) bad.push(`${TABLE_NAMES[i]}没有任何数字`)
  })
  if (!bad.length) return []
  return [{ message: `${bad.join('，')}（空表不等于零：应填写 0 或说明原因）`, cells: [] }]
}

function checkAllZero(r: ReportRecord, facts: ReportFacts): RuleHit[] {
  if (r.template === 'freeform') return []
  const tables = tablesOf(r)
  for (let i = 0; i < tables.length; i++) if (tables[i] === null || someCell(r, facts, i, isNotZero)) return []
  const count = countLeaves(tables[0]!) + T3_COLUMNS.length * t3RowsFor(r.template).length + countLeaves(tables[2]!)
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
    check: ({ record }, facts) => checkAllZero(record, facts) },
  { id: 'Z4', severity: 'WARN', scope: 'report', flag: true, title: '空表',
    explanation: '表二、表三或表四缺失，或者有表无数。空表与全零不同。',
    check: ({ record }, facts) => checkEmptyTables(record, facts) },
  { id: 'Z5', severity: 'WARN', scope: 'report', flag: true, title: '零或极低主动公开',
    explanation: `正文所述主动公开总数为 0 或不超过 ${LOW_PROACTIVE_MAX} 条，或通篇没有写明任何主动公开数量。`,
    check: checkLowProactive },
]
