// Runs in Node: DOCX files made by tests/fixtures/formats (never copies of the shared corpus).
import { describe, expect, it } from 'vitest'
import { writeDocx } from '../../tests/fixtures/formats/docx-writer.ts'
import { extractDocument } from './index.ts'
import { createNodeIngestEnv } from './node-env.ts'

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
