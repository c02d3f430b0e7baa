import type { EChartsOption } from 'echarts'
import type { ChannelCode } from '../../core/model/report.ts'
import { CHANNEL_LABELS } from '../../core/model/labels.ts'
import { unitAxis, withBase } from './common.ts'

export interface PublicationRow {
  unit: string
  /** The report's own stated total, null when it states none. */
  total: number | null
  byChannel: Partial<Record<ChannelCode, number>>
}
export interface PublicationInput { rows: PublicationRow[]; mode: 'total' | 'channel' }

/** The channels that occur in any row, in the model's order. */
export function channelsIn(rows: readonly PublicationRow[]): ChannelCode[] {
  const seen = new Set(rows.flatMap((r) => Object.keys(r.byChannel) as ChannelCode[]))
  return (Object.keys(CHANNEL_LABELS) as ChannelCode[]).filter((c) => seen.has(c))
}

/** Proactive publication per unit: the stated total, or the channel items stacked. */
export function buildPublicationOption(input: PublicationInput): EChartsOption {
  const units = input.rows.map((r) => r.unit)
  const grid = { left: 110, right: 40, top: 40, bottom: 30 }
  if (input.mode === 'total') {
    return withBase({
      ...unitAxis(units), grid,
      xAxis: { type: 'value', name: '条' },
      series: [{ type: 'bar', name: '主动公开总数（报告自述）', data: input.rows.map((r) => r.total), label: { show: true, position: 'right' } }],
    }, '各单位主动公开信息总数（报告自述）')
  }
  const channels = channelsIn(input.rows)
  return withBase({
    ...unitAxis(units), grid: { ...grid, top: 70 },
    legend: { type: 'scroll', top: 0 },
    xAxis: { type: 'value', name: '条' },
    series: channels.map((c) => ({
      type: 'bar', stack: 'channels', name: CHANNEL_LABELS[c],
      data: input.rows.map((r) => r.byChannel[c] ?? null),
    })),
  }, '各单位按渠道的主动公开条数')
}
