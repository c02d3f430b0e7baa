import { join } from 'node:path'
import { test, expect } from '@playwright/test'
import { DEV, openDataView, shot } from './helpers.ts'

// hainan-dingan-longhu-2023.html: 表三 has a planted V-T3-01 (新收 + 结转 ≠ 总计 + 结转下年度), see SOURCES.md.
const FILE = join(DEV, 'hainan-dingan-longhu-2023.html')

test('finds a planted finding in 问题清单 and clicks through to its highlighted source', async ({ page }) => {
  await openDataView(page)
  await page.getByTestId('file-input').setInputFiles(FILE)
  await expect(page.locator('[data-testid=result-row][data-outcome=imported]')).toHaveCount(1)

  await page.goto('/findings?county=定安县&year=2023')
  await expect(page.getByTestId('findings-row').first()).toBeVisible()
  await page.getByTestId('filter-rule').selectOption('V-T3-01')
  await expect(page.getByTestId('findings-row')).not.toHaveCount(0)
  await expect(page).toHaveURL(/rule=V-T3-01/)
  await shot(page, 'findings')
  await page.getByTestId('finding-link').first().click()

  await expect(page).toHaveURL(/\/unit\/.*finding=/)
  await expect(page.locator('[data-testid=finding-item][data-rule="V-T3-01"].active')).toHaveCount(1)
  const marks = page.getByTestId('source-mark')
  await expect(marks.first()).toBeVisible()
  await expect(marks.first()).toBeInViewport()
  await shot(page, 'unit-finding-source')

  await page.locator('[data-path="t3.tot.new"]').click()
  await expect(page).toHaveURL(/path=t3\.tot\.new/)
  await expect(marks).toHaveCount(1)
  await expect(page.getByTestId('correction-panel')).toContainText('t3.tot.new')
  await shot(page, 'unit-value-source')

  // Correct the misread value: the finding is recomputed from it, and the correction survives a reload.
  await page.getByTestId('correction-value').fill('2')
  await page.getByTestId('correction-who').fill('王科长')
  await page.getByTestId('correction-why').fill('核对原件，新收应为 2 件')
  await page.getByTestId('correction-save').click()
  await expect(page.locator('[data-path="t3.tot.new"]')).toHaveClass(/corrected/)
  await expect(page.getByTestId('correction-panel')).toContainText('王科长')
  await page.reload()
  await expect(page.locator('[data-path="t3.tot.new"]')).toHaveClass(/corrected/)
  await expect(page.locator('[data-testid=finding-item][data-rule="V-T3-01"]').filter({ hasText: '总计列' })).toHaveCount(0)
  await shot(page, 'unit-corrected')

  // Acknowledge a finding with a note: who/when/why are shown and kept.
  const item = page.locator('[data-testid=finding-item][data-rule="V-T3-02"]').first()
  await item.getByRole('button', { name: '确认并备注…' }).click()
  await item.getByLabel('确认人').fill('王科长')
  await item.getByLabel('说明').fill('已电话核实，报告笔误')
  await item.getByRole('button', { name: '保存' }).click()
  await expect(item).toContainText('已确认：已电话核实，报告笔误（王科长')
  await page.reload()
  await expect(page.locator('[data-testid=finding-item][data-rule="V-T3-02"]').first()).toContainText('已确认')
})
