import type { EChartsOption } from 'echarts'
import type { ApplicationMetrics } from '../../core/compare/unit-metrics.ts'
import { APPLICATION_LABELS } from '../../core/model/labels.ts'
import { unitAxis, withBase } from './common.ts'

export interface ApplicationsRow { unit: string; applications: ApplicationMetrics | null }

const RECEIVED = ['new', 'carryIn'] as const
const HANDLED = ['open', 'partial', 'deny', 'unable', 'noproc', 'other', 'carryOut'] as const

/** Applications per unit: received (新收 + 上年结转) beside how they were handled (results + 结转). */
export function buildApplicationsOption(rows: readonly ApplicationsRow[]): EChartsOption {
  const units = rows.map((r) => r.unit)
  const series = (keys: readonly (keyof ApplicationMetrics)[], stack: string) =>
    keys.map((k) => ({ type: 'bar' as const, stack, name: APPLICATION_LABELS[k], data: rows.map((r) => r.applications?.[k] ?? null) }))
  return withBase({
    ...unitAxis(units),
    grid: { left: 110, right: 40, top: 70, bottom: 30 },
    legend: { type: 'scroll', top: 0 },
    xAxis: { type: 'value', name: '件', minInterval: 1 },
    series: [...series(RECEIVED, 'received'), ...series(HANDLED, 'handled')],
  }, '各单位依申请公开：收到的申请与办理结果')
}
