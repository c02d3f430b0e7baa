import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect, type Page } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import { SHOTS, shot, waitForStart } from './helpers.ts'
import { darkPixelsOnTop, decodePng } from '../tests/fixtures/png.ts'

async function openScore(page: Page): Promise<void> {
  await page.goto('/')
  await waitForStart(page)
  await page.getByRole('link', { name: '评分', exact: true }).click()
  await expect(page.locator('[data-testid=leaderboard][data-ready=yes]')).toBeVisible()
  await expect.poll(() => page.getByTestId('leaderboard-row').count()).toBeGreaterThan(5)
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

test('exports a chart to PNG at 2x and to SVG with its title, county, year and notes', async ({ page }, info) => {
  await openScore(page)
  const year = new URL(page.url()).searchParams.get('year')
  const png = page.waitForEvent('download')
  await page.getByTestId('export-png').click()
  const pngDownload = await png
  expect(pngDownload.suggestedFilename()).toBe(`示例县_${year}_考评总分与等次.png`)
  const pngFile = info.outputPath('chart.png')
  await pngDownload.saveAs(pngFile)
  const bytes = readFileSync(pngFile)
  const { width, height } = pngSize(bytes)
  expect(width).toBe(2000)
  expect(height).toBeGreaterThan(1000)
  // White background, and a title block with real glyphs (the CJK font is named in the chart's textStyle).
  expect([...decodePng(bytes).pixels.subarray(0, 4)]).toEqual([255, 255, 255, 255])
  expect(darkPixelsOnTop(bytes, 100)).toBeGreaterThan(2000)
  mkdirSync(SHOTS, { recursive: true })
  writeFileSync(join(SHOTS, 'export-chart.png'), bytes)

  const svg = page.waitForEvent('download')
  await page.getByTestId('export-svg').click()
  const svgFile = info.outputPath('chart.svg')
  await (await svg).saveAs(svgFile)
  const text = readFileSync(svgFile, 'utf8')
  for (const s of ['考评总分与等次', '示例县', `${year}年度`, '数据来源', '口径说明']) expect(text).toContain(s)
})

test('prints the meeting pack to A4 PDF with a cover, charts, ranking, 通报 and page numbers', async ({ page }, info) => {
  await openScore(page)
  await page.getByTestId('open-meeting').click()
  await expect(page.getByTestId('meeting-pack')).toBeVisible()
  await expect(page.getByTestId('pack-chart-scores').locator('svg text').first()).toBeAttached()
  await expect.poll(() => page.getByTestId('pack-ranking').locator('tbody tr').count()).toBeGreaterThan(5)
  await shot(page, 'meeting-screen')
  const download = page.waitForEvent('download')
  await page.getByTestId('export-xlsx').click()
  const xlsx = info.outputPath('meeting.xlsx')
  await (await download).saveAs(xlsx)
  const files = unzipSync(new Uint8Array(readFileSync(xlsx)))
  const workbook = strFromU8(files['xl/workbook.xml'])
  for (const name of ['考评排名', '得分明细', '问题清单', '图-考评总分与等次', '图-检查发现的问题数', '全部数据']) expect(workbook).toContain(`name="${name}"`)
  const sheets = Object.keys(files).filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k))
  expect(sheets.length).toBe(8)
  const shared = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array())
  expect(shared).toContain('筛选条件：县区：示例县')
  for (const k of Object.keys(files)) expect(strFromU8(files[k])).not.toMatch(/<f[ >]/)

  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('header.header')).toBeHidden()
  const pdf = info.outputPath('meeting.pdf')
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true })
  const dir = join(SHOTS, 'meeting-pack')
  mkdirSync(dir, { recursive: true })
  for (const f of readdirSync(dir)) if (f.endsWith('.png')) writeFileSync(join(dir, f), '')
  execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(dir, 'page')])
  const pages = readdirSync(dir).filter((f) => /^page-\d+\.png$/.test(f))
  expect(pages.length).toBeGreaterThanOrEqual(6)
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString()
  for (const s of ['考评会议材料', '考评排名', '存在问题的单位（通报）', '口径说明', '数据来源']) expect(text).toContain(s)
  expect(text).toMatch(/第\s*1\s*页\s*\/\s*共\s*\d+\s*页/)
  // Charts are vector: their labels are text in the PDF, not pixels.
  expect(text).toContain('考评总分与等次')
  expect(text).toMatch(/依申请公开：收到与办理/)
})
