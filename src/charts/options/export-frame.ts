import type { EChartsOption } from 'echarts'
import { CHART_FONT_FAMILY } from '../theme.ts'

/** What an exported chart says about itself: title, county/year/filter, data source and counting basis. */
export interface ChartExportMeta {
  title: string
  county: string
  year: number | string
  /** Filters applied, e.g. 「全部单位」 or 「仅乡镇」. */
  filters?: string
  /** @default '数据来源：各单位政府信息公开工作年度报告，经 nianbao 解析' */
  source?: string
  /** The counting-basis note (口径说明). */
  basisNote?: string
}

export const DEFAULT_SOURCE = '数据来源：各单位政府信息公开工作年度报告，经 nianbao 解析'
export const DEFAULT_BASIS_NOTE = '口径说明：主动公开条数为各报告自述，统计口径（仅网站或含微信、公开栏等）因单位而异，不宜直接比较绝对数。'
/** Space the title block takes above the chart and the footnotes below it. */
export const FRAME_TOP = 64
export const FRAME_BOTTOM = 52

type Box = Record<string, unknown>
const shift = (v: unknown, by: number) => (typeof v === 'number' ? v + by : by)

/** The subtitle line: county, year and filters. */
export function frameSubtitle(meta: ChartExportMeta): string {
  return [meta.county, `${meta.year}年度`, meta.filters].filter(Boolean).join(' · ')
}

/**
 * Wraps a chart option for export: a title and subtitle on top, source and counting-basis lines at the
 * bottom, the grid and legend moved to make room, a white background, no animation.
 */
export function buildExportFrameOption(option: EChartsOption, meta: ChartExportMeta): EChartsOption {
  const grid = (Array.isArray(option.grid) ? option.grid[0] : option.grid) as Box | undefined
  const legend = (Array.isArray(option.legend) ? option.legend[0] : option.legend) as Box | undefined
  const font = { fontFamily: CHART_FONT_FAMILY }
  return {
    ...option,
    backgroundColor: '#ffffff',
    animation: false,
    title: {
      text: meta.title, subtext: frameSubtitle(meta), left: 'center', top: 8,
      textStyle: { ...font, fontSize: 18, fontWeight: 'bold', color: '#111' }, subtextStyle: { ...font, fontSize: 12, color: '#444' },
    },
    legend: legend ? { ...legend, top: shift(legend.top, FRAME_TOP) } : undefined,
    grid: { ...(grid ?? {}), top: shift(grid?.top, FRAME_TOP), bottom: shift(grid?.bottom, FRAME_BOTTOM), containLabel: Boolean(grid?.containLabel) },
    dataZoom: [],
    graphic: [
      { type: 'text', left: 12, bottom: 26, style: { text: meta.source ?? DEFAULT_SOURCE, fill: '#555', font: `11px ${CHART_FONT_FAMILY}` } },
      { type: 'text', left: 12, bottom: 8, style: { text: meta.basisNote ?? DEFAULT_BASIS_NOTE, fill: '#555', font: `11px ${CHART_FONT_FAMILY}` } },
    ],
  }
}
