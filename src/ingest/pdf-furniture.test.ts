// Runs in Node: running heads, footers and page numbers on synthetic page layouts.
import { describe, expect, it } from 'vitest'
import { dropPageFurniture, type PageBands } from './pdf-furniture.ts'
import type { TextBand } from './pdf-lines.ts'

const band = (text: string, top: number): TextBand => ({ text, top, bottom: top - 10, left: 60, right: 300, size: 10, cells: [{ x0: 60, x1: 300, text }] })
const page = (n: number, body: string[], edges: { head?: string; foot?: string; headTop?: number }): PageBands => ({
  height: 842,
  bands: [
    ...(edges.head ? [band(edges.head, edges.headTop ?? 820)] : []),
    ...body.map((t, i) => band(t, 700 - i * 20)),
    ...(edges.foot ? [band(edges.foot.replace('#', String(n)), 30)] : []),
  ],
})
const texts = (pages: PageBands[]) => pages.map((p) => p.bands.map((b) => b.text))

describe('dropPageFurniture', () => {
  it.each(['第 # 页', '第#页 共3页', '#/3', '- # -', '#', 'Page # of 3'])('drops page numbers like 「%s」', (foot) => {
    const pages = [1, 2, 3].map((n) => page(n, [`正文${n}`], { foot }))
    dropPageFurniture(pages)
    expect(texts(pages)).toEqual([['正文1'], ['正文2'], ['正文3']])
  })

  it('drops a running head repeated at the same height, keeps edge lines that differ or move', () => {
    const pages = [1, 2, 3].map((n) => page(n, [`正文${n}`], { head: '某镇2024年政府信息公开工作年度报告', headTop: 820 }))
    pages[2].bands.push(band('（七）总计\t3\t0\t3', 40 + 7))
    pages[1].bands.push(band('（六）其他处理\t0\t0\t0', 40))
    dropPageFurniture(pages)
    expect(texts(pages)).toEqual([['正文1'], ['正文2', '（六）其他处理\t0\t0\t0'], ['正文3', '（七）总计\t3\t0\t3']])
  })

  it('keeps everything in a one-page document but its page number', () => {
    const pages = [page(1, ['正文'], { head: '某镇年度报告', foot: '第 # 页' })]
    dropPageFurniture(pages)
    expect(texts(pages)).toEqual([['某镇年度报告', '正文']])
  })
})
