// Chinese names of record cells, for finding messages.
import type { T3ColumnKey, T3RowKey } from '../model/report.ts'

export const T3_COLUMN_LABELS: Record<T3ColumnKey, string> = {
  np: '自然人', ent: '商业企业', sci: '科研机构', npo: '社会公益组织', law: '法律服务机构', oth: '其他', tot: '总计',
}

export const T3_ROW_LABELS: Record<T3RowKey, string> = {
  new: '本年新收', carryIn: '上年结转', open: '予以公开', partial: '部分公开',
  deny1: '不予公开1', deny2: '不予公开2', deny3: '不予公开3', deny4: '不予公开4',
  deny5: '不予公开5', deny6: '不予公开6', deny7: '不予公开7', deny8: '不予公开8',
  unable1: '无法提供1', unable2: '无法提供2', unable3: '无法提供3',
  noproc1: '不予处理1', noproc2: '不予处理2', noproc3: '不予处理3', noproc4: '不予处理4', noproc5: '不予处理5',
  other1: '其他处理1', other2: '其他处理2', other3: '其他处理3', other: '其他处理',
  total: '（七）总计', carryOut: '结转下年度',
}

export const T4_GROUP_LABELS = { review: '行政复议', litDirect: '未经复议直接起诉', litAfterReview: '复议后起诉' } as const

/** 「表三 自然人 本年新收」 for the path "t3.np.new". */
export function describeCell(path: string): string {
  const [table, col, row] = path.split('.')
  if (table === 't3') return `表三 ${T3_COLUMN_LABELS[col as T3ColumnKey] ?? col} ${T3_ROW_LABELS[row as T3RowKey] ?? row}`
  return path
}

export const SEVERITY_LABELS = { ERROR: '错误', WARN: '警告', INFO: '提示' } as const
