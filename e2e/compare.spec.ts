import { test, expect } from '@playwright/test'
import { makeCountyFiles, openDataView, shot } from './helpers.ts'

const UNITS = ['青山镇', '白水乡', '红岩街道', '石门镇', '柳林乡', '清河镇']

test('compares towns, switches years and shows a missing report as a gap in trends', async ({ page }) => {
  await openDataView(page, true)
  const files = makeCountyFiles(UNITS, [2021, 2022, 2023]).filter((f) => f.name !== '示范县-白水乡-2022.txt')
  await page.getByTestId('file-input').setInputFiles(files)
  await expect(page.locator('[data-testid=result-row][data-outcome=imported]')).toHaveCount(files.length)

  await page.goto('/overview?county=示范县&year=2023')
  await expect(page.getByTestId('headline')).toContainText('报送单位')
  await expect(page.getByTestId('headline')).toContainText(String(UNITS.length))
  await shot(page, 'overview')

  await page.getByRole('link', { name: '对比' }).click()
  await expect(page).toHaveURL(/\/compare\?county=.*&year=2023/)
  await expect(page.getByTestId('ranking-table').locator('tbody tr')).toHaveCount(UNITS.length)
  await expect(page.getByTestId('chart-note')).toContainText('统计口径不同')
  await expect(page.locator('canvas').first()).toBeVisible()
  await shot(page, 'compare-publication')

  await page.getByTestId('year-picker').selectOption('2022')
  await expect(page).toHaveURL(/year=2022/)
  await expect(page.getByTestId('ranking-table').locator('tbody tr')).toHaveCount(UNITS.length - 1)
  await page.getByRole('tab', { name: '依申请公开' }).click()
  await expect(page).toHaveURL(/tab=applications/)
  await shot(page, 'compare-applications')
  await page.getByRole('tab', { name: '渠道触达' }).click()
  await expect(page.getByTestId('chart-note')).toContainText('对数刻度')
  await shot(page, 'compare-reach')

  await page.getByRole('link', { name: '趋势' }).click()
  await expect(page.getByTestId('trend-table')).toContainText('缺报')
  await shot(page, 'trend')

  await page.reload()
  await expect(page.getByTestId('trend-table')).toContainText('缺报')
  await expect(page).toHaveURL(/\/trend\?county=.*&year=2022/)
})
