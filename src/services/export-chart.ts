// Chart images for meetings: PNG from a canvas instance (2×, white), SVG from server-side rendering, both
// framed with title, county/year/filter, data source and counting basis (TOOLCHAIN.md gotchas).
import '../charts/setup.ts'
import { init, use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import { GraphicComponent } from 'echarts/components'
import type { EChartsOption } from 'echarts'
import { buildExportFrameOption, FRAME_BOTTOM, FRAME_TOP, type ChartExportMeta } from '../charts/options/export-frame.ts'

use([SVGRenderer, GraphicComponent])

export interface ChartSize { width: number; height: number }

/** The size of the exported image: the chart's size plus room for the title block and footnotes. */
export function exportSize(size: ChartSize): ChartSize {
  return { width: Math.max(720, Math.round(size.width)), height: Math.round(size.height) + FRAME_TOP + FRAME_BOTTOM }
}

/** The framed chart as an SVG document (vector text). */
export function renderChartSvg(option: EChartsOption, meta: ChartExportMeta, size: ChartSize): string {
  const { width, height } = exportSize(size)
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height })
  try {
    chart.setOption(buildExportFrameOption(option, meta))
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}

/** The framed chart as a PNG at 2× on white, drawn by an off-screen canvas instance. */
export async function renderChartPng(option: EChartsOption, meta: ChartExportMeta, size: ChartSize): Promise<Blob> {
  const { width, height } = exportSize(size)
  const host = document.createElement('div')
  host.style.cssText = `position:fixed;left:-20000px;top:0;width:${width}px;height:${height}px`
  document.body.appendChild(host)
  const chart = init(host, null, { renderer: 'canvas', width, height })
  try {
    chart.setOption(buildExportFrameOption(option, meta))
    const url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' })
    return await (await fetch(url)).blob()
  } finally {
    chart.dispose()
    host.remove()
  }
}
