import { beforeEach, describe, expect, it } from 'vitest'
import { db } from './db.ts'
import { countReports, listCountyYears, reportsOfCountyYear, reportsOfUnit, correctionsOfCounty } from './queries.ts'
import type { StoredReport } from './NianbaoDB.ts'
import { makeRecord } from '../../tests/fixtures/make-report.ts'

function row(county: string, year: number, unit: string, demo: 0 | 1 = 0): StoredReport {
  return { id: `${county}|${year}|${unit}`, county, year, unit, file: `${unit}.txt`, format: 'txt', importedAt: '', demo, record: makeRecord() }
}

describe('queries', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map((t) => t.clear()))
    await db.reports.bulkPut([row('乙县', 2022, '青山镇'), row('甲县', 2023, '白水乡', 1), row('甲县', 2021, '白水乡', 1), row('甲县', 2023, '红岩街道')])
  })

  it('lists each county with its years in order', async () => {
    expect(await listCountyYears()).toEqual([{ county: '乙县', years: [2022] }, { county: '甲县', years: [2021, 2023] }])
  })

  it('reads one county-year through the compound index', async () => {
    expect((await reportsOfCountyYear('甲县', 2023)).map((r) => r.unit).sort()).toEqual(['白水乡', '红岩街道'])
  })

  it('reads one unit across years, oldest first', async () => {
    expect((await reportsOfUnit('甲县', '白水乡')).map((r) => r.year)).toEqual([2021, 2023])
  })

  it('counts demo rows apart', async () => {
    expect(await countReports()).toEqual({ total: 4, demo: 2 })
  })

  it('finds a county\u2019s corrections by report id prefix', async () => {
    await db.corrections.put({ id: '甲县|2023|白水乡#t3.tot.new', reportId: '甲县|2023|白水乡', path: 't3.tot.new', value: 1, original: 3, who: 'a', at: '', why: 'b' })
    await db.corrections.put({ id: '乙县|2022|青山镇#t3.tot.new', reportId: '乙县|2022|青山镇', path: 't3.tot.new', value: 1, original: 3, who: 'a', at: '', why: 'b' })
    expect((await correctionsOfCounty('甲县')).map((c) => c.reportId)).toEqual(['甲县|2023|白水乡'])
  })
})
