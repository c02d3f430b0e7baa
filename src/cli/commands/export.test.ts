import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { run } from './export.ts'
import { findCjkFont } from '../cjk-font.ts'
import { renderSvgToPng } from '../render-chart.ts'
import { darkPixelsOnTop, decodePng } from '../../../tests/fixtures/png.ts'

const DEMO = join(import.meta.dirname, '../../../data/demo')
const out = mkdtempSync(join(tmpdir(), 'nianbao-export-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))

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
