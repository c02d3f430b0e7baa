import { readdirSync } from 'node:fs'
import { test, expect } from '@playwright/test'
import { DEV, openDataView, shot } from './helpers.ts'

test('imports a whole folder with the folder picker, taking only report files', async ({ page }) => {
  await openDataView(page, true)
  const reports = readdirSync(DEV).filter((f) => /\.(txt|html|docx|pdf)$/.test(f))
  await page.getByTestId('folder-input').setInputFiles(DEV)
  await expect(page.getByTestId('result-row')).toHaveCount(reports.length, { timeout: 45_000 })
  await expect(page.getByTestId('import-progress')).toHaveCount(0, { timeout: 45_000 })
  const names = await page.locator('[data-testid=result-row] td:first-child').allTextContents()
  expect(names.some((n) => n.endsWith('.json') || n.endsWith('.md'))).toBe(false)
  const done = await page.locator('[data-testid=result-row][data-outcome=imported]').count()
  expect(done).toBeGreaterThanOrEqual(reports.length - 4)
  await shot(page, 'data-folder-import')
})
