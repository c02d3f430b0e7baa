// The standard charts of one county and year (publication by channel, applications, reach, findings,
// scores), as export-framed ECharts options built by the shared builders of charts/options.
import type { EChartsOption } from 'echarts'
import type { Finding, Severity } from '../core/model/finding.ts'
import type { ParsedReport } from '../core/model/report.ts'
import { toUnitMetrics } from '../core/compare/unit-metrics.ts'
import type { UnitScore } from '../core/score/index.ts'
import type { Rubric } from '../core/score/rubric.ts'
import { buildPublicationOption } from '../charts/options/publication.ts'
import { buildApplicationsOption } from '../charts/options/applications.ts'
import { buildReachOption } from '../charts/options/reach.ts'
import { buildFindingsOption } from '../charts/options/findings.ts'
import { buildScoresOption } from '../charts/options/scores.ts'
import { chartHeightFor } from '../charts/options/common.ts'
import { buildExportFrameOption, FRAME_BOTTOM, FRAME_TOP, type ChartExportMeta } from '../charts/options/export-frame.ts'

export interface StandardChart { id: string; title: string; option: EChartsOption; width: number; height: number }

export interface CountyYearData {
  county: string
  year: number
  reports: ParsedReport[]
  findings: Finding[]
  scores: UnitScore[]
  rubric: Rubric
}

export const CHART_WIDTH = 1000
const APPLICATIONS_NOTE = '口径说明：多数乡镇全年无依申请公开属正常情况；申请数不作为考评得分依据。'
const SCORES_NOTE = '口径说明：按默认评分细则自动计算，主动公开按县内同年百分位计分，未计人工调整。'
const REACH_NOTE = '口径说明：触达数据为报告自述，阅读量、访问量、粉丝数等指标含义不同，不可相加或直接比较。'
const FINDINGS_NOTE = '口径说明：错误为表格勾稽关系不成立，警示需人工核实，提示仅作观察（如本年无依申请）。'

function frame(id: string, option: EChartsOption, units: number, meta: ChartExportMeta): StandardChart {
  return { id, title: meta.title, option: buildExportFrameOption(option, meta), width: CHART_WIDTH, height: chartHeightFor(units) + FRAME_TOP + FRAME_BOTTOM }
}

function findingRows(data: CountyYearData, units: string[]) {
  return units.map((unit) => {
    const counts: Record<Severity, number> = { ERROR: 0, WARN: 0, INFO: 0 }
    for (const f of data.findings) if (f.unit === unit && f.year === data.year) counts[f.severity]++
    return { unit, counts }
  })
}

/** The five standard charts of a county and year, ready to render. */
export function buildStandardCharts(data: CountyYearData): StandardChart[] {
  const metrics = data.reports.map((r) => toUnitMetrics(r.record)).sort((a, b) => a.unit.localeCompare(b.unit, 'zh-CN'))
  const units = metrics.map((m) => m.unit)
  const meta = (title: string, basisNote?: string): ChartExportMeta => ({ title, county: data.county, year: data.year, filters: `全部 ${units.length} 个报告单位`, basisNote })
  const scored = data.scores.filter((s) => s.year === data.year)
  return [
    frame('publication', buildPublicationOption({ rows: metrics.map((m) => ({ unit: m.unit, total: m.proactive, byChannel: m.channelItems })), mode: 'channel' }), units.length, meta('各单位按渠道的主动公开条数')),
    frame('applications', buildApplicationsOption(metrics.map((m) => ({ unit: m.unit, applications: m.applications }))), units.length, meta('依申请公开：收到的申请与办理结果', APPLICATIONS_NOTE)),
    frame('reach', buildReachOption(metrics.map((m) => ({ unit: m.unit, reach: m.reach }))), units.length, meta('各渠道触达（阅读量、访问量、粉丝数等）', REACH_NOTE)),
    frame('findings', buildFindingsOption(findingRows(data, units)), units.length, meta('检查发现的问题数', FINDINGS_NOTE)),
    frame('scores', buildScoresOption({ rows: scored.map((s) => ({ unit: s.unit, total: s.total, grade: s.grade, rank: s.rank })), scale: data.rubric.scale, grades: data.rubric.grades }), scored.length,
      { ...meta('考评总分与等次', SCORES_NOTE), filters: `${scored.length} 个单位` }),
  ]
}
