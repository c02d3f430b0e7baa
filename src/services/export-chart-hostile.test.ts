// The 会议材料 page inlines chart SVG (v-html). Unit names come from report files, so the SVG text must
// be escaped by ECharts: a hostile name stays text, never markup.
import { describe, expect, it } from 'vitest'
import { renderChartSvg } from './export-chart.ts'

const HOSTILE = '<img src=x onerror="window.__xss=1">镇'

describe('renderChartSvg', () => {
  it('escapes hostile unit names and titles into text', () => {
    const svg = renderChartSvg(
      { xAxis: { type: 'category', data: [HOSTILE, '青禾镇'] }, yAxis: { type: 'value' }, series: [{ type: 'bar', data: [3, 4] }] },
      { title: `<script>window.__xss=2</script>对比`, county: '示例县', year: 2023 } as never,
      { width: 600, height: 300 },
    )
    expect(svg).not.toMatch(/<img|<script|onerror="/i)
    expect(svg).toContain('&lt;')
  })
})
