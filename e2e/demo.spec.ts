import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { test, expect } from '@playwright/test'
import { shot, waitForStart } from './helpers.ts'

/** Every report file of the bundled demo county (the JSON files beside them are its settings). */
const DEMO_REPORTS = readdirSync(fileURLToPath(new URL('../data/demo', import.meta.url))).filter((f) => !f.endsWith('.json')).length

test('a new user sees the demo county labelled 示例数据 and can clear it in one click', async ({ page }) => {
  await page.goto('/')
  await waitForStart(page)
  await expect(page.getByTestId('demo-banner')).toContainText('示例数据')
  await expect(page.getByTestId('demo-banner')).toContainText(`内置示例县的 ${DEMO_REPORTS} 份报告`)
  await expect(page).toHaveURL(/\/overview\?county=.+&year=\d{4}/)
  await expect(page.getByTestId('headline')).toBeVisible()
  await shot(page, 'demo-overview')
  for (const [name, file] of [['对比', 'demo-compare'], ['趋势', 'demo-trend'], ['单位详情', 'demo-unit'], ['问题清单', 'demo-findings'], ['数据管理', 'demo-data']] as const) {
    await page.getByRole('link', { name, exact: true }).click()
    await expect(page.getByRole('heading', { level: 2 })).toContainText(name)
    await shot(page, file)
  }
  await page.getByRole('link', { name: '对比', exact: true }).click()
  await page.getByTestId('mode-picker').selectOption('channel')
  await expect(page).toHaveURL(/mode=channel/)
  await shot(page, 'demo-compare-channels')
  await page.getByRole('tab', { name: '渠道触达' }).click()
  await shot(page, 'demo-compare-reach')
  await page.getByRole('tab', { name: '依申请公开' }).click()
  await shot(page, 'demo-compare-applications')
  await page.getByTestId('clear-demo').click()
  await expect(page.getByTestId('demo-banner')).toHaveCount(0)
  await page.reload()
  await waitForStart(page)
  await expect(page.getByTestId('demo-banner')).toHaveCount(0)
})
