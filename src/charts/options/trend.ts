import type { EChartsOption } from 'echarts'
import type { YearSeries } from '../../core/compare/year-series.ts'
import { withBase } from './common.ts'

/** The first report year of the 2021 template (国办公开办函〔2021〕30号). */
export const TEMPLATE_CHANGE_YEAR = 2021

export interface TrendInput { data: YearSeries; metricLabel: string }

/** One line per unit across years; a missing report is a gap (null), and the 2020→2021 template change is marked. */
export function buildTrendOption(input: TrendInput): EChartsOption {
  const years = input.data.years.map(String)
  const marksChange = input.data.years.includes(TEMPLATE_CHANGE_YEAR) && input.data.years.includes(TEMPLATE_CHANGE_YEAR - 1)
  return withBase({
    grid: { left: 60, right: 40, top: 70, bottom: 40 },
    legend: { type: 'scroll', top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'line' } },
    xAxis: { type: 'category', data: years, name: '年度' },
    yAxis: { type: 'value', name: input.metricLabel },
    series: input.data.series.map((s, i) => ({
      type: 'line', name: s.unit, data: s.values, connectNulls: false, showSymbol: true, symbolSize: 8,
      markLine: i === 0 && marksChange
        ? { symbol: 'none', silent: true, label: { formatter: '2021年起新格式', position: 'insideEndTop' }, lineStyle: { type: 'dashed', color: '#666' }, data: [{ xAxis: String(TEMPLATE_CHANGE_YEAR) }] }
        : undefined,
    })),
  }, `各单位${input.metricLabel}的年度变化；缺报年份为空缺`)
}
