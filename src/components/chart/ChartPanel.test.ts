import { describe, expect, it, vi } from 'vitest'
import { h, nextTick } from 'vue'

vi.mock('vue-echarts', () => ({ default: { name: 'Echarts', render: () => h('div', { 'data-stub': 'Echarts' }) } }))
const { default: ChartPanel } = await import('./ChartPanel.vue')
const { mountComponent } = await import('../test-mount.ts')

describe('ChartPanel', () => {
  it('shows the chart, its title and the counting-basis note', async () => {
    const w = await mountComponent(ChartPanel, { title: '主动公开信息总数', option: {}, height: 300, note: '统计口径不同' })
    await nextTick()
    expect(w.el.querySelector('[data-stub=Echarts]')).not.toBeNull()
    expect(w.el.querySelector('h3')?.textContent).toBe('主动公开信息总数')
    expect(w.el.querySelector('[data-testid=chart-note]')?.textContent).toBe('统计口径不同')
    w.unmount()
  })
})
