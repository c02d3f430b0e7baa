import { ref } from 'vue'
import type { EChartsOption } from 'echarts'
import type { ChartExportMeta } from '../charts/options/export-frame.ts'
import { downloadBlob, toFileName } from '../services/download.ts'
import type { ExportTable } from '../services/export-table.ts'

export interface UseChartExportReturn {
  busy: ReturnType<typeof ref<boolean>>
  error: ReturnType<typeof ref<string>>
  exportPng: (option: EChartsOption, meta: ChartExportMeta, size: { width: number; height: number }) => Promise<void>
  exportSvg: (option: EChartsOption, meta: ChartExportMeta, size: { width: number; height: number }) => Promise<void>
  exportXlsx: (tables: ExportTable[], fileName: string) => Promise<void>
  exportCsv: (table: ExportTable, fileName: string) => Promise<void>
}

/** Downloads of charts (PNG, SVG) and tables (Excel, CSV); the export libraries load on first use. */
export function useChartExport(): UseChartExportReturn {
  const busy = ref(false)
  const error = ref('')
  async function guarded(task: () => Promise<void>) {
    busy.value = true
    error.value = ''
    try { await task() } catch (e) { error.value = `导出失败：${e instanceof Error ? e.message : String(e)}` } finally { busy.value = false }
  }
  const name = (meta: ChartExportMeta, ext: string) => `${toFileName(meta.county, meta.year, meta.title)}.${ext}`
  return {
    busy, error,
    exportPng: (option, meta, size) => guarded(async () => {
      const { renderChartPng } = await import('../services/export-chart.ts')
      downloadBlob(await renderChartPng(option, meta, size), name(meta, 'png'))
    }),
    exportSvg: (option, meta, size) => guarded(async () => {
      const { renderChartSvg } = await import('../services/export-chart.ts')
      downloadBlob(new Blob([renderChartSvg(option, meta, size)], { type: 'image/svg+xml' }), name(meta, 'svg'))
    }),
    exportXlsx: (tables, fileName) => guarded(async () => {
      const { buildWorkbook } = await import('../services/export-xlsx.ts')
      downloadBlob(await buildWorkbook(tables), `${toFileName(fileName)}.xlsx`)
    }),
    exportCsv: (table, fileName) => guarded(async () => {
      const { toCsvBlob } = await import('../services/export-csv.ts')
      downloadBlob(toCsvBlob(table), `${toFileName(fileName)}.csv`)
    }),
  }
}
