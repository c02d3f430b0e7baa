import { test, expect } from '@playwright/test'
import { makeCountyFiles, openDataView, shot, storedCount } from './helpers.ts'

test('cancelling an import halfway writes nothing of it', async ({ page }) => {
  await openDataView(page, true)
  await page.getByTestId('file-input').setInputFiles(makeCountyFiles(['青山镇'], [2022]))
  await expect(page.locator('[data-testid=result-row][data-outcome=imported]')).toHaveCount(1)
  const before = await storedCount(page)

  // Fewer than ROWS_PER_COMMIT (500) reports: the batch is one all-or-nothing transaction.
  const units = Array.from({ length: 400 }, (_, i) => `测试${i + 1}镇`)
  await page.getByTestId('file-input').setInputFiles(makeCountyFiles(units, [2023], '取消县'))
  await page.waitForFunction(() => {
    const m = /已完成 (\d+) \//.exec(document.querySelector('[data-testid=progress-count]')?.textContent ?? '')
    return m && Number(m[1]) >= 20
  })
  await shot(page, 'data-import-progress')
  await page.getByTestId('cancel-import').click()
  await expect(page.getByTestId('import-progress')).toHaveCount(0)
  await expect(page.getByText('导入已取消：本批次没有写入任何数据')).toBeVisible()
  await expect(page.locator('[data-testid=result-row][data-outcome=cancelled]')).toHaveCount(400)
  expect(await storedCount(page)).toBe(before)
  await page.reload()
  await expect.poll(() => storedCount(page)).toBe(before)
  expect(await page.getByTestId('county-picker').locator('option').allTextContents()).not.toContain('取消县')
})
