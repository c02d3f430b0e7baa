// Runs in Node: ZIP archives written byte by byte made by tests/fixtures/formats (never copies of the shared corpus).
import { describe, expect, it } from 'vitest'
import { writeDocx } from '../../tests/fixtures/formats/docx-writer.ts'
import { toGbk, writeZip } from '../../tests/fixtures/formats/zip-writer.ts'
import { expandArchive, extractDocuments } from './index.ts'
import { DEFAULT_LIMITS } from './limits.ts'
import { createNodeIngestEnv } from './node-env.ts'

const env = createNodeIngestEnv()
const utf8 = (s: string) => new TextEncoder().encode(s)

describe('ZIP', () => {
  const report = utf8('测试镇2024年政府信息公开工作年度报告\n一、总体情况\n')

  it('expands nested folders and GBK-encoded Chinese names', async () => {
    const inner = writeZip([{ name: utf8('inner/三镇.txt'), data: report, utf8Flag: true }])
    const zip = writeZip([
      { name: toGbk('县/乡镇/赵岗镇.txt'), data: report, deflate: true },
      { name: toGbk('县/胡乐镇.docx'), data: writeDocx(['胡乐镇']) },
      { name: utf8('__MACOSX/._x.txt'), data: report },
      { name: utf8('说明.xls'), data: report, utf8Flag: true },
      { name: utf8('nested.zip'), data: inner },
    ])
    const results = await extractDocuments({ name: '报告.zip', bytes: zip }, env)
    expect(results.map((r) => r.name)).toEqual(['赵岗镇.txt', '胡乐镇.docx', '三镇.txt'])
    expect(results.every((r) => r.ok)).toBe(true)
    const expanded = await expandArchive({ name: '报告.zip', bytes: zip }, DEFAULT_LIMITS)
    expect('files' in expanded && expanded.files.map((f) => f.name)).toEqual(['报告/县/乡镇/赵岗镇.txt', '报告/县/胡乐镇.docx', '报告/nested/inner/三镇.txt'])
  })

  it('refuses a zip bomb and an archive with too many entries', async () => {
    const bomb = writeZip([{ name: utf8('bomb.txt'), data: new Uint8Array(8 * 1024 * 1024), deflate: true }])
    expect(bomb.length).toBeLessThan(20_000)
    const small = { ...DEFAULT_LIMITS, maxUnzippedBytes: 1024 * 1024 }
    expect(await expandArchive({ name: 'b.zip', bytes: bomb }, small)).toEqual({ error: expect.stringContaining('压缩炸弹') })
    const many = writeZip(Array.from({ length: 30 }, (_, i) => ({ name: utf8(`${i}.txt`), data: report })))
    expect(await expandArchive({ name: 'm.zip', bytes: many }, { ...DEFAULT_LIMITS, maxEntries: 10 })).toEqual({ error: expect.stringContaining('文件过多') })
  })
})
