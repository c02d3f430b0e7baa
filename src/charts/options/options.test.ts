import { describe, expect, it } from 'vitest'
import { buildPublicationOption } from './publication.ts'
import { buildApplicationsOption } from './applications.ts'
import { buildReachOption, needsLogScale } from './reach.ts'
import { buildTrendOption } from './trend.ts'
import { chartHeightFor, formatExact, MAX_VISIBLE_ROWS } from './common.ts'
import { CHART_FONT_FAMILY } from '../theme.ts'

type AnyOption = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
const units = (n: number) => Array.from({ length: n }, (_, i) => `第${i + 1}镇`)

describe('buildPublicationOption', () => {
  it('sets the CJK font, aria and decals on every chart', () => {
    const o = buildPublicationOption({ rows: [{ unit: '甲镇', total: 5, byChannel: {} }], mode: 'total' }) as AnyOption
    expect(o.textStyle.fontFamily).toBe(CHART_FONT_FAMILY)
    expect(o.aria).toMatchObject({ enabled: true, decal: { show: true } })
  })

  it('keeps a unit without a stated total as null, never 0', () => {
    const o = buildPublicationOption({ rows: [{ unit: '甲镇', total: null, byChannel: {} }, { unit: '乙镇', total: 7, byChannel: {} }], mode: 'total' }) as AnyOption
    expect(o.series[0].data).toEqual([null, 7])
  })

  it('stacks one series per channel present when mode is channel', () => {
    const o = buildPublicationOption({ rows: [{ unit: '甲镇', total: null, byChannel: { wechat: 3, portal: 2 } }], mode: 'channel' }) as AnyOption
    expect(o.series.map((s: AnyOption) => [s.name, s.stack, s.data])).toEqual([['政府网站', 'channels', [2]], ['微信公众号', 'channels', [3]]])
  })

  it('adds a slider only beyond the rows drawn at full height', () => {
    const rows = (n: number) => units(n).map((unit) => ({ unit, total: 1, byChannel: {} }))
    expect((buildPublicationOption({ rows: rows(60), mode: 'total' }) as AnyOption).dataZoom).toEqual([])
    expect((buildPublicationOption({ rows: rows(61), mode: 'total' }) as AnyOption).dataZoom[0].type).toBe('slider')
    expect(chartHeightFor(60)).toBe(chartHeightFor(200))
    expect(chartHeightFor(MAX_VISIBLE_ROWS)).toBeGreaterThan(60 * 20)
  })
})

describe('buildApplicationsOption', () => {
  it('draws received and handled as two stacks', () => {
    const o = buildApplicationsOption([{ unit: '甲镇', applications: { new: 3, carryIn: 1, open: 2, partial: 0, deny: 0, unable: 1, noproc: 0, other: 0, total: 3, carryOut: 1 } }]) as AnyOption
    const stacks = new Set(o.series.map((s: AnyOption) => s.stack))
    expect(stacks).toEqual(new Set(['received', 'handled']))
    expect(o.series.find((s: AnyOption) => s.name === '本年新收').data).toEqual([3])
  })
})

describe('buildReachOption', () => {
  it('uses a log axis when values span orders of magnitude', () => {
    expect(needsLogScale([5, 40000])).toBe(true)
    expect(needsLogScale([50, 80])).toBe(false)
    const o = buildReachOption([
      { unit: '甲镇', reach: [{ channel: 'wechat', metric: 'reads', value: 40000, approx: true }] },
      { unit: '乙镇', reach: [{ channel: 'portal', metric: 'visits', value: 12, approx: false }] },
    ]) as AnyOption
    expect(o.xAxis.type).toBe('log')
    expect(o.series).toHaveLength(2)
  })
})

describe('buildTrendOption', () => {
  it('leaves a missing year as a gap and marks the 2021 template change', () => {
    const o = buildTrendOption({ data: { years: [2019, 2020, 2021], series: [{ unit: '甲镇', values: [3, null, 5] }] }, metricLabel: '主动公开总数' }) as AnyOption
    expect(o.series[0].data).toEqual([3, null, 5])
    expect(o.series[0].connectNulls).toBe(false)
    expect(o.series[0].markLine.data).toEqual([{ xAxis: '2021' }])
  })

  it('does not mark the change when 2020 is not shown', () => {
    const o = buildTrendOption({ data: { years: [2022, 2023], series: [{ unit: '甲镇', values: [1, 2] }] }, metricLabel: 'x' }) as AnyOption
    expect(o.series[0].markLine).toBeUndefined()
  })
})

describe('formatExact', () => {
  it('prints exact values and says when there is none', () => {
    expect(formatExact(17000)).toBe('17,000')
    expect(formatExact(null)).toBe('无数据')
  })
})
