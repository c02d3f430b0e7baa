// The scoring tables as exportable tables (Excel sheets, CSV, the meeting pack).
import type { Rubric, UnitScore } from '../core/score/index.ts'
import type { ExportTable } from './export-table.ts'

export interface ScoreTableContext { county: string; year: number; rubric: Rubric; extraFilters?: string[] }

export const SCORE_NOTES = [
  '口径说明：主动公开按县内同年各单位报告自述条数的百分位计分，不按绝对数；依申请数量不计分（多数乡镇为 0 属正常）。',
  '否决项封顶后再计人工调整；多名评分人时取平均分，合议确定的以合议值为准。',
]

function filters(ctx: ScoreTableContext): string[] {
  return [`县区：${ctx.county}`, `年度：${ctx.year}`, `评分细则：${ctx.rubric.name}`, ...(ctx.extraFilters ?? [])]
}

/** The leaderboard: rank, unit, total, grade, change, sections, vetoes and adjustments. */
export function toRankingTable(units: readonly UnitScore[], ctx: ScoreTableContext): ExportTable {
  const sections = ctx.rubric.sections
  return {
    name: '考评排名', title: `${ctx.county}${ctx.year}年度政府信息公开工作年度报告考评排名`, filters: filters(ctx),
    columns: ['名次', '单位', '总分', '等次', '上年总分', '较上年', ...sections.map((s) => `${s.label}（${s.weight}）`), '加分', '否决项', '人工调整', '调整理由'],
    rows: units.map((u) => [
      u.rank, u.unit, u.total, u.grade, u.previousTotal, u.change,
      ...sections.map((s) => u.sections.find((x) => x.id === s.id)?.points ?? null),
      u.bonus.points, u.vetoes.map((v) => `${v.label}（≤${v.cap}）`).join('；'),
      u.adjustments.reduce((a, x) => a + x.points, 0) || null, u.adjustments.map((a) => a.reason).join('；'),
    ]),
    notes: SCORE_NOTES,
  }
}

/** Every breakdown line: which finding or figure cost or earned which points. */
export function toBreakdownTable(units: readonly UnitScore[], ctx: ScoreTableContext): ExportTable {
  return {
    name: '得分明细', title: `${ctx.county}${ctx.year}年度考评得分明细`, filters: filters(ctx),
    columns: ['单位', '评分项', '得分', '分值', '原因', '增减分', '规则'],
    rows: units.flatMap((u) => u.sections.flatMap((s) => s.lines.map((l) => [u.unit, s.label, s.points, s.weight, l.text, Math.round(l.points * 100) / 100, l.rule ?? null]))),
    notes: SCORE_NOTES,
  }
}

/** Raters' totals side by side with the reconciled value. */
export function toRatersTable(units: readonly UnitScore[], ctx: ScoreTableContext): ExportTable {
  const raters = [...new Set(units.flatMap((u) => u.raters.map((r) => r.rater)))]
  return {
    name: '评分人', title: `${ctx.county}${ctx.year}年度各评分人评分`, filters: filters(ctx),
    columns: ['单位', ...raters, '最大差', '汇总分', '汇总方式', '合议理由'],
    rows: units.map((u) => [u.unit, ...raters.map((r) => u.raters.find((x) => x.rater === r)?.total ?? null), u.reconciled.spread, u.reconciled.value,
      u.reconciled.method === 'agreed' ? '合议' : u.reconciled.method === 'average' ? '平均' : '自动计分', u.reconciled.reason ?? null]),
  }
}
