// Charts, findings and the full dataset as exportable tables (sheets of the meeting workbook, CSV).
import type { EChartsOption } from 'echarts'
import type { ReportRecord } from '../core/model/report.ts'
import { T3_COLUMNS, T3_ROWS, T4_FIELDS, T4_GROUPS } from '../core/model/report.ts'
import type { ChartExportMeta } from '../charts/options/export-frame.ts'
import type { ExportTable, TableCell } from './export-table.ts'

type Series = { name?: string; data?: unknown[] }

function valueOf(d: unknown): TableCell {
  const v = d !== null && typeof d === 'object' && 'value' in d ? (d as { value: unknown }).value : d
  return typeof v === 'number' && Number.isFinite(v) ? v : null
}

/** The data behind a category bar or line chart: one row per category, one column per series. */
export function chartToTable(option: EChartsOption, meta: ChartExportMeta, name = meta.title): ExportTable {
  const axes = [option.yAxis, option.xAxis].flatMap((a) => (Array.isArray(a) ? a : a ? [a] : [])) as { type?: string; data?: unknown[] }[]
  const categories = (axes.find((a) => a.type === 'category')?.data ?? []).map(String)
  const series = (Array.isArray(option.series) ? option.series : option.series ? [option.series] : []) as Series[]
  return {
    name, title: meta.title, filters: [`县区：${meta.county}`, `年度：${meta.year}`, ...(meta.filters ? [meta.filters] : [])],
    columns: ['类别', ...series.map((s, i) => s.name ?? `系列${i + 1}`)],
    rows: categories.map((c, i) => [c, ...series.map((s) => valueOf(s.data?.[i]))]),
    notes: meta.basisNote ? [meta.basisNote] : [],
  }
}

export interface FindingRow { unit: string | null; year: number | null; rule: string; title: string; severity: string; message: string }

/** The findings list (问题清单) as a table. */
export function toFindingsTable(findings: readonly FindingRow[], filters: string[]): ExportTable {
  const label: Record<string, string> = { ERROR: '错误', WARN: '警示', INFO: '提示' }
  return {
    name: '问题清单', title: '检查发现的问题', filters,
    columns: ['年度', '单位', '规则', '问题', '严重程度', '说明'],
    rows: findings.map((f) => [f.year, f.unit, f.rule, f.title, label[f.severity] ?? f.severity, f.message]),
  }
}

function recordCells(r: ReportRecord): TableCell[] {
  const t3 = T3_COLUMNS.flatMap((c) => T3_ROWS.map((row) => r.t3?.[c][row] ?? null))
  const t4 = T4_GROUPS.flatMap((g) => T4_FIELDS.map((f) => r.t4?.[g][f] ?? null))
  const t2 = r.t2
  return [
    r.county, r.unit, r.year, r.template, r.publishedAt, r.narrative.proactiveTotal?.value ?? null,
    t2?.rules.made ?? null, t2?.rules.repealed ?? null, t2?.rules.valid ?? null, t2?.normdocs.made ?? null, t2?.normdocs.repealed ?? null,
    t2?.normdocs.valid ?? null, t2?.licensing ?? null, t2?.penalty ?? null, t2?.coercion ?? null, t2?.fees ?? null, ...t3, ...t4, r.file,
  ]
}

/** Every report's numbers, one row per unit and year (blanks stay blank, never 0). */
export function toDatasetTable(records: readonly ReportRecord[], filters: string[]): ExportTable {
  return {
    name: '全部数据', title: '各单位年度报告数据', filters,
    columns: [
      '县区', '单位', '年度', '格式', '发布日期', '主动公开总数（自述）',
      '规章制发', '规章废止', '规章现行有效', '规范性文件制发', '规范性文件废止', '规范性文件现行有效', '行政许可', '行政处罚', '行政强制', '行政事业性收费（万元）',
      ...T3_COLUMNS.flatMap((c) => T3_ROWS.map((row) => `t3.${c}.${row}`)), ...T4_GROUPS.flatMap((g) => T4_FIELDS.map((f) => `t4.${g}.${f}`)), '文件',
    ],
    rows: records.map(recordCells),
    notes: ['空白单元格表示报告未填写（不等于 0）。表三、表四列名为规范记录的字段路径（见 SCHEMA.md）。'],
  }
}
