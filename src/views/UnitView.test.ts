import { beforeEach, describe, expect, it, vi } from 'vitest'
import { importFiles } from '../services/import-files.ts'
import { analyzed, fakeParser, inputs, resetDb } from '../services/test-helpers.ts'
import UnitView from './UnitView.vue'
import { mountComponent } from '../components/test-mount.ts'

describe('UnitView', () => {
  beforeEach(async () => {
    await resetDb()
    const table = { 'a.txt': [analyzed('a.txt')], 'b.txt': [analyzed('b.txt', (r) => { r.year = 2021 })] }
    await importFiles(inputs('a.txt', 'b.txt'), { parser: fakeParser(table) })
  })

  it('renders the tables and highlights the source of a clicked number', async () => {
    const w = await mountComponent(UnitView, {}, '/unit/青禾镇?county=示例县&year=2023')
    await vi.waitFor(() => expect(w.el.querySelector('[data-path="t3.tot.new"]')).not.toBeNull())
    expect(w.el.querySelector('[data-testid=table-three]')?.textContent).toContain('一、本年新收政府信息公开申请数量')
    expect(w.el.querySelectorAll('[data-testid=unit-years] tbody tr')).toHaveLength(3)
    expect(w.el.querySelector('[data-testid=unit-years]')?.textContent).toContain('缺报')
    ;(w.el.querySelector('[data-path="t3.tot.new"]') as HTMLButtonElement).click()
    await vi.waitFor(() => expect(w.router.currentRoute.value.query.path).toBe('t3.tot.new'))
    await vi.waitFor(() => expect(w.el.querySelector('[data-testid=source-mark]')?.textContent).toBe('青禾镇'))
    expect(w.el.querySelector('[data-testid=correction-panel]')?.textContent).toContain('t3.tot.new')
    w.unmount()
  })
})
