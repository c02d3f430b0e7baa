import { beforeEach, describe, expect, it, vi } from 'vitest'
import { importFiles } from '../services/import-files.ts'
import { analyzed, fakeParser, inputs, resetDb } from '../services/test-helpers.ts'
import { db } from '../db/index.ts'
import OverviewView from './OverviewView.vue'
import { mountComponent } from '../components/test-mount.ts'

describe('OverviewView', () => {
  beforeEach(async () => {
    await resetDb()
    await db.settings.put({ key: 'units:示例县', value: ['青禾镇', '白水乡', '红岩街道'] })
    const table = {
      'a.txt': [analyzed('a.txt')],
      'b.txt': [analyzed('b.txt', (r) => { r.unit = '白水乡'; r.narrative.proactiveTotal = null })],
    }
    await importFiles(inputs('a.txt', 'b.txt'), { parser: fakeParser(table) })
  })

  it('shows reporting and missing units and does not count an unstated total', async () => {
    const w = await mountComponent(OverviewView, {}, '/overview?county=示例县&year=2023')
    await vi.waitFor(() => expect(w.el.querySelector('[data-testid=headline]')?.textContent).toContain('红岩街道'))
    const headline = w.el.querySelector('[data-testid=headline]')!.textContent!
    expect(headline).toMatch(/报送单位\s*2/)
    expect(headline).toMatch(/缺报单位\s*1/)
    expect(headline).toContain('另有 1 个单位未写总数')
    w.unmount()
  })
})
