import { test, expect } from '@playwright/test'
import { join } from 'node:path'
import { makeCountyFiles, openDataView, SHOTS, storedCount } from './helpers.ts'

test('cancelling an import halfway writes nothing of it', async ({ page }) => {
  await openDataView(page, true)
  await page.getByTestId('file-input').setInputFiles(makeCountyFiles(['青山镇'], [2022]))
  await expect(page.locator('[data-testid=result-row][data-outcome=imported]')).toHaveCount(1)
  const before = await storedCount(page)

  // Fewer than ROWS_PER_COMMIT (500) reports: the batch is one all-or-nothing transaction.
  const units = Array.from({ length: 400 }, (_, i) => `测试${i + 1}镇`)
  await page.getByTestId('file-input').setInputFiles(makeCountyFiles(units, [2023], '取消县'))
  // Cancelled in the same frame that shows 20 done: 400 files parse in well under a second, too soon for
  // a click from outside the page to land reliably before the batch commits.
  await page.waitForFunction(() => {
    const m = /已完成 (\d+) \//.exec(document.querySelector('[data-testid=progress-count]')?.textContent ?? '')
    if (!m || Number(m[1]) < 20) return false
    document.querySelector<HTMLButtonElement>('[data-testid=cancel-import]')!.click()
    return true
  }, undefined, { polling: 'raf' })
  await expect(page.getByTestId('import-progress')).toHaveCount(0)
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: join(SHOTS, 'data-import-cancelled.png') })
  await expect(page.getByText('导入已取消：本批次没有写入任何数据')).toBeVisible()
  await expect(page.locator('[data-testid=result-row][data-outcome=cancelled]')).toHaveCount(400)
  expect(await storedCount(page)).toBe(before)
  await page.reload()
  await expect.poll(() => storedCount(page)).toBe(before)
  expect(await page.getByTestId('county-picker').locator('option').allTextContents()).not.toContain('取消县')
})
