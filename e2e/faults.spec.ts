// Hostile and broken files in the real app: nothing runs, nothing is lost, every refusal says why in Chinese.
import { closeSync, openSync, ftruncateSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { test, expect } from '@playwright/test'
import { openDataView, storedCount } from './helpers.ts'
import { hostileHtmlReport, readDbState } from './fault-helpers.ts'

const SCANNED_PDF = resolve(dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/formats/scanned.pdf')

test('a hostile HTML report imports as text and nothing in it runs when it is shown', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await openDataView(page, true)
  const { unit, ...file } = hostileHtmlReport()
  await page.getByTestId('file-input').setInputFiles(file)
  await expect(page.locator('[data-testid=result-row][data-outcome=imported]')).toHaveCount(1)

  await page.goto(`/unit/${encodeURIComponent(unit)}?county=示例县&year=2023`)
  const source = page.getByTestId('source-text')
  await expect(source).toContainText('点此查看附件')
  await expect(source).toContainText('<img src=x onerror=')
  await expect(source.locator('img, script, svg, a, iframe')).toHaveCount(0)
  await expect(page.locator('main script, main img[src="x"], a[href^="javascript:"]')).toHaveCount(0)
  await source.getByText('点此查看附件').click()
  await page.waitForTimeout(300)
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined()
  expect(errors).toEqual([])
})

test('a 200 MB file is refused unread over the stated limit, in Chinese', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-big-'))
  const big = join(dir, '超大报告.txt')
  const fd = openSync(big, 'w')
  ftruncateSync(fd, 200 * 1024 * 1024)
  closeSync(fd)
  try {
    await openDataView(page)
    const before = await storedCount(page)
    await page.getByTestId('file-input').setInputFiles(big)
    const row = page.locator('[data-testid=result-row][data-outcome=failed]')
    await expect(row).toHaveCount(1)
    await expect(row).toContainText('文件过大（200 MB），超过单个文件 100 MB 的上限，未导入')
    expect(await storedCount(page)).toBe(before)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('a PDF without text and an empty file are refused with reasons, the data untouched', async ({ page }) => {
  await openDataView(page)
  const before = await readDbState(page)
  await page.getByTestId('file-input').setInputFiles([
    { name: 'scanned.pdf', mimeType: 'application/pdf', buffer: readFileSync(SCANNED_PDF) },
    { name: '空文件.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: '乱码.txt', mimeType: 'text/plain', buffer: Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 131) % 256)) },
  ])
  const failed = page.locator('[data-testid=result-row][data-outcome=failed]')
  await expect(failed).toHaveCount(3)
  await expect(failed.filter({ hasText: 'scanned.pdf' })).toContainText('OCR')
  await expect(failed.filter({ hasText: '空文件.txt' })).toContainText('文件为空')
  await expect(failed.filter({ hasText: '乱码.txt' })).toContainText('不是文本文件')
  expect(await readDbState(page)).toEqual(before)
})

test('a truncated or edited backup is refused with a reason and the current data stays', async ({ page }) => {
  await openDataView(page)
  const before = await readDbState(page)
  expect(before.reports.length).toBeGreaterThan(0)
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-download').click()])
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'))
  page.on('dialog', (d) => d.accept())

  await page.getByTestId('backup-restore').setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(text.slice(0, text.length >> 1)) })
  await expect(page.getByTestId('backup-error')).toContainText('未恢复：文件不完整或已损坏')
  const edited = text.replace(/共主动公开政府信息(\d)/, '共主动公开政府信息9$1')
  expect(edited).not.toBe(text)
  await page.getByTestId('backup-restore').setInputFiles({ name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(edited) })
  await expect(page.getByTestId('backup-error')).toContainText('已被修改或损坏')
  await page.reload()
  expect(await readDbState(page)).toEqual(before)
})
