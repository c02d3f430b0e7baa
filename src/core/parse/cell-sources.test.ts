import { describe, expect, it } from 'vitest'
import { CellSources } from './cell-sources.ts'
import type { TextCell } from './cells.ts'

const cell = (start: number, end: number): TextCell => ({ text: 'x'.repeat(end - start), kind: 'number', start, end, x: undefined })

describe('CellSources', () => {
  it('makes a span per noted path, in the order noted, a later note of a path winning', () => {
    const sources = new CellSources()
    sources.note('t3.tot.new', cell(10, 12))
    sources.note('t4.review.total', cell(40, 41))
    sources.note('t3.tot.new', cell(20, 23))
    const made = sources.toRecord()
    expect(made).toEqual({ 't3.tot.new': { start: 20, end: 23 }, 't4.review.total': { start: 40, end: 41 } })
    expect(Object.keys(made)).toEqual(['t3.tot.new', 't4.review.total'])
  })

  it('adds to spans already there and makes new objects, not the cells', () => {
    const noted = cell(5, 6)
    const sources = new CellSources()
    sources.note('t2.fees', noted)
    const into = { unit: { start: 0, end: 3 } }
    expect(sources.addTo(into)).toBe(into)
    expect(into).toEqual({ unit: { start: 0, end: 3 }, 't2.fees': { start: 5, end: 6 } })
    expect(Object.keys(into['t2.fees' as keyof typeof into])).toEqual(['start', 'end'])
  })
})
