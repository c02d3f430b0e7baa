import type { EChartsOption } from 'echarts'
import { CHART_FONT_FAMILY, CHART_PALETTE } from '../theme.ts'

/** Pixels per unit row in horizontal bar charts, so 60 units stay readable. */
export const ROW_HEIGHT = 26

/** Up to this many units are drawn at full height; beyond it a slider scrolls through them. */
export const MAX_VISIBLE_ROWS = 60

/** The height a horizontal bar chart of n categories needs. */
export function chartHeightFor(categories: number, extra = 110): number {
  return Math.max(260, Math.min(categories, MAX_VISIBLE_ROWS) * ROW_HEIGHT + extra)
}

/** Exact number for tooltips and tables; a missing value says so instead of 0. */
export function formatExact(v: unknown): string {
  return typeof v === 'number' && Number.isFinite(v) ? v.toLocaleString('zh-CN') : '无数据'
}

/** What every chart shares: the CJK font, the palette, aria with decals, exact-value tooltips. */
export function withBase(option: EChartsOption, ariaDescription: string): EChartsOption {
  return {
    color: CHART_PALETTE,
    textStyle: { fontFamily: CHART_FONT_FAMILY },
    aria: { enabled: true, label: { description: ariaDescription }, decal: { show: true } },
    animation: false,
    ...option,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: formatExact, ...(option.tooltip as object) },
  }
}

/** Horizontal category axis of unit names, with wheel/drag zoom when there are many. */
export function unitAxis(units: string[]): Pick<EChartsOption, 'yAxis' | 'dataZoom'> {
  return {
    yAxis: { type: 'category', data: units, inverse: true, axisLabel: { interval: 0, width: 96, overflow: 'truncate' } },
    dataZoom: units.length > MAX_VISIBLE_ROWS
      ? [{ type: 'slider', yAxisIndex: 0, right: 4, width: 16, startValue: 0, endValue: MAX_VISIBLE_ROWS - 1, zoomLock: true }]
      : [],
  }
}
