import { test, expect } from '@playwright/test'
import { SEED, devTextFiles, openDataView, progressSeen, shot, storedCount, watchProgress } from './helpers.ts'

test('imports the dev corpus with the file picker, shows progress and per-file results, keeps them after reload', async ({ page }) => {
  await openDataView(page, true)
  const files = [...devTextFiles(), SEED]
  await watchProgress(page)
  await page.getByTestId('file-input').setInputFiles(files)
  const rows = page.getByTestId('result-row')
  await expect(rows).toHaveCount(files.length, { timeout: 30_000 })
  await expect(page.getByTestId('import-progress')).toHaveCount(0)
  const seen = await progressSeen(page)
  expect(seen.some((t) => new RegExp(`已完成 \\d+ / ${files.length} 个文件`).test(t))).toBe(true)
  const imported = await page.locator('[data-testid=result-row][data-outcome=imported]').count()
  expect(imported).toBeGreaterThanOrEqual(files.length - 2)
  for (const failed of await page.locator('[data-testid=result-row][data-outcome=failed] td:nth-child(3)').allTextContents()) {
    expect(failed).toMatch(/[\u4e00-\u9fa5]/)
  }
  await shot(page, 'data-after-import')
  const count = await storedCount(page)
  expect(count).toBe(imported)

  await page.reload()
  await expect(page.getByTestId('county-picker')).toBeVisible()
  await expect.poll(() => storedCount(page)).toBe(count)
  const counties = await page.getByTestId('county-picker').locator('option').allTextContents()
  expect(counties).toContain('封丘县')
  expect(counties).toContain('东城区')
})
