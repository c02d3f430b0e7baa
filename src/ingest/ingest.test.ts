// Runs in Node: DOCX, PDF and ZIP files made by tests/fixtures/formats (never copies of the shared corpus).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeDocx } from '../../tests/fixtures/formats/docx-writer.ts'
import { toGbk, writeZip } from '../../tests/fixtures/formats/zip-writer.ts'
import { expandArchive, extractDocument, extractDocuments } from './index.ts'
import { DEFAULT_LIMITS } from './limits.ts'
import { createNodeIngestEnv } from './node-env.ts'

const FIXTURES = join(import.meta.dirname, '../../tests/fixtures/formats')
const env = createNodeIngestEnv()
const utf8 = (s: string) => new TextEncoder().encode(s)
const textOf = async (name: string, bytes: Uint8Array) => {
  const r = await extractDocument({ name, bytes }, env)
  if (!r.ok) throw new Error(r.error)
  return r.text
}

describe('DOCX', () => {
  it('keeps merged cells (gridSpan, vMerge, gridBefore) on the table grid', async () => {
    const bytes = writeDocx([
      '三、收到和处理政府信息公开申请情况',
      {
        rows: [
          [{ text: '项目', gridSpan: 2 }, { text: '自然人' }, { text: '总计' }],
          [{ text: '办理结果', vMerge: 'restart' }, { text: '（一）予以公开' }, { text: '3' }, { text: '3' }],
          [{ text: '', vMerge: 'continue' }, { text: '（二）部分公开' }, { text: '1' }, { text: '1' }],
          [{ text: '0' }, { text: '0' }],
        ],
        gridBefore: { 3: 2 },
      },
    ])
    expect(await textOf('merged.docx', bytes)).toBe(
      '三、收到和处理政府信息公开申请情况\n\n项目\t\t自然人\t总计\n办理结果\t（一）予以公开\t3\t3\n\t（二）部分公开\t1\t1\n\t\t0\t0\n',
    )
  })

  it('refuses an old binary .doc and a broken package in Chinese', async () => {
    const doc = await extractDocument({ name: 'old.doc', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]) }, env)
    expect(doc).toMatchObject({ ok: false, error: expect.stringContaining('另存为 .docx') })
    const broken = await extractDocument({ name: 'broken.docx', bytes: utf8('not a zip') }, env)
    expect(broken).toMatchObject({ ok: false, error: expect.stringContaining('ZIP') })
  })
})

describe('PDF', () => {
  it('joins a table split across two pages and drops the running header and footer', async () => {
    const text = await textOf('table-split.pdf', new Uint8Array(readFileSync(join(FIXTURES, 'table-split.pdf'))))
    const lines = text.split('\n')
    const start = lines.indexOf('项目\t\t自然人与法人\t\t总计')
    expect(start).toBeGreaterThan(0)
    expect(lines[start + 1]).toBe('办理结果\t1.情形第1项说明文字\t0\t0\t')
    expect(lines[start + 30]).toBe('\t30.情形第30项说明文字\t29\t58\t129')
    expect(lines.slice(start, start + 31).every((l) => l.split('\t').length === 5)).toBe(true)
    expect(text).not.toMatch(/file:|\d+\/\d+\s*$/m)
    expect(lines.filter((l) => l.includes('测试镇2024年政府信息公开工作年度报告'))).toHaveLength(1)
    expect(text).toContain('全年主动公开政府信息113条，内容涵盖机构职能、财政资金和重点领域。')
  })

  it('lines up a borderless table on columns from text positions, empty cells kept', async () => {
    const text = await textOf('borderless.pdf', new Uint8Array(readFileSync(join(FIXTURES, 'borderless.pdf'))))
    const rows = text.split('\n').filter((l) => l.includes('.情形第'))
    expect(rows).toHaveLength(30)
    expect(rows[0]).toBe('办理结果\t1.情形第1项说明文字\t0\t0\t')
    expect(rows[1]).toBe('\t2.情形第2项说明文字\t1\t2\t101')
    expect(rows[29]).toBe('\t30.情形第30项说明文字\t29\t58\t129')
  })

  it('refuses a scanned PDF (no text layer) with the OCR message', async () => {
    const r = await extractDocument({ name: 'scan.pdf', bytes: new Uint8Array(readFileSync(join(FIXTURES, 'scanned.pdf'))) }, env)
    expect(r).toMatchObject({ ok: false, error: 'scan.pdf：是扫描图片，没有文字层，需要先做 OCR 文字识别后再导入' })
  })

  it('refuses bytes that are not a PDF', async () => {
    const r = await extractDocument({ name: 'x.pdf', bytes: utf8('hello') }, env)
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining('PDF') })
  })
})

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
