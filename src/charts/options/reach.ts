import type { EChartsOption } from 'echarts'
import type { ReachFigure } from '../../core/compare/unit-metrics.ts'
import type { ChannelCode } from '../../core/model/report.ts'
import { CHANNEL_LABELS, REACH_METRIC_LABELS } from '../../core/model/labels.ts'
import { formatExact, unitAxis, withBase } from './common.ts'

export interface ReachRow { unit: string; reach: ReachFigure[] }

/** True when positive values span two or more orders of magnitude, so a log axis reads better. */
export function needsLogScale(values: readonly number[]): boolean {
  const pos = values.filter((v) => v > 0)
  return pos.length > 1 && Math.max(...pos) / Math.min(...pos) >= 100
}

/** Channel reach per unit (reads, visits, followers …), one series per channel, log scale when needed. */
export function buildReachOption(rows: readonly ReachRow[]): EChartsOption {
  const channels = (Object.keys(CHANNEL_LABELS) as ChannelCode[]).filter((c) => rows.some((r) => r.reach.some((f) => f.channel === c)))
  const pick = (r: ReachRow, c: ChannelCode) => r.reach.find((f) => f.channel === c) ?? null
  const log = needsLogScale(rows.flatMap((r) => r.reach.map((f) => f.value)))
  return withBase({
    ...unitAxis(rows.map((r) => r.unit)),
    grid: { left: 110, right: 40, top: 70, bottom: 40 },
    legend: { type: 'scroll', top: 0 },
    xAxis: log ? { type: 'log', name: '对数刻度', logBase: 10 } : { type: 'value' },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const { seriesName, name, data } = p as { seriesName: string; name: string; data: { value: number; metric: string } }
        return `${name}<br/>${seriesName}：${formatExact(data.value)}（${data.metric}）`
      },
    },
    series: channels.map((c) => ({
      type: 'bar', name: CHANNEL_LABELS[c],
      data: rows.map((r) => {
        const f = pick(r, c)
        return f && f.value > 0 ? { value: f.value, metric: REACH_METRIC_LABELS[f.metric] } : { value: null, metric: '' }
      }),
    })),
  }, '各单位各渠道的阅读量、访问量、粉丝数等触达数据')
}
