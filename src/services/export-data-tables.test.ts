import { describe, expect, it } from 'vitest'
import { chartToTable, toDatasetTable } from './export-data-tables.ts'
import { buildFindingsOption } from '../charts/options/findings.ts'
import { makeRecord } from '../../tests/fixtures/make-report.ts'

describe('chartToTable', () => {
  it('turns a category bar chart into one row per unit and one column per series', () => {
    const option = buildFindingsOption([{ unit: '甲镇', counts: { ERROR: 2, WARN: 0, INFO: 1 } }, { unit: '乙镇', counts: { ERROR: 0, WARN: 1, INFO: 0 } }])
    const t = chartToTable(option, { title: '检查发现的问题数', county: '示例县', year: 2023, basisNote: '口径' })
    expect(t.columns).toEqual(['类别', '错误', '警示', '提示'])
    expect(t.rows).toEqual([['甲镇', 2, 0, 1], ['乙镇', 0, 1, 0]])
    expect(t.filters).toEqual(['县区：示例县', '年度：2023'])
  })
})

describe('toDatasetTable', () => {
  it('keeps blanks as null and numbers as numbers', () => {
    const r = makeRecord()
    r.t2!.fees = null
    const t = toDatasetTable([r], [])
    const row = t.rows[0]
    expect(row[t.columns.indexOf('行政事业性收费（万元）')]).toBeNull()
    expect(row[t.columns.indexOf('t3.tot.new')]).toBe(3)
    expect(row[t.columns.indexOf('主动公开总数（自述）')]).toBe(120)
    expect(t.columns).toHaveLength(row.length)
  })
})
