import { describe, expect, it } from 'vitest'
import { T3_ROWS, type T3Column } from '../model/report.ts'
import { columnCells, rowIndexes } from './t3-grid.ts'

describe('t3 grid', () => {
  it('reads a column in T3_ROWS order', () => {
    const column = Object.fromEntries(T3_ROWS.map((r, i) => [r, i])) as T3Column
    expect(columnCells(column)).toEqual(T3_ROWS.map((_, i) => i))
  })

  it('finds rows by their position', () => {
    expect(rowIndexes(['carryIn', 'total'])).toEqual([1, T3_ROWS.indexOf('total')])
  })
})
