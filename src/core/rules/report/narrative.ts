// Narrative-vs-table rules (DOMAIN §2.6), except the breakdown check V-N-05 (breakdown.ts).
import type { ParsedReport } from '../../model/report.ts'
import type { ReportRule, RuleHit } from '../types.ts'
import { sectionText } from '../sections.ts'
import { v0 } from '../cells.ts'
import { checkBreakdowns } from './breakdown.ts'

const NO_CASES_RE = /(未发生|没有发生|未发现|无)[^。；\n]{0,12}(行政复议|行政诉讼)/
const CLOSED_COUNT_RE = /(?:办结|答复|回复)(?:申请)?\s*(\d+)\s*件/
const ALL_ANSWERED_RE = /(?:均|全部|全都)(?:已|在法定期限内|在法定时限内|按时|依法)*(?:予以)?(?:答复|办结)|答复率(?:达)?100%/
const FEE_AMOUNT_RE = /收取[^。；\n]{0,12}信息处理费[^。；\n]{0,6}?(\d+(?:\.\d+)?)\s*元/

function checkApplicationsZero({ record: r }: ParsedReport): RuleHit[] {
  const a = r.narrative.applications
  const tn = r.t3?.tot.new ?? null
  if (a === null || tn === null) return []
  if (!((a === 0 && tn > 0) || (a > 0 && tn === 0))) return []
  return [{
    message: a === 0 ? `正文称未收到依申请，表三本年新收却为 ${tn} 件` : `正文称收到申请 ${a} 件，表三本年新收却为 0`,
    cells: ['narrative.applications', 't3.tot.new'],
  }]
}

function checkApplicationsCount({ record: r }: ParsedReport): RuleHit[] {
  const a = r.narrative.applications
  const t = r.t3?.tot
  if (a === null || !t || t.new === null || a === 0 || t.new === 0) return []
  if (a === t.new || a === t.new + v0(t.carryIn)) return []
  return [{ message: `正文称收到申请 ${a} 件，表三本年新收为 ${t.new} 件`, cells: ['narrative.applications', 't3.tot.new'] }]
}

function checkClosed({ record: r, text }: ParsedReport): RuleHit[] {
  const t = r.t3?.tot
  if (!t || t.total === null) return []
  const m = CLOSED_COUNT_RE.exec(text)
  if (m && Number(m[1]) !== t.total) {
    return [{ message: `正文称办结（答复）${m[1]} 件，表三（七）总计为 ${t.total} 件`, cells: ['t3.tot.total'], spans: [{ start: m.index, end: m.index + m[0].length }] }]
  }
  const all = ALL_ANSWERED_RE.exec(text)
  if (all && (t.carryOut ?? 0) > 0) {
    return [{ message: `正文称申请均已答复，表三却有 ${t.carryOut} 件结转下年度`, cells: ['t3.tot.carryOut'], spans: [{ start: all.index, end: all.index + all[0].length }] }]
  }
  return []
}

function checkNoCases({ record: r, text }: ParsedReport): RuleHit[] {
  if (!r.t4 || !NO_CASES_RE.test(text)) return []
  const groups = (['review', 'litDirect', 'litAfterReview'] as const).filter((g) => v0(r.t4![g].total) > 0)
  if (!groups.length) return []
  return [{ message: `正文称未发生行政复议、行政诉讼，表四却有 ${groups.map((g) => v0(r.t4![g].total)).join('、')} 件`, cells: groups.map((g) => `t4.${g}.total`) }]
}

function checkFeeWithoutApplications({ record: r, text }: ParsedReport): RuleHit[] {
  const m = FEE_AMOUNT_RE.exec(sectionText(text, [5]))
  if (!m || Number(m[1]) === 0 || !r.t3) return []
  const apps = v0(r.t3.tot.new) + v0(r.t3.tot.carryIn)
  if (apps > 0) return []
  return [{ message: `第六部分称收取信息处理费 ${m[1]} 元，但本年没有可办理的申请`, cells: ['t3.tot.new'] }]
}

function checkDateAfterYear({ record: r }: ParsedReport): RuleHit[] {
  if (r.year === null || r.publishedAt === null || r.publishedAt >= `${r.year}-12-31`) return []
  return [{ message: `发布日期 ${r.publishedAt} 早于统计年度 ${r.year} 年结束`, cells: ['publishedAt', 'year'] }]
}

/** Narrative-vs-table rules. */
export const NARRATIVE_RULES: ReportRule[] = [
  { id: 'V-N-02', severity: 'ERROR', scope: 'report', flag: true, title: '正文与表三申请数矛盾',
    explanation: '正文说没有收到申请而表三新收大于 0，或正文说收到申请而表三为 0。', check: checkApplicationsZero },
  { id: 'V-N-05', severity: 'WARN', scope: 'report', flag: true, title: '分项之和与总数不符',
    explanation: '「共N条，其中a条、b条……」：分项列举完整时之和应等于总数，任何时候都不应超过总数。', check: checkBreakdowns },
  { id: 'V-N-01', severity: 'WARN', scope: 'report', title: '正文申请数与表三不一致',
    explanation: '正文所述申请件数应等于表三本年新收（说明含上年结转的，等于新收 + 结转）。', check: checkApplicationsCount },
  { id: 'V-N-03', severity: 'WARN', scope: 'report', title: '正文办结数与表三不一致',
    explanation: '正文所述办结（答复）件数应等于表三（七）总计；称全部答复的，结转下年度应为 0。', check: checkClosed },
  { id: 'V-N-04', severity: 'WARN', scope: 'report', title: '正文与表四复议诉讼矛盾',
    explanation: '正文称未发生行政复议、行政诉讼，表四各组总计应为 0。', check: checkNoCases },
  { id: 'V-N-06', severity: 'WARN', scope: 'report', title: '收费而无申请',
    explanation: '第六部分写明收取了信息处理费，则本年应有申请。', check: checkFeeWithoutApplications },
  { id: 'V-N-07', severity: 'WARN', scope: 'report', title: '发布日期早于年度结束',
    explanation: '年度报告应在统计年度结束（12月31日）之后发布（12月31日落款的不计）。', check: checkDateAfterYear },
]
