import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../db/index.ts'
import { createDefaultRubric } from '../core/score/index.ts'
import { listRubricNames, loadActiveRubric, loadCommitteeSheets, rubricFromFile, rubricToFile, saveCommitteeSheets, saveRubric, selectRubric } from './score-store.ts'

beforeEach(async () => { await db.settings.clear() })

describe('saveRubric', () => {
  it('keeps an edited rubric across a reload of the database', async () => {
    const r = createDefaultRubric()
    r.name = '2023 考评细则'
    r.sections[0].weight = 30
    r.sections[5].weight = 0
    await saveRubric(r, 2023)
    db.close()
    await db.open()
    const loaded = await loadActiveRubric(2023)
    expect(loaded.name).toBe('2023 考评细则')
    expect(loaded.sections[0].weight).toBe(30)
    expect(await listRubricNames(2023)).toEqual(['2023 考评细则'])
    expect(await loadActiveRubric(2024)).toMatchObject({ name: '默认评分细则', year: 2024 })
  })

  it('switches between rubrics saved by name', async () => {
    const a = { ...createDefaultRubric(), name: '甲' }
    const b = { ...createDefaultRubric(), name: '乙', scale: 100 }
    await saveRubric(a, 2023)
    await saveRubric(b, 2023)
    expect((await loadActiveRubric(2023)).name).toBe('乙')
    await selectRubric(2023, '甲')
    expect((await loadActiveRubric(2023)).name).toBe('甲')
  })
})

describe('rubricToFile', () => {
  it('round-trips through an exported file', async () => {
    const r = { ...createDefaultRubric(), name: '导出测试', year: 2023 }
    expect(await rubricFromFile(rubricToFile(r))).toEqual(r)
    await expect(rubricFromFile(new Blob(['not json']))).rejects.toThrow('文件不是有效的 JSON')
  })
})

describe('saveCommitteeSheets', () => {
  it('stores raters, agreements and adjustments per county and year', async () => {
    const sheets = { raters: [{ rater: '张委员', year: 2023, entries: { 青禾镇: { sections: { arithmetic: 20 } } } }], agreements: [], adjustments: [{ unit: '青禾镇', year: 2023, points: 1, reason: '亮点突出' }] }
    await saveCommitteeSheets('示例县', 2023, sheets)
    expect(await loadCommitteeSheets('示例县', 2023)).toEqual(sheets)
    expect(await loadCommitteeSheets('示例县', 2022)).toEqual({ raters: [], agreements: [], adjustments: [] })
  })
})
