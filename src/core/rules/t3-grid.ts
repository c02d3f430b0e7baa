// 表三 read once into arrays for the rules that sum or scan all of it on every report. Reading
// t3[column][row] with a different key each time is a megamorphic lookup in V8, several times
// slower than the fixed field reads below.
import type { Cell, ParsedReport, T3, T3Column, T3RowKey } from '../model/report.ts'
import type { ReportFacts } from './types.ts'
import { T3_COLUMNS, T3_ROWS } from '../model/report.ts'

/** A column's cells in T3_ROWS order (t3-grid.test.ts checks that the two lists agree). */
export function columnCells(c: T3Column): Cell[] {
  return [
    c.new, c.carryIn, c.open, c.partial,
    c.deny1, c.deny2, c.deny3, c.deny4, c.deny5, c.deny6, c.deny7, c.deny8,
    c.unable1, c.unable2, c.unable3,
    c.noproc1, c.noproc2, c.noproc3, c.noproc4, c.noproc5,
    c.other1, c.other2, c.other3, c.other,
    c.total, c.carryOut,
  ]
}

/** 表三 as one array per column (T3_COLUMNS order) of its cells (T3_ROWS order). */
export function t3Grid(t3: T3): Cell[][] {
  return T3_COLUMNS.map((c) => columnCells(t3[c]))
}

const INDEXES = new WeakMap<readonly T3RowKey[], number[]>()

/** The positions in T3_ROWS (and so in a grid column) of a list of rows; made once per list object. */
export function rowIndexes(rows: readonly T3RowKey[]): number[] {
  let out = INDEXES.get(rows)
  if (!out) { out = rows.map((r) => T3_ROWS.indexOf(r)); INDEXES.set(rows, out) }
  return out
}

/** The record path of each grid cell ("t3.np.new"), made once: GRID_PATHS[column][row]. */
export const GRID_PATHS: string[][] = T3_COLUMNS.map((c) => T3_ROWS.map((r) => `t3.${c}.${r}`))

/** Positions in T3_COLUMNS. */
export const columnIndex = (c: (typeof T3_COLUMNS)[number]): number => T3_COLUMNS.indexOf(c)

/** The facts every per-report rule is handed (types.ts), worked out once per report. */
export function reportFacts(report: ParsedReport): ReportFacts {
  const t3 = report.record.t3
  return { t3Grid: t3 ? t3Grid(t3) : null }
}
