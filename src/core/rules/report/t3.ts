// 表三 rules (DOMAIN §2.2): the template's own identities and blank cells.
import type { Cell, ReportRecord, T3ColumnKey } from '../../model/report.ts'
import { T3_APPLICANT_COLUMNS, T3_COLUMNS } from '../../model/report.ts'
import type { ReportRule, RuleHit } from '../types.ts'
import { resultRowsFor, t3Path, t3RowsFor, v0 } from '../cells.ts'
import { GRID_PATHS, columnIndex, rowIndexes } from '../t3-grid.ts'
import { T3_COLUMN_LABELS, T3_ROW_LABELS, describeCell } from '../labels.ts'

const FEE_RE = /信息处理费/

// These rules run on every report, and most of them pass: they read 表三 as the grid the engine made
// once for the report (t3-grid.ts), by row and column position.

const TOT = columnIndex('tot')
const APPLICANT_COLUMNS = T3_APPLICANT_COLUMNS.map(columnIndex)
const [NEW, CARRY_IN, TOTAL, CARRY_OUT] = rowIndexes(['new', 'carryIn', 'total', 'carryOut'])

function checkCarryIdentity(grid: Cell[][]): RuleHit[] {
  const hits: RuleHit[] = []
  T3_COLUMNS.forEach((c, ci) => {
    const d = grid[ci]
    const left = v0(d[NEW]) + v0(d[CARRY_IN])
    const right = v0(d[TOTAL]) + v0(d[CARRY_OUT])
    if (left === right) return
    hits.push({
      message: `${T3_COLUMN_LABELS[c]}列：本年新收 ${v0(d[NEW])} + 上年结转 ${v0(d[CARRY_IN])} = ${left}，应等于（七）总计 ${v0(d[TOTAL])} + 结转下年度 ${v0(d[CARRY_OUT])} = ${right}`,
      cells: ['new', 'carryIn', 'total', 'carryOut'].map((k) => `t3.${c}.${k}`),
    })
  })
  return hits
}

function checkTotalColumn(r: ReportRecord, grid: Cell[][]): RuleHit[] {
  const rows = t3RowsFor(r.template), at = rowIndexes(rows)
  const hits: RuleHit[] = []
  for (let j = 0; j < rows.length; j++) {
    const i = at[j]
    let sum = 0
    for (const c of APPLICANT_COLUMNS) sum += v0(grid[c][i])
    if (v0(grid[TOT][i]) === sum) continue
    const k = rows[j]
    hits.push({
      message: `「${T3_ROW_LABELS[k]}」行：六类申请人合计 ${sum}，总计列却为 ${v0(grid[TOT][i])}`,
      cells: T3_COLUMNS.map((c) => t3Path(c, k)),
    })
  }
  return hits
}

function checkResultTotal(r: ReportRecord, grid: Cell[][]): RuleHit[] {
  const rows = resultRowsFor(r.template), at = rowIndexes(rows)
  const hits: RuleHit[] = []
  T3_COLUMNS.forEach((c, ci) => {
    const d = grid[ci]
    let sum = 0
    for (const i of at) sum += v0(d[i])
    if (v0(d[TOTAL]) === sum) return
    hits.push({
      message: `${T3_COLUMN_LABELS[c]}列：各办理结果之和为 ${sum}，（七）总计却为 ${v0(d[TOTAL])}`,
      cells: [...rows, 'total'].map((k) => t3Path(c, k)),
    })
  })
  return hits
}

function checkBlanks(r: ReportRecord, grid: Cell[][]): RuleHit[] {
  const blanks: string[] = []
  const at = rowIndexes(t3RowsFor(r.template))
  for (let ci = 0; ci < grid.length; ci++) for (const i of at) if (grid[ci][i] === null) blanks.push(GRID_PATHS[ci][i])
  if (!blanks.length) return []
  const shown = blanks.slice(0, 5).map(describeCell).join('、')
  return [{ message: `表三有 ${blanks.length} 个空白单元格（按 0 计算）：${shown}${blanks.length > 5 ? ' 等' : ''}`, cells: blanks }]
}

function checkClosedNotAboveOpen(r: ReportRecord): RuleHit[] {
  if (!r.t3) return []
  const t = r.t3.tot
  const avail = v0(t.new) + v0(t.carryIn)
  if (v0(t.total) <= avail) return []
  return [{ message: `办结 ${v0(t.total)} 件，多于可办理的 ${avail} 件（新收 + 上年结转）`, cells: ['t3.tot.total', 't3.tot.new', 't3.tot.carryIn'] }]
}

function checkUnusualColumns(r: ReportRecord): RuleHit[] {
  if (!r.t3 || !['town', 'township', 'subdistrict'].includes(r.unitKind ?? '')) return []
  const cols: T3ColumnKey[] = ['sci', 'npo']
  return cols.filter((c) => v0(r.t3![c].new) > 0).map((c) => ({
    message: `乡镇（街道）收到${T3_COLUMN_LABELS[c]}的申请 ${v0(r.t3![c].new)} 件，较少见，请核对是否串列`,
    cells: [`t3.${c}.new`],
  }))
}

/** 表三 rules, in RULES.md order, then the DOMAIN extras. */
export const T3_RULES: ReportRule[] = [
  { id: 'V-T3-01', severity: 'ERROR', scope: 'report', flag: true, title: '结转关系不平',
    explanation: '每一列：本年新收 + 上年结转 = 办理结果总计 + 结转下年度（表三表头印明的勾稽关系）。',
    check: (_, { t3Grid }) => (t3Grid ? checkCarryIdentity(t3Grid) : []) },
  { id: 'V-T3-02', severity: 'ERROR', scope: 'report', flag: true, title: '总计列不等于各列之和',
    explanation: '每一行：总计列 = 自然人 + 五类法人或其他组织之和。',
    check: ({ record }, { t3Grid }) => (t3Grid ? checkTotalColumn(record, t3Grid) : []) },
  { id: 'V-T3-03', severity: 'ERROR', scope: 'report', flag: true, title: '办理结果总计不符',
    explanation: '每一列：（七）总计 = 各项办理结果之和。',
    check: ({ record }, { t3Grid }) => (t3Grid ? checkResultTotal(record, t3Grid) : []) },
  { id: 'V-T3-04', severity: 'INFO', scope: 'report', flag: true, title: '表三有空白单元格',
    explanation: '空白不是 0；计算时按 0 处理，但应当填写。',
    check: ({ record }, { t3Grid }) => (t3Grid ? checkBlanks(record, t3Grid) : []) },
  { id: 'V-T3-06', severity: 'WARN', scope: 'report', title: '办结数多于可办数',
    explanation: '总计列：（七）总计不应超过本年新收 + 上年结转。',
    check: ({ record }) => checkClosedNotAboveOpen(record) },
  { id: 'V-T3-07', severity: 'INFO', scope: 'report', title: '少见的申请人类别',
    explanation: '乡镇（街道）很少收到科研机构、社会公益组织的申请，可能是解析或填报串列。',
    check: ({ record }) => checkUnusualColumns(record) },
  { id: 'V-T3-08', severity: 'WARN', scope: 'report', title: '逾期未缴费却未说明信息处理费',
    explanation: '（六）其他处理第2项大于 0 说明发出过收费通知，第六部分应说明信息处理费。',
    check: ({ record, text }) => record.template === '2021' && v0(record.t3?.tot.other2) > 0 && !FEE_RE.test(text)
      ? [{ message: `逾期未缴费 ${v0(record.t3?.tot.other2)} 件，但报告未提及信息处理费`, cells: ['t3.tot.other2'] }]
      : [] },
]
