import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { test, expect } from '@playwright/test'
import { devTextFiles, openDataView, shot, storedCount } from './helpers.ts'

test('imports dropped files and asks once before replacing the same reports', async ({ page }) => {
  await openDataView(page, true)
  const files = devTextFiles().slice(0, 6).map((p) => ({ name: basename(p), b64: readFileSync(p).toString('base64') }))
  const drop = async () => {
    const dt = await page.evaluateHandle((list) => {
      const data = new DataTransfer()
      for (const f of list) data.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name))
      return data
    }, files)
    await page.getByTestId('drop-zone').dispatchEvent('dragover', { dataTransfer: dt })
    await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: dt })
  }
  await drop()
  await expect(page.locator('[data-testid=result-row][data-outcome=imported]')).toHaveCount(files.length)
  expect(await storedCount(page)).toBe(files.length)

  await drop()
  await expect(page.getByTestId('replace-dialog')).toBeVisible()
  await expect(page.getByTestId('replace-dialog')).toContainText(`以下 ${files.length} 个文件`)
  await shot(page, 'data-replace-dialog')
  await page.getByTestId('replace-all').click()
  await expect(page.locator('[data-testid=result-row][data-outcome=replaced]')).toHaveCount(files.length)
  expect(await storedCount(page)).toBe(files.length)
})
