import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { run } from './export.ts'
import { findCjkFont } from '../cjk-font.ts'
import { renderSvgToPng } from '../render-chart.ts'

const DEMO = join(import.meta.dirname, '../../../data/demo')
const out = mkdtempSync(join(tmpdir(), 'nianbao-export-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))

/** Decodes an 8-bit RGBA, non-interlaced PNG (what resvg writes) to its pixels. */
function decodePng(png: Uint8Array): { width: number; height: number; pixels: Uint8Array } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  const width = view.getUint32(16), height = view.getUint32(20)
  const chunks: Uint8Array[] = []
  for (let p = 8; p < png.length;) {
    const len = view.getUint32(p)
    const type = String.fromCharCode(...png.subarray(p + 4, p + 8))
    if (type === 'IDAT') chunks.push(png.subarray(p + 8, p + 8 + len))
    p += 12 + len
  }
  const raw = inflateSync(Buffer.concat(chunks))
  const stride = width * 4
  const pixels = new Uint8Array(height * stride)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]
      const a = x >= 4 ? pixels[y * stride + x - 4] : 0
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0
      const c = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4] : 0
      const pa = Math.abs(b - c), pb = Math.abs(a - c), pc = Math.abs(a + b - 2 * c)
      const pred = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter]
      pixels[y * stride + x] = (v + pred) & 0xff
    }
  }
  return { width, height, pixels }
}

/** Dark pixels in the top `rows` rows (the title block), a measure of drawn glyphs. */
function darkPixelsOnTop(png: Uint8Array, rows: number): number {
  const { width, pixels } = decodePng(png)
  let n = 0
  for (let i = 0; i < width * rows; i++) if (pixels[i * 4] < 128 && pixels[i * 4 + 3] > 0) n++
  return n
}

describe('nianbao export', () => {
  const files = () => readdirSync(out).sort()

  it('renders the five standard charts of a county and year to PNG and SVG', async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    // Four of the demo county's 2023 reports, whatever their format (the demo generator may change it).
    const inputs = readdirSync(DEMO).filter((f) => /-2023\.(txt|html|docx)$/.test(f)).sort().slice(0, 4).map((f) => join(DEMO, f))
    expect(inputs).toHaveLength(4)
    expect(await run(inputs, { out, year: '2023' })).toBe(0)
    vi.restoreAllMocks()
    const ids = ['applications', 'findings', 'publication', 'reach', 'scores']
    expect(files()).toEqual(ids.flatMap((id) => [`示例县-2023-${id}.png`, `示例县-2023-${id}.svg`]))
  })

  it('writes the title, county, year, source and counting basis as SVG text', () => {
    const svg = readFileSync(join(out, '示例县-2023-publication.svg'), 'utf8')
    for (const text of ['各单位按渠道的主动公开条数', '示例县', '2023年度', '数据来源', '口径说明', '云栖乡']) expect(svg).toContain(text)
  })

  it('draws Chinese glyphs in the PNG at 2× on white', () => {
    const png = new Uint8Array(readFileSync(join(out, '示例县-2023-scores.png')))
    const svg = readFileSync(join(out, '示例县-2023-scores.svg'), 'utf8')
    const { width, pixels } = decodePng(png)
    expect(width).toBe(2000)
    expect([...pixels.subarray(0, 4)]).toEqual([255, 255, 255, 255])
    const withFont = darkPixelsOnTop(png, 100)
    const withoutFont = darkPixelsOnTop(renderSvgToPng(svg, null), 100)
    expect(withoutFont).toBe(0)
    expect(withFont).toBeGreaterThan(2000)
  })

  it('rejects a year that is not a year', async () => {
    await expect(run([DEMO], { out, year: '23' })).rejects.toThrow('--year 应为四位年份')
  })
})

describe('findCjkFont', () => {
  it('finds the installed Noto CJK font', () => {
    expect(findCjkFont(undefined).file).toMatch(/\.(ttc|ttf|otf)$/)
  })
  it('explains in Chinese what to install when there is no CJK font', () => {
    expect(() => findCjkFont(undefined, [join(out, 'no-fonts')])).toThrow('找不到中文字体')
  })
})
