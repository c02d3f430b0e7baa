import { describe, expect, it } from 'vitest'
import { reportFlags, runReportRules, REPORT_RULES } from '../../src/core/rules/index.ts'
import type { ReportRecord } from '../../src/core/model/report.ts'
import { cleanText, makeReport, zeroT3 } from '../fixtures/make-report.ts'

type Edit = (r: ReportRecord) => string | void

const zeroApplications: Edit = (r) => { r.t3 = zeroT3('2021'); r.narrative.applications = 0 }
const trialFormat: Edit = (r) => {
  r.template = '2019'
  r.t2 = null
  const items = { prevItems: 0, delta: 0, decisions: 0 }
  r.t2Trial = {
    rules: { newMade: 0, newPublished: 0, totalPublished: 0 }, normdocs: { newMade: 0, newPublished: 0, totalPublished: 0 },
    licensing: { ...items }, otherServices: { ...items }, penalty: { ...items }, coercion: { ...items },
    fees: { prevItems: 0, delta: 0 }, procurement: { projects: 0, amount: 0 },
  }
  r.t3 = zeroT3('2019')
  r.narrative.applications = 0
}

const FIRING: [string, Edit][] = [
  ['Z1', zeroApplications],
  ['Z3', (r) => { zeroApplications(r); r.t2!.normdocs = { made: 0, repealed: 0, valid: 0 }; r.t2!.penalty = 0 }],
  ['Z4', (r) => { r.t4 = null }],
  ['Z4', (r) => { for (const c of Object.values(r.t3!)) for (const k of Object.keys(c)) (c as Record<string, null>)[k] = null }],
  ['Z5', (r) => { r.narrative.proactiveTotal = { value: 4, approx: false } }],
  ['Z5', (r) => { r.narrative.proactiveTotal = null }],
  ['V-T3-01', (r) => { r.t3!.np.carryOut = 1; r.t3!.tot.carryOut = 1 }],
  ['V-T3-02', (r) => { r.t3!.tot.open = 5 }],
  ['V-T3-03', (r) => { r.t3!.np.total = 4; r.t3!.np.new = 4; r.t3!.tot.total = 4; r.t3!.tot.new = 4; r.narrative.applications = 4 }],
  ['V-T3-04', (r) => { r.t3!.law.deny3 = null }],
  ['V-T4-01', (r) => { r.t4!.review.total = 1 }],
  ['V-T2-01', (r) => { r.t2!.rules.valid = 6 }],
  ['V-T2-01', (r) => { trialFormat(r); r.year = 2020; r.t2Trial!.rules.totalPublished = 2 }],
  ['V-T2-04', (r) => { r.t2!.fees = 190.457379 }],
  ['V-T2-04', (r) => { r.t2!.fees = 2500 }],
  ['V-F-01', trialFormat],
  ['V-F-01', (r) => { r.year = 2020 }],
  ['V-N-02', (r) => { r.narrative.applications = 0 }],
  ['V-N-02', (r) => { zeroApplications(r); r.narrative.applications = 2 }],
  ['V-N-05', () => cleanText().replace('其中政府网站80条、微信公众号40条', '其中政府网站80条、微信公众号60条')],
  ['V-N-05', () => cleanText().replace('其中政府网站80条、微信公众号40条', '其中政府网站80条、微信公众号30条')],
  ['V-N-05', () => cleanText() + '\n发布法定主动公开内容1条，包括机构概况1条，以及预算决算信息2条。'],
  ['V-T3-06', (r) => { r.t3!.tot.carryIn = 0; r.t3!.tot.total = 4; r.t3!.tot.open = 3; r.t3!.np.total = 4; r.t3!.np.open = 3 }],
  ['V-T3-07', (r) => { for (const c of ['sci', 'tot'] as const) { r.t3![c].new = (r.t3![c].new ?? 0) + 1; r.t3![c].open = (r.t3![c].open ?? 0) + 1; r.t3![c].total = (r.t3![c].total ?? 0) + 1 } ; r.narrative.applications = 4 }],
  ['V-T3-08', (r) => { for (const c of ['np', 'tot'] as const) { r.t3![c].other2 = 1; r.t3![c].open = 1 } ; return cleanText().replace('本年度未收取信息处理费。', '无。') }],
  ['V-T2-03', (r) => { r.t2!.normdocs = { made: 4, repealed: 0, valid: 2 } }],
  ['V-N-01', (r) => { r.narrative.applications = 5 }],
  ['V-N-03', () => cleanText().replace('全年收到政府信息公开申请3件。', '全年收到政府信息公开申请3件，办结2件。')],
  ['V-N-03', (r) => { for (const c of ['np', 'tot'] as const) { r.t3![c].carryOut = 1; r.t3![c].unable1 = 0; r.t3![c].total = 2 } ; return cleanText().replace('全年收到政府信息公开申请3件。', '全年收到政府信息公开申请3件，均已按时答复。') }],
  ['V-N-04', (r) => { r.t4!.review = { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 }; return cleanText() + '\n本年度未发生政府信息公开行政复议、行政诉讼。' }],
  ['V-N-06', (r) => { zeroApplications(r); return cleanText().replace('本年度未收取信息处理费。', '本年度收取信息处理费200元。') }],
  ['V-N-07', (r) => { r.publishedAt = '2023-12-20' }],
  ['V-F-02', () => cleanText().replace('五、存在的主要问题及改进情况', '')],
  ['V-F-05', () => cleanText().replace('2023年政府信息公开工作年度报告', '工作报告')],
]

