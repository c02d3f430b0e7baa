// Deleting reports takes their texts out of the packs they share with other reports, and their findings with them.
import { beforeEach, describe, expect, it } from 'vitest'
import { allFindings, countReports, db, getReport, textOfReport } from '../db/index.ts'
import { halfRecords } from './fault-fixtures.ts'
import { importFiles } from './import-files.ts'
import { deleteReportIds } from './manage-data.ts'
import { toReportId } from './report-id.ts'
import { analyzed, fakeParser, inputs, resetDb } from './test-helpers.ts'

/** Reports of 示例县: three units in 2023 (one pack) and one of them in 2022. */
const FILES = Object.fromEntries([['甲镇', 2023], ['乙镇', 2023], ['丙镇', 2023], ['甲镇', 2022]].map(([unit, year]) => {
  const name = `${unit}-${year}.txt`
  return [name, [analyzed(name, (r) => { Object.assign(r, { unit, year }); r.t3 = null })]]
}))
const id = (unit: string, year: number) => toReportId('示例县', year, unit)

describe('deleteReportIds', () => {
  beforeEach(async () => {
    await resetDb()
    await importFiles(inputs(...Object.keys(FILES)), { parser: fakeParser(FILES) })
  })

  it('takes a deleted report\'s text out of its pack and keeps the others\' texts', async () => {
    const packs = await db.textPacks.count()
    expect((await allFindings()).some((f) => f.reportId === id('乙镇', 2023))).toBe(true)
    await deleteReportIds([id('乙镇', 2023)], fakeParser(FILES))
    expect(await getReport(id('乙镇', 2023))).toBeUndefined()
    expect(await db.textPacks.count()).toBe(packs)
    for (const kept of [id('甲镇', 2023), id('丙镇', 2023), id('甲镇', 2022)]) {
      expect((await textOfReport((await getReport(kept))!))?.text, kept).toContain('政府信息公开')
    }
    expect((await db.textPacks.toArray()).some((p) => id('乙镇', 2023) in p.texts)).toBe(false)
    expect(await halfRecords()).toEqual([])
    expect((await allFindings()).some((f) => f.reportId === id('乙镇', 2023))).toBe(false)
  })

  it('deletes a pack once its last text is gone', async () => {
    const before = await db.textPacks.count()
    await deleteReportIds([id('甲镇', 2022)], fakeParser(FILES))
    expect(await db.textPacks.count()).toBe(before - 1)
    await deleteReportIds([id('甲镇', 2023), id('乙镇', 2023), id('丙镇', 2023)], fakeParser(FILES))
    expect(await db.textPacks.count()).toBe(0)
    expect((await countReports()).total).toBe(0)
    expect(await allFindings()).toEqual([])
  })
})
