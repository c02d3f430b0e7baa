// Helpers shared by the rules: template-aware cell lists and the blank-as-0 convention.
import type { Cell, ReportRecord, Template, T2, T2Trial, T3RowKey } from '../model/report.ts'
import { T3_COLUMNS, T3_RESULT_ROWS_2019, T3_RESULT_ROWS_2021, T3_ROWS } from '../model/report.ts'

/** A blank cell counts as 0 in arithmetic (corpus convention); it is reported by V-T3-04 instead. */
export const v0 = (x: Cell | undefined): number => x ?? 0

/** The result rows whose sum is (七)总计, by template. */
export function resultRowsFor(template: Template): readonly T3RowKey[] {
  return template === '2019' ? T3_RESULT_ROWS_2019 : T3_RESULT_ROWS_2021
}

const ROWS_BY_TEMPLATE: Record<string, T3RowKey[]> = {
  '2019': ['new', 'carryIn', ...T3_RESULT_ROWS_2019, 'total', 'carryOut'],
  '2021': ['new', 'carryIn', ...T3_RESULT_ROWS_2021, 'total', 'carryOut'],
}

/** Every 表三 row that exists in a template, in order. */
export function t3RowsFor(template: Template): T3RowKey[] {
  return ROWS_BY_TEMPLATE[template === '2019' ? '2019' : '2021']
}

/** The 表二 of the record's own template (t2 for 2021, t2Trial for 2019), or null. */
export function t2For(record: ReportRecord): T2 | T2Trial | null {
  if (record.template === '2021') return record.t2
  if (record.template === '2019') return record.t2Trial
  return null
}

/** Every leaf of a nested table object as [record path, value]. */
export function leafCells(obj: unknown, prefix: string, out: [string, Cell][] = []): [string, Cell][] {
  if (obj === null || typeof obj !== 'object') { out.push([prefix, (obj ?? null) as Cell]); return out }
  for (const k in obj) leafCells((obj as Record<string, unknown>)[k], `${prefix}.${k}`, out)
  return out
}

/** Record paths of 表三 cells ("t3.np.new"), made once: column → row → path. */
const T3_PATHS = new Map(T3_COLUMNS.map((c) => [c as string, new Map(T3_ROWS.map((r) => [r as string, `t3.${c}.${r}`]))]))
export const t3Path = (c: string, r: string): string => T3_PATHS.get(c)?.get(r) ?? `t3.${c}.${r}`

/** The 表三 cells that exist in the record's template as [path, value], or null without 表三. */
export function t3Cells(record: ReportRecord): [string, Cell][] | null {
  const t3 = record.t3
  if (!t3) return null
  const rows = t3RowsFor(record.template)
  const out: [string, Cell][] = []
  for (const c of Object.keys(t3) as (keyof typeof t3)[]) for (const r of rows) out.push([t3Path(c, r), t3[c][r]])
  return out
}
