import { test, expect } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEV, openDataView, shot, storedCount } from './helpers.ts'
import { toGbk, writeZip } from '../tests/fixtures/formats/zip-writer.ts'

// One report of each format from the shared corpus (read in place), packed at test time into a ZIP
// with nested folders and GBK-encoded Chinese entry names, as county offices pass them around.
const MEMBERS = [
  ['乡镇/2023/胡乐镇.docx', 'anhui-ningguo-hule-2023.docx', '胡乐镇'],
  ['乡镇/2023/古镇镇.pdf', 'guangdong-zhongshan-guzhen-2023.pdf', '古镇镇'],
  ['街道/东湖街道.html', 'zhejiang-yuecheng-donghu-2023.html', '东湖街道'],
  ['乡镇/大山镇.txt', 'guizhou-xingren-dashan-2024.txt', '大山镇'],
] as const

test('imports a ZIP of mixed formats with GBK names through the app, one report per member', async ({ page }) => {
  const zip = writeZip(MEMBERS.map(([name, file]) => ({ name: toGbk(name), data: new Uint8Array(readFileSync(join(DEV, file))), deflate: true })))
  await openDataView(page, true)
  await page.getByTestId('file-input').setInputFiles({ name: '年报汇总.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) })
  const rows = page.getByTestId('result-row')
  await expect(rows).toHaveCount(MEMBERS.length, { timeout: 60_000 })
  await expect(page.locator('[data-testid=result-row][data-outcome=imported]')).toHaveCount(MEMBERS.length)
  const names = await rows.allTextContents()
  for (const [member] of MEMBERS) expect(names.join('\n')).toContain(member.split('/').pop()!)
  await shot(page, 'data-zip-import')
  expect(await storedCount(page)).toBe(MEMBERS.length)

  const counties = await page.getByTestId('county-picker').locator('option').allTextContents()
  for (const county of ['宁国市', '中山市', '越城区', '兴仁市']) expect(counties).toContain(county)
})
