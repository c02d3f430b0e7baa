// Runs in Node: PDF files printed by Chromium made by tests/fixtures/formats (never copies of the shared corpus).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractDocument } from './index.ts'
import { createNodeIngestEnv } from './node-env.ts'

const FIXTURES = join(import.meta.dirname, '../../tests/fixtures/formats')
const env = createNodeIngestEnv()
const utf8 = (s: string) => new TextEncoder().encode(s)
const textOf = async (name: string, bytes: Uint8Array) => {
  const r = await extractDocument({ name, bytes }, env)
  if (!r.ok) throw new Error(r.error)
  return r.text
}

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

  it('reads body text inside a bordered box as paragraphs, not as a table', async () => {
    const text = await textOf('framed.pdf', new Uint8Array(readFileSync(join(FIXTURES, 'framed.pdf'))))
    const lines = text.split('\n')
    expect(lines).toContain('第1段：本镇按照条例要求推进政务公开，全年主动公开政府信息100条，内容涵盖机构职能、财政资金和重点领域。')
    expect(lines).toContain('第8段：本镇按照条例要求推进政务公开，全年主动公开政府信息107条，内容涵盖机构职能、财政资金和重点领域。')
    expect(lines).toContain('\t30.情形第30项说明文字\t29\t58\t129')
  })

  it('reads a space-aligned plain-text table as tab-separated rows on shared columns', async () => {
    const text = await textOf('space-aligned.pdf', new Uint8Array(readFileSync(join(FIXTURES, 'space-aligned.pdf'))))
    expect(text).toBe('三、收到和处理政府信息公开申请情况\n项目\t自然人\t法人\t总计\n一、本年新收\t3\t1\t4\n二、上年结转\t0\t\t0\n三、（一）予以公开\t2\t0\t2\n四、结束\n')
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
