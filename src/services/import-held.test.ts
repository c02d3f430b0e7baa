// A large import keeps what the cross rules need of the counties it writes (records and copy grams), so
// their findings read no report or text back; counties stored before it, and corrected reports, still do.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { allFindings, db, getReport, reportsOfCounty } from '../db/index.ts'
import { importFiles } from './import-files.ts'
import { recomputeFindings } from './findings.ts'
import { toReportId } from './report-id.ts'
import { analyzed, fakeParser, inputs, resetDb } from './test-helpers.ts'
import type { AnalyzedFile } from '../worker/protocol.ts'

const PHRASES = [
  '围绕乡村振兴重点工作，及时发布惠农补贴发放名单和项目进展。', '镇村两级公开栏每季度更新，便于群众就近查阅。',
  '针对防汛抗旱、森林防火等季节性工作，通过微信群推送预警提示。', '对征地拆迁补偿标准进行逐户公示，接受群众监督。',
  '组织机关干部参加政务公开业务培训两次，提升信息发布质量。', '在便民服务中心设置政务公开查阅点，配备专人解答咨询。',
]

/** A report text long enough for the copy check (Z6); reports with the same `body` are copies of each other. */
function longText(unit: string, body: number): string {
  const phrases = PHRASES.map((_, i) => PHRASES[(i * (body + 1)) % PHRASES.length])
  return [`${unit}2023年政府信息公开工作年度报告`, '一、总体情况', ...phrases, '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', ...[...phrases].reverse(), '六、其他需要报告的事项', '无。'].join('\n')
}

/**
 * `n` reports of one county (enough for several chunks): report 0 claims 2 items (Z5), reports 1 and 2
 * are copies of each other (Z6), report 3 is long but its own.
 */
function countyFiles(county: string, n: number, from = 0): Record<string, AnalyzedFile[]> {
  return Object.fromEntries(Array.from({ length: n }, (_, k) => {
    const i = from + k
    const name = `${county}-${i}.txt`
    return [name, [analyzed(name, (r) => {
      Object.assign(r, { county, unit: `测${i}镇` })
      if (k === 0) r.narrative.proactiveTotal = { value: 2, approx: false }
      if (k >= 1 && k <= 3) return longText(r.unit!, k === 3 ? 5 : 1)
    })]]
  }))
}

/** The text packs read while `run` ran, by key, once each (sorted). */
async function packsReadDuring(run: () => Promise<unknown>): Promise<string[]> {
  const bulkGet = vi.spyOn(db.textPacks, 'bulkGet')
  const get = vi.spyOn(db.textPacks, 'get')
  try {
    await run()
    return [...new Set([...bulkGet.mock.calls.flatMap(([keys]) => keys as string[]), ...get.mock.calls.map(([key]) => String(key))])].sort()
  } finally {
    bulkGet.mockRestore()
    get.mockRestore()
  }
}

/** The keys of the packs holding a county's texts (sorted). */
const packsOfCounty = async (county: string) => [...new Set((await reportsOfCounty(county)).map((r) => r.textPack!))].sort()

const view = async () => (await allFindings()).map((f) => `${f.county} ${f.key} ${f.message}`).sort()

describe('findings of a large import', { timeout: 60_000 }, () => {
  beforeEach(resetDb)
  afterEach(() => vi.restoreAllMocks())

  it('reads no text back for counties new to the database, with the same findings as reading everything', async () => {
    const files = { ...countyFiles('甲县', 700), ...countyFiles('乙县', 600) }
    const read = await packsReadDuring(() => importFiles(inputs(...Object.keys(files)), { parser: fakeParser(files) }))
    expect(read).toEqual([])
    const fromImport = await view()
    expect(fromImport.filter((f) => / Z6#/.test(f))).toHaveLength(4)
    expect(fromImport.filter((f) => / Z5#/.test(f))).toHaveLength(2)
    const again = await packsReadDuring(() => recomputeFindings(['甲县', '乙县'], fakeParser(files)))
    expect(again).toEqual([...await packsOfCounty('甲县'), ...await packsOfCounty('乙县')].sort())
    expect(again.length).toBeGreaterThan(2)
    expect(await view()).toEqual(fromImport)
  })

  it('reads back a county that had reports before, and the text of a corrected report', async () => {
    const before = countyFiles('乙县', 10)
    await importFiles(inputs(...Object.keys(before)), { parser: fakeParser(before) })
    const corrected = toReportId('甲县', 2023, '测5镇')
    await db.corrections.put({ id: `${corrected}#t3.tot.new`, reportId: corrected, path: 't3.tot.new', value: 4, original: 3, who: '测试', at: '2024-03-01', why: '核对原件' })
    const files = { ...countyFiles('甲县', 700), ...countyFiles('乙县', 600, 10) }
    const read = await packsReadDuring(() => importFiles(inputs(...Object.keys(files)), { parser: fakeParser(files) }))
    expect(read.filter((key) => key.startsWith('甲县'))).toEqual([(await getReport(corrected))!.textPack])
    expect(read.filter((key) => key.startsWith('乙县'))).toEqual(await packsOfCounty('乙县'))
    const fromImport = await view()
    expect(fromImport.some((f) => f.startsWith('甲县 V-T3-'))).toBe(true)
    await recomputeFindings(['甲县', '乙县'], fakeParser({ ...before, ...files }))
    expect(await view()).toEqual(fromImport)
  })
})
