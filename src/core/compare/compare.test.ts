import { describe, expect, it } from 'vitest'
import { makeRecord } from '../../../tests/fixtures/make-report.ts'
import { applyCorrections } from './apply-corrections.ts'
import { toUnitMetrics } from './unit-metrics.ts'
import { summarizeCountyYear } from './county-summary.ts'
import { buildYearSeries } from './year-series.ts'
import { compareYears } from './deltas.ts'
import { getAtPath, setAtPath } from './record-paths.ts'

describe('getAtPath / setAtPath', () => {
  it('reads and writes nested record paths, refusing unknown ones', () => {
    const r = makeRecord()
    expect(getAtPath(r, 't3.tot.new')).toBe(3)
    expect(setAtPath(r, 't3.tot.new', 4)).toBe(true)
    expect(setAtPath(r, 't3.tot.nope', 4)).toBe(false)
    expect(getAtPath(r, 't3.tot.new')).toBe(4)
  })
})

describe('applyCorrections', () => {
  it('returns a corrected copy and leaves the parsed record unchanged', () => {
    const r = makeRecord()
    const c = applyCorrections(r, [{ path: 'narrative.proactiveTotal.value', value: 150 }])
    expect(c.narrative.proactiveTotal?.value).toBe(150)
    expect(r.narrative.proactiveTotal?.value).toBe(120)
  })
})

describe('applyCorrections with a missing total', () => {
  it('creates the proactive total when the report stated none', () => {
    const r = makeRecord()
    r.narrative.proactiveTotal = null
    expect(applyCorrections(r, [{ path: 'narrative.proactiveTotal.value', value: 88 }]).narrative.proactiveTotal).toEqual({ value: 88, approx: false })
  })
})

describe('toUnitMetrics', () => {
  it('folds 表三 总计 into groups and sums channel items', () => {
    const r = makeRecord()
    r.narrative.channels = [
      { channel: 'wechat', name: null, items: 40, approx: false, reach: { metric: 'reads', value: 9000, approx: true } },
      { channel: 'wechat', name: null, items: 2, approx: false, reach: null },
    ]
    const m = toUnitMetrics(r)
    expect(m.applications).toMatchObject({ new: 3, open: 2, unable: 1, deny: 0, total: 3 })
    expect(m.channelItems).toEqual({ wechat: 42 })
    expect(m.reach).toEqual([{ channel: 'wechat', metric: 'reads', value: 9000, approx: true }])
  })

  it('keeps a group null when every cell of it is blank', () => {
    const r = makeRecord()
    for (const k of ['deny1', 'deny2', 'deny3', 'deny4', 'deny5', 'deny6', 'deny7', 'deny8'] as const) r.t3!.tot[k] = null
    expect(toUnitMetrics(r).applications?.deny).toBeNull()
  })
})

describe('summarizeCountyYear', () => {
  it('names missing units and does not count unstated totals as 0', () => {
    const a = toUnitMetrics(makeRecord())
    const b = { ...toUnitMetrics(makeRecord()), unit: '乙镇', proactive: null }
    const s = summarizeCountyYear([a, b], ['青禾镇', '乙镇', '丙乡'])
    expect(s).toMatchObject({ reporting: 2, missing: ['丙乡'], proactiveTotal: 120, proactiveUnstated: 1, applicationsNew: 6 })
  })
})

describe('buildYearSeries', () => {
  it('puts null for a year without a report', () => {
    const m = (year: number, v: number) => ({ ...toUnitMetrics(makeRecord()), year, proactive: v })
    const s = buildYearSeries([m(2019, 1), m(2021, 3)], ['青禾镇'], (x) => x.proactive)
    expect(s).toEqual({ years: [2019, 2020, 2021], series: [{ unit: '青禾镇', values: [1, null, 3] }] })
  })
})

describe('compareYears', () => {
  it('marks units that stopped or started reporting', () => {
    const a = toUnitMetrics(makeRecord())
    const b = { ...a, unit: '乙镇' }
    expect(Object.fromEntries(compareYears([a], [b]).map((d) => [d.unit, d.status]))).toEqual({ 乙镇: 'new', 青禾镇: 'dropped' })
  })
})
