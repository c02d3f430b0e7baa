import type { EChartsOption } from 'echarts'
import type { Severity } from '../../core/model/finding.ts'
import { SEVERITY_LABELS } from '../../core/model/labels.ts'
import { unitAxis, withBase } from './common.ts'

export interface FindingsRow { unit: string; counts: Record<Severity, number> }

const SEVERITIES: Severity[] = ['ERROR', 'WARN', 'INFO']
const SEVERITY_COLORS: Record<Severity, string> = { ERROR: '#D55E00', WARN: '#E69F00', INFO: '#56B4E9' }

/** Findings per unit, stacked by severity (错误, 警示, 提示). */
export function buildFindingsOption(rows: readonly FindingsRow[]): EChartsOption {
  return withBase({
    ...unitAxis(rows.map((r) => r.unit)),
    grid: { left: 110, right: 40, top: 40, bottom: 30 },
    legend: { top: 0 },
    xAxis: { type: 'value', name: '条', minInterval: 1 },
    series: SEVERITIES.map((s) => ({
      type: 'bar', stack: 'findings', name: SEVERITY_LABELS[s], itemStyle: { color: SEVERITY_COLORS[s] },
      data: rows.map((r) => r.counts[s]),
    })),
  }, '各单位检查发现的问题数，按错误、警示、提示分列')
}
