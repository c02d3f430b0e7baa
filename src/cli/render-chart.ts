// Server-side chart rendering for the CLI: ECharts SSR to SVG, then resvg to PNG with a CJK font.
import * as echarts from 'echarts'
import { Resvg } from '@resvg/resvg-js'
import type { EChartsOption } from 'echarts'
import type { CjkFont } from './cjk-font.ts'

/** The chart as an SVG document (vector text), rendered without a browser. */
export function renderChartSvg(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })
  try {
    chart.setOption(option)
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}

/** An SVG as PNG at `scale` times its size on white; without a font, text is left out (used by tests to compare). */
export function renderSvgToPng(svg: string, font: CjkFont | null, scale = 2): Uint8Array {
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    fitTo: { mode: 'zoom', value: scale },
    font: font
      ? { fontFiles: [font.file], loadSystemFonts: false, defaultFontFamily: font.family, sansSerifFamily: font.family }
      : { loadSystemFonts: false },
  })
  return resvg.render().asPng()
}
