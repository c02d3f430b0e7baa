// Imports cut short in the real app: a reload in the middle of 1,000 files, and a full disk. What was
// committed is whole (every report with its text), the rest can be imported again, nothing is half written.
import { test, expect } from '@playwright/test'
import { join } from 'node:path'
import { makeCountyFiles, openDataView, SHOTS, storedCount } from './helpers.ts'
import { readDbState } from './fault-helpers.ts'

const CHUNK = 500

test('a reload in the middle of 1,000 files leaves whole chunks, and importing again completes the set', async ({ page }) => {
  test.setTimeout(180_000)
  await openDataView(page)
  const before = (await readDbState(page)).reports.length
  // 50 counties of 20 towns: county-sized sets, as a province import would bring (the cross-report rules
  // compare the reports of one county with each other).
  const county = (c: number) => `${'东南西北中'[c % 5]}${'山川河湖林溪岭泉坪塘'[Math.floor(c / 5)]}县`
  const files = Array.from({ length: 50 }, (_, c) => makeCountyFiles(Array.from({ length: 20 }, (_, i) => `重${i + 1}镇`), [2023], county(c))).flat()
  await page.getByTestId('file-input').setInputFiles(files)
  await page.waitForFunction(() => {
    const m = /已完成 (\d+) \//.exec(document.querySelector('[data-testid=progress-count]')?.textContent ?? '')
    return m && Number(m[1]) >= 700
  }, undefined, { timeout: 120_000 })
  await page.reload()

  const cut = await readDbState(page)
  expect(cut.half).toEqual([])
  const kept = cut.reports.length - before
  expect([0, CHUNK]).toContain(kept)
  await expect.poll(async () => (await readDbState(page)).pending, { timeout: 60_000 }).toEqual([])

  await openDataView(page)
  await page.getByTestId('file-input').setInputFiles(files)
  if (kept) await page.getByTestId('replace-all').click()
  await expect(page.getByTestId('progress-count')).toBeVisible()
  await page.screenshot({ path: join(SHOTS, 'data-import-progress.png') })
  await expect(page.getByTestId('import-results')).toBeVisible({ timeout: 120_000 })
  await expect(page.getByTestId('import-progress')).toHaveCount(0, { timeout: 120_000 })
  const done = await readDbState(page)
  expect(done.half).toEqual([])
  expect(done.reports.length - before).toBe(1000)
  expect(done.pending).toEqual([])
})

test('a full disk is explained, nothing is written and the data survives a reload', async ({ page }) => {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((window as unknown as { __diskFull?: boolean }).__diskFull && this.name === 'textPacks') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return put.apply(this, args)
    }
  })
  await openDataView(page)
  const before = await readDbState(page)
  const count = await storedCount(page)
  await page.evaluate(() => ((window as unknown as { __diskFull: boolean }).__diskFull = true))
  await page.getByTestId('file-input').setInputFiles(makeCountyFiles(['满一镇', '满二镇'], [2023], '满盘县'))
  const failed = page.locator('[data-testid=result-row][data-outcome=failed]')
  await expect(failed).toHaveCount(2)
  await expect(failed.first()).toContainText('浏览器存储空间已满（QuotaExceededError），本批次未写入任何数据')
  expect(await storedCount(page)).toBe(count)
  await page.reload()
  expect(await readDbState(page)).toEqual(before)
})
