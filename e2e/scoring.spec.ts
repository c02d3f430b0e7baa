import { readFileSync } from 'node:fs'
import { test, expect, type Page } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import { shot, waitForStart } from './helpers.ts'

async function openScore(page: Page): Promise<void> {
  await page.goto('/')
  await waitForStart(page)
  await page.getByRole('link', { name: '评分', exact: true }).click()
  await expect(page.getByRole('heading', { level: 2 })).toContainText('评分')
  await expect(page.locator('[data-testid=leaderboard][data-ready=yes]')).toBeVisible()
  await expect.poll(() => page.getByTestId('leaderboard-row').count()).toBeGreaterThan(5)
}

const ranking = (page: Page) => page.getByTestId('leaderboard-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit')))

test('a committee member changes weights, sees the ranking change, and the rubric survives a reload', async ({ page }) => {
  await openScore(page)
  await expect(page.getByTestId('rubric-ok')).toBeVisible()
  const before = await ranking(page)
  await shot(page, 'score-default')

  await page.getByTestId('weight-proactive').fill('0')
  await expect(page.getByTestId('rubric-issues')).toContainText('各评分项分值合计 85 分，应等于总分 100 分')
  await page.getByTestId('weight-timeliness').fill('30')
  await expect(page.getByTestId('rubric-ok')).toBeVisible()
  await expect.poll(() => ranking(page)).not.toEqual(before)
  const after = await ranking(page)
  await shot(page, 'score-reweighted')

  await expect(page.getByTestId('rubric-saved')).toBeVisible()
  await page.reload()
  await waitForStart(page)
  await expect(page.getByTestId('weight-timeliness')).toHaveValue('30')
  await expect(page.getByTestId('weight-proactive')).toHaveValue('0')
  await expect.poll(() => ranking(page)).toEqual(after)
})

test('adjustments need a reason, and the leaderboard exports to Excel with numbers and no formulas', async ({ page }, info) => {
  await openScore(page)
  const first = page.getByTestId('leaderboard-row').first()
  const unit = (await first.getAttribute('data-unit'))!
  const total = Number(await first.getByTestId('total').textContent())

  await page.getByTestId('adjust-unit').selectOption(unit)
  await page.getByTestId('adjust-points').fill('-5')
  await page.getByTestId('adjust-add').click()
  await expect(page.getByTestId('adjust-error')).toContainText('必须填写理由')
  await page.getByTestId('adjust-reason').fill('=未按要求报送纸质稿')
  await page.getByTestId('adjust-add').click()
  const row = page.locator(`[data-testid=leaderboard-row][data-unit="${unit}"]`)
  await expect(row.getByTestId('total')).toHaveText(String(Math.round((total - 5) * 100) / 100))

  await row.getByTestId('show-breakdown').click()
  await expect(page.getByTestId('breakdown')).toContainText('人工调整')
  await shot(page, 'score-breakdown')

  const download = page.waitForEvent('download')
  await page.getByTestId('export-xlsx').click()
  const file = info.outputPath('ranking.xlsx')
  await (await download).saveAs(file)
  const files = unzipSync(new Uint8Array(readFileSync(file)))
  const xml = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]))
  expect(xml['xl/workbook.xml']).toContain('name="考评排名"')
  expect(xml['xl/workbook.xml']).toContain('name="得分明细"')
  for (const text of Object.values(xml)) expect(text).not.toMatch(/<f[ >]/)
  const strings = xml['xl/sharedStrings.xml'] ?? ''
  expect(strings + xml['xl/worksheets/sheet1.xml']).toContain(unit)
  expect(strings + xml['xl/worksheets/sheet1.xml']).toContain("'=未按要求报送纸质稿")
  expect(xml['xl/worksheets/sheet1.xml']).toContain(`<v>${Math.round((total - 5) * 100) / 100}</v>`)
  expect(xml['xl/worksheets/sheet1.xml']).toContain('<v>-5</v>')
})

test('two raters score differently, the screen shows the difference and the average, and a rubric file round-trips', async ({ page }, info) => {
  await openScore(page)
  const first = page.getByTestId('leaderboard-row').first()
  const unit = (await first.getAttribute('data-unit'))!
  const total = Number(await first.getByTestId('total').textContent())
  for (const name of ['张委员', '李委员']) {
    await page.getByTestId('rater-name').fill(name)
    await page.getByTestId('rater-add').click()
  }
  await page.getByTestId('rater-current').selectOption('张委员')
  await first.getByTestId('show-breakdown').click()
  const arithmetic = page.getByTestId('raters').locator('label', { hasText: '数据准确' }).locator('input')
  await arithmetic.fill('0')
  await arithmetic.press('Tab')
  const diff = page.getByTestId('rater-differences').locator('tr', { hasText: unit })
  await expect(diff).toBeVisible()
  await expect(page.getByTestId('rater-differences')).toBeVisible()
  const arithmeticPoints = await page.getByTestId('breakdown').locator('tr', { hasText: '数据准确' }).locator('td.num').textContent()
  const lost = Number(arithmeticPoints!.split('/')[0])
  const expected = Math.round((total - lost / 2) * 100) / 100
  await expect(page.locator(`[data-testid=leaderboard-row][data-unit="${unit}"]`).getByTestId('total')).toHaveText(String(expected))
  await shot(page, 'score-raters')

  await page.getByTestId('weight-channels').fill('10')
  await page.getByTestId('weight-applications').fill('0')
  await page.getByTestId('rubric-name').fill('县考评细则2024')
  await expect(page.getByTestId('rubric-ok')).toBeVisible()
  const download = page.waitForEvent('download')
  await page.getByTestId('export-rubric').click()
  const file = info.outputPath('rubric.json')
  await (await download).saveAs(file)
  expect(JSON.parse(readFileSync(file, 'utf8')).rubric.name).toBe('县考评细则2024')

  await page.getByRole('button', { name: '恢复默认' }).click()
  await expect(page.getByTestId('weight-channels')).toHaveValue('5')
  await page.getByTestId('import-rubric').setInputFiles(file)
  await expect(page.getByTestId('library-message')).toContainText('已导入「县考评细则2024」')
  await expect(page.getByTestId('weight-channels')).toHaveValue('10')
})
