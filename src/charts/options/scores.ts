import type { EChartsOption } from 'echarts'
import { unitAxis, withBase } from './common.ts'

export interface ScoresRow { unit: string; total: number; grade: string; rank: number }
export interface ScoresInput { rows: ScoresRow[]; scale: number; grades: { label: string; min: number }[] }

const GRADE_COLORS = ['#009E73', '#0072B2', '#E69F00', '#D55E00', '#999999']

/** Total score per unit in rank order, coloured by grade, with the grade cut-offs as dashed lines. */
export function buildScoresOption(input: ScoresInput): EChartsOption {
  const labels = [...input.grades.map((g) => g.label), ...new Set(input.rows.map((r) => r.grade))]
  const colorOf = (grade: string) => GRADE_COLORS[Math.min(labels.indexOf(grade), GRADE_COLORS.length - 1)]
  return withBase({
    ...unitAxis(input.rows.map((r) => `${r.rank}. ${r.unit}`)),
    grid: { left: 130, right: 120, top: 30, bottom: 30 },
    xAxis: { type: 'value', name: '分', min: 0, max: input.scale },
    series: [{
      type: 'bar', name: '总分',
      data: input.rows.map((r) => ({ value: r.total, itemStyle: { color: colorOf(r.grade) } })),
      label: { show: true, position: 'right', formatter: (p: unknown) => {
        const { dataIndex } = p as { dataIndex: number }
        const r = input.rows[dataIndex]
        return `${r.total}（${r.grade}）`
      } },
      markLine: {
        symbol: 'none', silent: true, lineStyle: { type: 'dashed', color: '#666' },
        label: { formatter: '{b}', position: 'start', color: '#444' },
        data: input.grades.map((g) => ({ name: `${g.label} ${g.min}`, xAxis: g.min })),
      },
    }],
  }, '各单位考评总分与等次，按名次排列')
}
