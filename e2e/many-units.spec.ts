import { test, expect } from '@playwright/test'
import { makeCountyFiles, openDataView, shot } from './helpers.ts'

const FIRST = '青白红石柳清金银玉龙'
const SECOND = '山水岩林河岗'
const SUFFIX = ['镇', '乡', '街道']

test('the comparison stays readable with 60 units', async ({ page }) => {
  await openDataView(page, true)
  const units = Array.from({ length: 60 }, (_, i) => `${FIRST[i % 10]}${SECOND[Math.floor(i / 10)]}${SUFFIX[i % 3]}`)
  await page.getByTestId('file-input').setInputFiles(makeCountyFiles(units, [2023], '大县'))
  await expect(page.locator('[data-testid=result-row][data-outcome=imported]')).toHaveCount(60, { timeout: 30_000 })
  await page.goto('/compare?county=大县&year=2023')
  await expect(page.getByTestId('ranking-table').locator('tbody tr')).toHaveCount(60)
  // The chart grows to a row per unit once it has drawn them (it may draw the table first).
  await expect.poll(async () => (await page.locator('canvas').first().boundingBox())?.height ?? 0).toBeGreaterThan(60 * 20)
  await shot(page, 'compare-60-units')
  await page.getByTestId('mode-picker').selectOption('channel')
  await expect(page).toHaveURL(/mode=channel/)
  await shot(page, 'compare-60-units-channels')
  await page.getByRole('tab', { name: '依申请公开' }).click()
  await shot(page, 'compare-60-units-applications')
})
