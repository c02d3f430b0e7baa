import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { importFiles } from '../services/import-files.ts'
import { analyzed, fakeParser, inputs, resetDb } from '../services/test-helpers.ts'
import { parseReport } from '../core/parse/parse-report.ts'
import type { AnalyzedFile } from '../worker/protocol.ts'
import type { ReportRecord } from '../core/model/report.ts'
import { analyzedReport } from '../worker/analyze-file.ts'
import UnitView from './UnitView.vue'
import { mountComponent } from '../components/test-mount.ts'

/** A real demo report as the worker answers it: record and text, no spans (the view parses the text again). */
function demoReport(name: string): AnalyzedFile {
  const parsed = parseReport(readFileSync(join(import.meta.dirname, '../../data/demo', name), 'utf8'), { fileName: name })
  if (!parsed.ok) throw new Error(parsed.error)
  return analyzedReport(name, 'txt', parsed)
}

describe('UnitView', () => {
  const real = demoReport('云栖乡-2023.txt')
  beforeEach(async () => {
    await resetDb()
    const table = { 'a.txt': [real], 'b.txt': [analyzed('b.txt', (r) => { r.year = 2021; r.unit = '云栖乡' })] }
    await importFiles(inputs('a.txt', 'b.txt'), { parser: fakeParser(table) })
  })

  it('renders the tables and highlights the source of a clicked number', async () => {
    if (!real.ok) throw new Error(real.error)
    const w = await mountComponent(UnitView, {}, '/unit/云栖乡?county=示例县&year=2023')
    await vi.waitFor(() => expect(w.el.querySelector('[data-path="t3.tot.new"]')).not.toBeNull())
    expect(w.el.querySelector('[data-testid=table-three]')?.textContent).toContain('一、本年新收政府信息公开申请数量')
    expect(w.el.querySelectorAll('[data-testid=unit-years] tbody tr')).toHaveLength(3)
    expect(w.el.querySelector('[data-testid=unit-years]')?.textContent).toContain('缺报')
    ;(w.el.querySelector('[data-path="t3.tot.new"]') as HTMLButtonElement).click()
    await vi.waitFor(() => expect(w.router.currentRoute.value.query.path).toBe('t3.tot.new'))
    await vi.waitFor(() => expect(w.el.querySelector('[data-testid=source-mark]')?.textContent).toBe(String((JSON.parse(real.parsed.recordJson) as ReportRecord).t3!.tot.new)))
    expect(w.el.querySelector('[data-testid=correction-panel]')?.textContent).toContain('t3.tot.new')
    w.unmount()
  })
})
