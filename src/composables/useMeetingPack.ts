import { computed, type Ref } from 'vue'
import type { EChartsOption } from 'echarts'
import type { Severity } from '../core/model/finding.ts'
import { buildPublicationOption } from '../charts/options/publication.ts'
import { buildApplicationsOption } from '../charts/options/applications.ts'
import { buildFindingsOption } from '../charts/options/findings.ts'
import { buildScoresOption } from '../charts/options/scores.ts'
import { chartHeightFor } from '../charts/options/common.ts'
import { DEFAULT_BASIS_NOTE, type ChartExportMeta } from '../charts/options/export-frame.ts'
import { renderChartSvg } from '../services/export-chart.ts'
import { SCORE_NOTES, toBreakdownTable, toRankingTable } from '../services/export-score-tables.ts'
import { chartToTable, toDatasetTable, toFindingsTable } from '../services/export-data-tables.ts'
import type { ExportTable } from '../services/export-table.ts'
import { useScoring } from './useScoring.ts'
import { findRule } from '../core/rules/index.ts'

export interface PackChart { id: string; title: string; caption: string; option: EChartsOption; height: number; meta: ChartExportMeta }
export interface NoticeItem { unit: string; items: { rule: string; title: string; severity: string; message: string }[] }

export const APPLICATIONS_NOTE = '口径说明：多数乡镇全年无依申请公开属正常情况，申请数不作为考评依据。'

/** Everything the printable meeting pack shows for a county and year: charts, tables, the 通报 list. */
export function useMeetingPack(county: Ref<string>, year: Ref<number>) {
  const scoring = useScoring(county, year)
  const { data, result, rubric } = scoring
  const metrics = computed(() => data.reports.value.filter((r) => r.stored.year === year.value).map((r) => r.metrics).sort((a, b) => a.unit.localeCompare(b.unit, 'zh-CN')))
  const findings = computed(() => data.findings.value.filter((f) => f.year === year.value))
  const filters = computed(() => [`县区：${county.value}`, `年度：${year.value}`, `评分细则：${rubric.value.name}`, `报告单位：${metrics.value.length} 个`])
  const meta = (title: string, basisNote = DEFAULT_BASIS_NOTE): ChartExportMeta => ({ title, county: county.value, year: year.value, filters: `全部 ${metrics.value.length} 个报告单位`, basisNote })

  const charts = computed<PackChart[]>(() => {
    const m = metrics.value
    const counts = (unit: string) => {
      const c: Record<Severity, number> = { ERROR: 0, WARN: 0, INFO: 0 }
      for (const f of findings.value) if (f.unit === unit && f.severity in c) c[f.severity as Severity]++
      return c
    }
    const h = chartHeightFor(m.length)
    return [
      { id: 'scores', title: '考评总分与等次', caption: '各单位考评总分（按名次排列，颜色为等次，虚线为等次分数线）。', option: buildScoresOption({ rows: result.value.units, scale: rubric.value.scale, grades: rubric.value.grades }), height: chartHeightFor(result.value.units.length), meta: meta('考评总分与等次', SCORE_NOTES[0]) },
      { id: 'publication', title: '各单位按渠道的主动公开条数', caption: '各报告自述的分渠道主动公开条数；未载明的渠道不计。', option: buildPublicationOption({ rows: m.map((x) => ({ unit: x.unit, total: x.proactive, byChannel: x.channelItems })), mode: 'channel' }), height: h, meta: meta('各单位按渠道的主动公开条数') },
      { id: 'applications', title: '依申请公开：收到与办理', caption: '表三总计列：收到的申请与办理结果。', option: buildApplicationsOption(m.map((x) => ({ unit: x.unit, applications: x.applications }))), height: h, meta: meta('依申请公开：收到与办理', APPLICATIONS_NOTE) },
      { id: 'findings', title: '检查发现的问题数', caption: '按严重程度分列的检查发现（错误、警示、提示）。', option: buildFindingsOption(m.map((x) => ({ unit: x.unit, counts: counts(x.unit) }))), height: h, meta: meta('检查发现的问题数') },
    ]
  })
  const svgOf = (c: PackChart) => renderChartSvg(c.option, c.meta, { width: 1000, height: c.height })
  const ranking = computed<ExportTable>(() => toRankingTable(result.value.units, { county: county.value, year: year.value, rubric: rubric.value }))
  const notice = computed<NoticeItem[]>(() => {
    const byUnit = new Map<string, NoticeItem>()
    for (const f of findings.value) {
      if (!f.unit || (f.severity !== 'ERROR' && f.severity !== 'WARN')) continue
      const item = byUnit.get(f.unit) ?? { unit: f.unit, items: [] }
      item.items.push({ rule: f.rule, title: findRule(f.rule)?.title ?? f.rule, severity: f.severity, message: f.message })
      byUnit.set(f.unit, item)
    }
    return [...byUnit.values()].sort((a, b) => a.unit.localeCompare(b.unit, 'zh-CN'))
  })
  /** The meeting workbook: a sheet per table and per chart, each with the filters applied. */
  const workbookTables = computed<ExportTable[]>(() => {
    const ctx = { county: county.value, year: year.value, rubric: rubric.value }
    const records = data.reports.value.filter((r) => r.stored.year === year.value).map((r) => r.record)
    const rows = findings.value.map((f) => ({ ...f, title: findRule(f.rule)?.title ?? f.rule }))
    return [
      ranking.value, toBreakdownTable(result.value.units, ctx), toFindingsTable(rows, filters.value),
      ...charts.value.map((c) => chartToTable(c.option, c.meta, `图-${c.title}`)), toDatasetTable(records, filters.value),
    ]
  })
  return { ...scoring, charts, svgOf, ranking, notice, filters, metrics, workbookTables }
}
