import { beforeEach, describe, expect, it } from 'vitest'
import { db } from './db.ts'
import { allReportIds, correctionsOfCounty, countReports, demoReportIds, getReport, getReports, listCountyYears, reportsOfCounty, reportsOfCountyYear, reportsOfUnit, storedCounties } from './queries.ts'
import { packable, packReports, type StoredReport } from './NianbaoDB.ts'
import { makeRecord } from '../../tests/fixtures/make-report.ts'

function row(county: string, year: number, unit: string, demo: 0 | 1 = 0): StoredReport {
  return { id: `${county}|${year}|${unit}`, county, year, unit, file: `${unit}.txt`, format: 'txt', importedAt: '', demo, record: makeRecord() }
}

describe('queries', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map((t) => t.clear()))
    await db.reportPacks.bulkPut(packReports([row('乙县', 2022, '青山镇'), row('甲县', 2023, '白水乡', 1), row('甲县', 2021, '白水乡', 1), row('甲县', 2023, '红岩街道')].map((r) => packable(r))))
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
    expect(await demoReportIds()).toEqual(['甲县|2021|白水乡', '甲县|2023|白水乡'])
  })

  it('finds reports by id in whichever pack holds them, and lists ids and counties from the indexes', async () => {
    await db.reportPacks.bulkPut(packReports([packable({ ...row('甲县', 2023, '青石镇'), textPack: '甲县|2023|w2' })]))
    expect((await db.reportPacks.where('[county+year]').equals(['甲县', 2023]).toArray()).map((p) => p.ids)).toEqual([['甲县|2023|白水乡', '甲县|2023|红岩街道'], ['甲县|2023|青石镇']])
    expect((await getReport('甲县|2023|青石镇'))?.unit).toBe('青石镇')
    expect(await getReport('甲县|2023|无此镇')).toBeUndefined()
    expect((await getReports(['甲县|2023|青石镇', '无|1|无', '乙县|2022|青山镇'])).map((r) => r?.unit)).toEqual(['青石镇', undefined, '青山镇'])
    expect(await allReportIds()).toEqual(['乙县|2022|青山镇', '甲县|2021|白水乡', '甲县|2023|白水乡', '甲县|2023|红岩街道', '甲县|2023|青石镇'])
    expect((await countReports()).total).toBe(5)
    expect(await storedCounties()).toEqual(['乙县', '甲县'])
    expect((await reportsOfCounty('甲县')).map((r) => r.id).sort()).toEqual(['甲县|2021|白水乡', '甲县|2023|白水乡', '甲县|2023|红岩街道', '甲县|2023|青石镇'])
  })

  it('finds a county\u2019s corrections by report id prefix', async () => {
    await db.corrections.put({ id: '甲县|2023|白水乡#t3.tot.new', reportId: '甲县|2023|白水乡', path: 't3.tot.new', value: 1, original: 3, who: 'a', at: '', why: 'b' })
    await db.corrections.put({ id: '乙县|2022|青山镇#t3.tot.new', reportId: '乙县|2022|青山镇', path: 't3.tot.new', value: 1, original: 3, who: 'a', at: '', why: 'b' })
    expect((await correctionsOfCounty('甲县')).map((c) => c.reportId)).toEqual(['甲县|2023|白水乡'])
  })
})
