import { readFileSync, writeFileSync } from 'node:fs'
import { test, expect } from '@playwright/test'
import { makeCountyFiles, openDataView, storedCount } from './helpers.ts'

test('backs up to one file, restores it after deleting everything, and refuses a truncated file', async ({ page }, info) => {
  await openDataView(page, true)
  await page.getByTestId('file-input').setInputFiles(makeCountyFiles(['青山镇', '白水乡'], [2022, 2023]))
  await expect(page.locator('[data-testid=result-row][data-outcome=imported]')).toHaveCount(4)

  const download = page.waitForEvent('download')
  await page.getByTestId('backup-download').click()
  const file = info.outputPath('backup.json')
  await (await download).saveAs(file)
  await expect(page.getByTestId('last-backup')).not.toContainText('从未备份')

  page.on('dialog', (d) => d.accept())
  await page.getByTestId('delete-all').click()
  await expect.poll(() => storedCount(page)).toBe(0)

  const truncated = info.outputPath('truncated.json')
  writeFileSync(truncated, readFileSync(file, 'utf8').slice(0, -100))
  await page.getByTestId('backup-restore').setInputFiles(truncated)
  await expect(page.getByTestId('backup-error')).toContainText('不完整')
  expect(await storedCount(page)).toBe(0)

  await page.getByTestId('backup-restore').setInputFiles(file)
  await expect(page.getByTestId('backup-message')).toContainText('已恢复 4 份报告')
  await expect.poll(() => storedCount(page)).toBe(4)
})