describe('runReportRules', () => {
  it('raises nothing on a clean report', () => {
    expect(runReportRules(makeReport())).toEqual([])
  })

  it.each(FIRING)('raises %s when its condition holds', (id, edit) => {
    const findings = runReportRules(makeReport(edit))
    expect(findings.map((f) => f.rule)).toContain(id)
    const f = findings.find((x) => x.rule === id)!
    expect(f.message).toMatch(/[\u4e00-\u9fff]/)
    expect(f.unit).toBe('青禾镇')
  })

  it('has a firing case for every per-report rule', () => {
    const covered = new Set(FIRING.map(([id]) => id))
    expect(REPORT_RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([])
  })

  it('attaches source spans of the cells concerned', () => {
    const report = makeReport((r) => { r.t4!.review.total = 1 })
    report.sources['t4.review.total'] = { start: 10, end: 11 }
    const f = runReportRules(report).find((x) => x.rule === 'V-T4-01')!
    expect(f.cells).toContain('t4.review.total')
    expect(f.spans).toEqual([{ start: 10, end: 11 }])
  })
})

describe('reportFlags', () => {
  it('lists only RULES.md per-report ids, sorted', () => {
    const report = makeReport((r) => { zeroApplications(r); r.t4!.review.total = 1; r.publishedAt = '2023-12-01' })
    expect(reportFlags(report)).toEqual(['V-T4-01', 'Z1'])
  })

  it('stays quiet on a zero report that lists parts with 等', () => {
    const text = cleanText().replace('其中政府网站80条、微信公众号40条', '其中政府网站80条、微信公众号等30条')
    expect(reportFlags(makeReport(undefined, text))).toEqual([])
  })

  it('does not take a single highlighted part for an exhaustive list', () => {
    const text = cleanText().replace('其中政府网站80条、微信公众号40条', '其中重点领域信息29条')
    expect(reportFlags(makeReport(undefined, text))).toEqual([])
  })

  it('does not raise Z4 or Z3 for a free-form report', () => {
    const report = makeReport((r) => { r.template = 'freeform'; r.year = 2018; r.t2 = null; r.t3 = null; r.t4 = null; r.narrative.applications = null })
    expect(reportFlags(report)).toEqual([])
  })
})
