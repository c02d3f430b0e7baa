// Bad input through the real import pipeline (main-thread parser, fake IndexedDB): every refused file
// carries a Chinese reason and leaves the database exactly as it was; accepted files are whole.
import { beforeEach, describe, expect, it } from 'vitest'
import { writeZip } from '../../tests/fixtures/formats/zip-writer.ts'
import { allFindings, db, getReport, readReportJson, textOfReport } from '../db/index.ts'
import { importFiles, MAX_FILE_BYTES } from './import-files.ts'
import { createParserClient } from './parser-client.ts'
import { resetDb } from './test-helpers.ts'
import { demoFiles, demoText, halfRecords, hostileReport, inputOf, snapshotDb } from './fault-fixtures.ts'

const parser = createParserClient({ useWorker: false })
/** 27 entries of 8 MB of zeros: about 200 kB on disk, 216 MB unpacked (over the 200 MB limit). */
function zipBomb(): Uint8Array {
  const zeros = new Uint8Array(8 * 1024 * 1024)
  return writeZip(Array.from({ length: 27 }, (_, i) => ({ name: new TextEncoder().encode(`${i}.txt`), data: zeros, deflate: true })))
}
const [SEED, OTHER] = demoFiles(/-2021\.txt$/)
const seed = () => importFiles([inputOf(SEED, demoText(SEED))], { parser })

describe('importFiles with bad input', () => {
  beforeEach(async () => {
    await resetDb()
    await seed()
  })

  it.each([
    ['empty.txt', new Uint8Array(0), '文件为空'],
    ['garbage.txt', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), '不是文本文件'],
    ['news.html', '<html><body><h1>县里召开春耕生产动员会</h1><p>会议要求各乡镇抓好春耕。</p></body></html>', ''],
    ['bomb.zip', zipBomb(), '压缩炸弹'],
  ])('refuses %s with a Chinese reason and changes nothing', { timeout: 30_000 }, async (name, content, reason) => {
    const before = await snapshotDb()
    const out = await importFiles([inputOf(name, content)], { parser })
    expect(out.results).toHaveLength(1)
    expect(out.results[0]).toMatchObject({ outcome: 'failed', reason: expect.stringMatching(/[\u4e00-\u9fff]/) })
    expect(out.results[0].reason).toContain(reason)
    expect(await snapshotDb()).toBe(before)
  })

  it('refuses a file over the size limit without reading it, naming the limit', async () => {
    const before = await snapshotDb()
    let read = false
    const big = { name: '超大.txt', size: 200 * 1024 * 1024, read: async () => { read = true; return new ArrayBuffer(0) } }
    const out = await importFiles([big], { parser })
    expect(read).toBe(false)
    expect(out.results[0].outcome).toBe('failed')
    expect(out.results[0].reason).toContain(`超过单个文件 ${MAX_FILE_BYTES / 1024 / 1024} MB 的上限`)
    expect(await snapshotDb()).toBe(before)
  })

  it('imports a report with the wrong template for its year, values kept and V-F-01 raised', async () => {
    const old = demoFiles(/-2019\.(txt|html)$/)[0]
    const moved = demoText(old).replaceAll('2019', '2023').replaceAll('2020', '2024')
    const out = await importFiles([inputOf(old.replace('2019', '2023'), moved)], { parser })
    expect(out.results[0].outcome).toBe('imported')
    const stored = await getReport(out.results[0].reportId!)
    expect(stored?.record).toMatchObject({ year: 2023, template: '2019' })
    expect(stored?.record.t2Trial).not.toBeNull()
    expect((await allFindings()).filter((f) => f.reportId === stored!.id).map((f) => f.rule)).toContain('V-F-01')
  })

  it('stores a hostile HTML page as plain text without its markup or script', async () => {
    const hostile = hostileReport()
    const out = await importFiles([inputOf(hostile.name, hostile.html)], { parser })
    expect(out.results[0].outcome).toBe('imported')
    const text = (await textOfReport((await getReport(out.results[0].reportId!))!))!.text
    expect(text).not.toMatch(/<script|onerror|onload|javascript:|window\.__xss/i)
    expect(text).toContain('点此查看附件')
  })

  it('keeps the first of the same report given twice and names it for the second', async () => {
    const text = demoText(OTHER)
    const out = await importFiles([inputOf(`a/${OTHER}`, text), inputOf(`b/${OTHER}`, text)], { parser })
    expect(out.results.map((r) => r.outcome)).toEqual(['imported', 'failed'])
    expect(out.results[1].reason).toContain('同一单位同一年度')
    expect((await db.reportPacks.toArray()).flatMap((p) => p.reports.map(readReportJson)).filter((r) => r.unit === OTHER.split('-')[0])).toHaveLength(1)
  })

  it('asks before two different reports for one unit and year replace each other, and keeps the old one when declined', async () => {
    const before = await snapshotDb()
    const rival = demoText(SEED).replace(/共主动公开政府信息\d+条/, '共主动公开政府信息999条')
    let asked: string[] = []
    const out = await importFiles([inputOf('修订.txt', rival)], { parser, confirmReplace: async (names) => { asked = names; return false } })
    expect(asked).toEqual(['修订.txt'])
    expect(out.results[0]).toMatchObject({ outcome: 'skipped', reason: expect.stringContaining('未替换') })
    expect(await snapshotDb()).toBe(before)
  })

  it('replaces the old report whole (numbers and text) when the user agrees', async () => {
    const rival = demoText(SEED).replace(/共主动公开政府信息\d+条/, '共主动公开政府信息999条')
    const out = await importFiles([inputOf('修订.txt', rival)], { parser, confirmReplace: async () => true })
    expect(out.results[0].outcome).toBe('replaced')
    const id = out.results[0].reportId!
    expect((await getReport(id))?.record.file).toBe('修订.txt')
    expect((await textOfReport((await getReport(id))!))?.text).toContain('999条')
    expect(await halfRecords()).toEqual([])
  })
})
