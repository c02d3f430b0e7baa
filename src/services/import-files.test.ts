import { beforeEach, describe, expect, it, vi } from 'vitest'
import { allReportIds, countReports, getReport, textOfReport } from '../db/index.ts'
import { groupSize, importFiles, MAX_GROUP_FILES, type ImportInput } from './import-files.ts'
import { WORKER_LOST } from './parser-client.ts'
import { analyzed, fakeParser, inputs, resetDb } from './test-helpers.ts'

const TABLE = {
  'a.txt': [analyzed('a.txt', (r) => { r.unit = '甲镇' })],
  'b.txt': [analyzed('b.txt', (r) => { r.unit = '乙镇' })],
  'b2.txt': [analyzed('b2.txt', (r) => { r.unit = '乙镇'; r.narrative.proactiveTotal = { value: 999, approx: false } })],
  'noyear.txt': [analyzed('noyear.txt', (r) => { r.year = null })],
}

describe('importFiles', () => {
  beforeEach(resetDb)

  it('stores each report with its text in separate tables and computes findings', async () => {
    const out = await importFiles(inputs('a.txt', 'b.txt'), { parser: fakeParser(TABLE) })
    expect(out.results.map((r) => r.outcome)).toEqual(['imported', 'imported'])
    expect((await countReports()).total).toBe(2)
    expect((await textOfReport((await getReport('示例县|2023|甲镇'))!))?.text).toContain('甲镇')
    expect(out.counties).toEqual(['示例县'])
  })

  it('fails a file with a Chinese reason when the year cannot be read', async () => {
    const out = await importFiles(inputs('noyear.txt', 'junk.bin'), { parser: fakeParser(TABLE) })
    expect(out.results.map((r) => [r.outcome, r.reason])).toEqual([['failed', '未能识别报告年度'], ['failed', 'junk.bin：不是报告']])
    expect((await countReports()).total).toBe(0)
  })

  it('asks once about replacements and applies the answer to all', async () => {
    await importFiles(inputs('a.txt', 'b.txt'), { parser: fakeParser(TABLE) })
    let asked = 0
    const out = await importFiles(inputs('a.txt', 'b2.txt'), { parser: fakeParser(TABLE), confirmReplace: async () => { asked++; return true } })
    expect(asked).toBe(1)
    expect(out.results.map((r) => r.outcome)).toEqual(['replaced', 'replaced'])
    expect((await getReport('示例县|2023|乙镇'))?.record.narrative.proactiveTotal?.value).toBe(999)
  })

  it('keeps the stored reports when the user declines to replace', async () => {
    await importFiles(inputs('b.txt'), { parser: fakeParser(TABLE) })
    const out = await importFiles(inputs('b2.txt'), { parser: fakeParser(TABLE), confirmReplace: async () => false })
    expect(out.results[0].outcome).toBe('skipped')
    expect((await getReport('示例县|2023|乙镇'))?.record.narrative.proactiveTotal?.value).toBe(120)
  })

  it('writes nothing of the batch when cancelled halfway', async () => {
    await importFiles(inputs('a.txt'), { parser: fakeParser(TABLE) })
    const controller = new AbortController()
    const parser = fakeParser(TABLE, async (name) => {
      if (name === 'b.txt') { controller.abort(); await new Promise(() => {}) }
    })
    const out = await importFiles(inputs('b2.txt', 'b.txt'), { parser, signal: controller.signal })
    expect(out.cancelled).toBe(true)
    expect(out.results.every((r) => r.outcome === 'cancelled')).toBe(true)
    expect(await allReportIds()).toEqual(['示例县|2023|甲镇'])
    expect(parser.cancelled).toBe(1)
  })

  it('reports progress with files done, total and the current file', async () => {
    const seen: string[] = []
    await importFiles(inputs('a.txt', 'b.txt'), { parser: fakeParser(TABLE), onProgress: (p) => seen.push(`${p.phase}:${p.done}/${p.total}:${p.current ?? ''}`) })
    expect(seen).toEqual(['parsing:0/2:a.txt', 'parsing:1/2:b.txt', 'writing:2/2:', 'done:2/2:'])
  })

  it('parses many files a group to a message, and a file that cannot be read fails alone', async () => {
    const names = Array.from({ length: 40 }, (_, i) => `u${i}.txt`)
    const table = Object.fromEntries(names.map((n, i) => [n, [analyzed(n, (r) => { r.unit = `测${i}镇` })]]))
    const parser = fakeParser(table)
    const groups: number[] = []
    const many = parser.analyzeMany
    parser.analyzeMany = (files) => { groups.push(files.length); return many(files) }
    const list = inputs(...names)
    list[7] = { name: 'u7.txt', read: async () => { throw new Error('磁盘读取错误') } }
    const out = await importFiles(list, { parser })
    expect(groups.reduce((a, b) => a + b, 0)).toBe(39)
    expect(Math.max(...groups)).toBe(groupSize(40))
    expect(groups.length).toBeLessThan(10)
    expect(out.results.map((r) => r.name)).toEqual(names)
    expect(out.results[7]).toMatchObject({ outcome: 'failed', reason: '读取文件失败（磁盘读取错误）' })
    expect(out.results.filter((r) => r.outcome === 'imported')).toHaveLength(39)
    expect((await countReports()).total).toBe(39)
  })

  it('makes small imports small groups, so that every worker gets some', () => {
    expect([1, 8, 9, 64, 128, 10000].map(groupSize)).toEqual([1, 1, 2, 8, 16, MAX_GROUP_FILES])
  })

  it('reads a group again when its worker stops before answering, and imports every file of it', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `w${i}.txt`)
    const table = Object.fromEntries(names.map((n, i) => [n, [analyzed(n, (r) => { r.unit = `停${i}镇` })]]))
    const parser = fakeParser(table)
    const many = parser.analyzeMany
    let lost = false
    parser.analyzeMany = (files) => {
      if (!lost && files.some((f) => f.name === 'w5.txt')) {
        lost = true
        return Promise.reject(new DOMException('解析进程意外停止', WORKER_LOST))
      }
      return many(files)
    }
    const reads = new Map<string, number>()
    const list = names.map((name): ImportInput => ({ name, read: async () => { reads.set(name, (reads.get(name) ?? 0) + 1); return new ArrayBuffer(4) } }))
    const out = await importFiles(list, { parser })
    expect(lost).toBe(true)
    expect(out.results.map((r) => r.outcome)).toEqual(names.map(() => 'imported'))
    expect(reads.get('w5.txt')).toBe(2)
    expect([...reads.values()].filter((n) => n === 2).length).toBe(groupSize(12))
    expect((await countReports()).total).toBe(12)
  })

  it('reads the files of a group in one go, and one by one when that read fails', async () => {
    const names = Array.from({ length: 16 }, (_, i) => `f${i}.txt`)
    const table = Object.fromEntries(names.map((n, i) => [n, [analyzed(n, (r) => { r.unit = `读${i}镇` })]]))
    const seen: string[] = []
    const parser = fakeParser(table)
    const many = parser.analyzeMany
    parser.analyzeMany = (files) => {
      seen.push(...files.map((f) => `${f.name}:${new TextDecoder().decode(f.bytes)}`))
      return many(files)
    }
    const fileInputs = (onRead: (name: string) => void): ImportInput[] => names.map((name) => {
      const blob = new Blob([`内容${name}`])
      return { name, size: blob.size, blob, read: () => { onRead(name); return blob.arrayBuffer() } }
    })
    const alone: string[] = []
    await importFiles(fileInputs((n) => alone.push(n)), { parser })
    expect(alone).toEqual([])
    expect(seen).toEqual(names.map((n) => `${n}:内容${n}`))
    expect((await countReports()).total).toBe(16)

    await resetDb()
    seen.length = 0
    const failOnce = vi.spyOn(Blob.prototype, 'arrayBuffer').mockRejectedValueOnce(new DOMException('文件已被移动', 'NotReadableError'))
    const out = await importFiles(fileInputs((n) => alone.push(n)), { parser })
    failOnce.mockRestore()
    expect(alone).toEqual(names.slice(0, groupSize(16)))
    expect(seen.sort()).toEqual(names.map((n) => `${n}:内容${n}`).sort())
    expect(out.results.every((r) => r.outcome === 'imported')).toBe(true)
  })
})
