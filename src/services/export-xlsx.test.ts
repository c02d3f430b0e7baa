import { describe, expect, it } from 'vitest'
import { strFromU8, unzipSync } from 'fflate'
import { buildWorkbook, toSheetName } from './export-xlsx.ts'
import { toCsv } from './export-csv.ts'
import type { ExportTable } from './export-table.ts'

const RANKING: ExportTable = {
  name: '排名', title: '示例县 2023 年度考评排名', filters: ['县区：示例县', '年度：2023', '评分细则：默认评分细则'],
  columns: ['名次', '单位', '总分', '较上年', '备注'],
  rows: [
    [1, '青禾镇', 97.5, 2.25, '=HYPERLINK("http://x","点我")'],
    [2, '白沙镇', 57.75, -12.5, '+1 加分'],
    [3, '@石桥乡', 60, null, '-整改中'],
  ],
  notes: ['口径说明：主动公开按县内同年百分位计分。'],
}

async function readBack(blob: Blob): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()))
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]))
}

/** Every cell of a sheet as [ref, value]: numbers as numbers, strings resolved from the shared table. */
function cellsOf(sheetXml: string, shared: string[]): [string, string | number][] {
  return [...sheetXml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>(.*?)<\/c>/g)].map(([, ref, attrs, body]) => {
    const v = /<v>(.*?)<\/v>/.exec(body)?.[1] ?? /<t[^>]*>(.*?)<\/t>/.exec(body)?.[1] ?? ''
    if (/t="s"/.test(attrs)) return [ref, shared[Number(v)]]
    if (/t="(inlineStr|str)"/.test(attrs)) return [ref, v]
    return [ref, Number(v)]
  })
}

const unescapeXml = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

describe('buildWorkbook', () => {
  it('writes one sheet per table with the filters, real numbers (negatives too) and no formulas', async () => {
    const files = await readBack(await buildWorkbook([RANKING, { ...RANKING, name: '排名', title: '第二张' }]))
    const sheets = Object.keys(files).filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k)).sort()
    expect(sheets).toHaveLength(2)
    expect(files['xl/workbook.xml']).toContain('name="排名"')
    expect(files['xl/workbook.xml']).toContain('name="排名_2"')
    const shared = [...(files['xl/sharedStrings.xml'] ?? '').matchAll(/<si>.*?<t[^>]*>(.*?)<\/t>.*?<\/si>/g)].map((m) => unescapeXml(m[1]))
    const cells = new Map(cellsOf(files[sheets[0]], shared).map(([r, v]) => [r, typeof v === 'string' ? unescapeXml(v) : v]))
    for (const xml of Object.values(files)) expect(xml).not.toMatch(/<f[ >]/)
    expect(cells.get('A1')).toBe('示例县 2023 年度考评排名')
    expect(cells.get('A2')).toBe('筛选条件：县区：示例县；年度：2023；评分细则：默认评分细则')
    expect(cells.get('C5')).toBe(97.5)
    expect(cells.get('D6')).toBe(-12.5)
    expect(cells.get('A7')).toBe(3)
    expect(cells.get('E5')).toBe('\'=HYPERLINK("http://x","点我")')
    expect(cells.get('E6')).toBe("'+1 加分")
    expect(cells.get('B7')).toBe("'@石桥乡")
    expect(cells.has('D7')).toBe(false)
  })
})

describe('toSheetName', () => {
  it('replaces characters Excel forbids and keeps names unique within 31 characters', () => {
    const used = new Set<string>()
    expect(toSheetName('图表:主动/公开?', used)).toBe('图表_主动_公开_')
    expect(toSheetName('很长'.repeat(20), used)).toHaveLength(31)
    expect(toSheetName('很长'.repeat(20), used)).toMatch(/_2$/)
  })
})

describe('toCsv', () => {
  it('starts with a BOM, quotes fields with commas or quotes, and neutralises formulas', () => {
    const csv = toCsv(RANKING)
    expect(csv.startsWith('\uFEFF示例县 2023 年度考评排名\r\n')).toBe(true)
    expect(csv).toContain('1,青禾镇,97.5,2.25,"\'=HYPERLINK(""http://x"",""点我"")"\r\n')
    expect(csv).toContain('2,白沙镇,57.75,-12.5,\'+1 加分\r\n')
    expect(csv).toContain('3,\'@石桥乡,60,,\'-整改中\r\n')
  })
})
