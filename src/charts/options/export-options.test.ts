import { describe, expect, it } from 'vitest'
import { buildScoresOption } from './scores.ts'
import { buildFindingsOption } from './findings.ts'
import { buildExportFrameOption, DEFAULT_SOURCE, FRAME_BOTTOM, FRAME_TOP } from './export-frame.ts'
import { buildPublicationOption } from './publication.ts'

type AnyOption = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

describe('buildScoresOption', () => {
  it('lists units in rank order with the grade cut-offs as lines', () => {
    const o = buildScoresOption({
      rows: [{ unit: '甲镇', total: 92, grade: '优秀', rank: 1 }, { unit: '乙镇', total: 92, grade: '优秀', rank: 1 }, { unit: '丙镇', total: 55, grade: '不合格', rank: 3 }],
      scale: 100, grades: [{ label: '优秀', min: 90 }, { label: '合格', min: 60 }],
    }) as AnyOption
    expect(o.yAxis.data).toEqual(['1. 甲镇', '1. 乙镇', '3. 丙镇'])
    expect(o.series[0].data.map((d: AnyOption) => d.value)).toEqual([92, 92, 55])
    expect(o.series[0].markLine.data.map((d: AnyOption) => d.xAxis)).toEqual([90, 60])
    expect(o.xAxis.max).toBe(100)
  })
})

describe('buildFindingsOption', () => {
  it('stacks errors, warnings and notes per unit', () => {
    const o = buildFindingsOption([{ unit: '甲镇', counts: { ERROR: 1, WARN: 2, INFO: 3 } }]) as AnyOption
    expect(o.series.map((s: AnyOption) => [s.name, s.stack, s.data])).toEqual([['错误', 'findings', [1]], ['警示', 'findings', [2]], ['提示', 'findings', [3]]])
  })
})

describe('buildExportFrameOption', () => {
  it('adds the title, county/year/filter, source and basis lines on white, making room for them', () => {
    const base = buildPublicationOption({ rows: [{ unit: '甲镇', total: 5, byChannel: {} }], mode: 'total' }) as AnyOption
    const o = buildExportFrameOption(base, { title: '主动公开', county: '示例县', year: 2023, filters: '仅乡镇', basisNote: '口径：自述' }) as AnyOption
    expect(o.title).toMatchObject({ text: '主动公开', subtext: '示例县 · 2023年度 · 仅乡镇' })
    expect(o.backgroundColor).toBe('#ffffff')
    expect(o.graphic.map((g: AnyOption) => g.style.text)).toEqual([DEFAULT_SOURCE, '口径：自述'])
    expect(o.grid.top).toBe(base.grid.top + FRAME_TOP)
    expect(o.grid.bottom).toBe(base.grid.bottom + FRAME_BOTTOM)
    expect(o.dataZoom).toEqual([])
  })
})
