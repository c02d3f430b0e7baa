import { describe, expect, it } from 'vitest'
import { createDefaultRubric } from './default-rubric.ts'
import { scoreUnits, type UnitScore } from './score-units.ts'
import { buildScoreFacts } from './facts.ts'
import { percentileOf } from './section-scores.ts'
import { countyFindings, countyReports, recordFor, textFor } from './score-test-fixtures.ts'

const UNITS = { 示例县: ['青禾镇', '白沙镇', '石桥乡', '东岭镇'] }
const byUnit = (units: UnitScore[], unit: string) => units.find((u) => u.unit === unit)!
const points = (u: UnitScore) => Object.fromEntries(u.sections.map((s) => [s.id, s.points]))

describe('scoreUnits', () => {
  const result = scoreUnits(createDefaultRubric(), countyReports(), countyFindings(), { year: 2023, units: UNITS })

  it('gives a clean, active unit the points computed by hand', () => {
    const a = byUnit(result.units, '青禾镇')
    // 15 on time + 15 complete + 25 + 10 + 10 original + 15 (top of 3 peers) + 2 channels + 5 = 97
    expect(points(a)).toEqual({ timeliness: 15, completeness: 15, arithmetic: 25, narrativeMatch: 10, originality: 10, proactive: 15, channels: 2, applications: 5 })
    expect(a.total).toBe(97)
    expect(a.grade).toBe('优秀')
  })

  it('deducts for lateness, findings and corrected review cases, and scores activity by peer percentile', () => {
    const b = byUnit(result.units, '白沙镇')
    // 10 days late = 2 weeks × 5; two V-T3-01 × 5; one V-N-02 × 3; 30 items ties with 石桥乡 at the bottom:
    // percentile (0 + 0.5) / 2 = 0.25 → 3.75; 表四 corrected 1 × 3.
    expect(points(b)).toEqual({ timeliness: 5, completeness: 15, arithmetic: 15, narrativeMatch: 7, originality: 10, proactive: 3.75, channels: 0, applications: 2 })
    expect(b.total).toBe(57.75)
    expect(b.grade).toBe('不合格')
    const arithmetic = b.sections.find((s) => s.id === 'arithmetic')!
    expect(arithmetic.lines.map((l) => [l.rule, l.points])).toEqual([['V-T3-01', -5], ['V-T3-01', -5]])
  })

  it('caps a copy of last year at the veto cap and shows the change from last year', () => {
    const c = byUnit(result.units, '石桥乡')
    // 15+15+25+10 + 0 (copy) + 3.75 + 5 (6 channels, at most 5) + 5 + bonus 2 = 80.75 → capped at 60
    expect(points(c).originality).toBe(0)
    expect(c.bonus.points).toBe(2)
    expect(c.vetoes.map((v) => v.id)).toEqual(['copiedReport'])
    expect(c.computed).toBe(60)
    // 2022: alone in its year (percentile 1) and nothing to compare with: 15+15+25+10+10+15+5+5+2 = 102 → 100
    expect(c.previousTotal).toBe(100)
    expect(c.change).toBe(-40)
  })

  it('scores a listed unit without a report as missing, capped at 0', () => {
    const d = byUnit(result.units, '东岭镇')
    expect(d.missing).toBe(true)
    expect(d.total).toBe(0)
    expect(d.vetoes[0].id).toBe('missingReport')
  })

  it('ranks by total within the county and year', () => {
    expect(result.units.map((u) => [u.unit, u.rank])).toEqual([['青禾镇', 1], ['石桥乡', 2], ['白沙镇', 3], ['东岭镇', 4]])
  })

  it('ranks equal totals as ties', () => {
    const twins = ['甲镇', '乙镇', '丙镇'].map((unit, i) => ({
      record: recordFor(unit, 2023, (r) => { r.narrative.proactiveTotal = { value: i < 2 ? 50 : 10, approx: false } }),
      text: textFor(unit, 2023, ['a', 'b', 'c'][i]),
    }))
    const units = scoreUnits(createDefaultRubric(), twins, []).units
    expect(units.map((u) => [u.unit, u.rank])).toEqual([['甲镇', 1], ['乙镇', 1], ['丙镇', 3]])
    expect(units[0].total).toBe(units[1].total)
  })

  it('changes the ranking when a weight changes', () => {
    const rubric = createDefaultRubric()
    const proactive = rubric.sections.find((s) => s.id === 'proactive')!
    const timeliness = rubric.sections.find((s) => s.id === 'timeliness')!
    proactive.weight = 0
    timeliness.weight = 30
    const units = scoreUnits(rubric, countyReports(), countyFindings(), { year: 2023 }).units
    // 白沙镇: 15 − 10 late = 20 timeliness, no activity points: 20+15+15+7+10+0+0+2 = 69 (was 57.75)
    expect(byUnit(units, '白沙镇').total).toBe(69)
    expect(byUnit(units, '白沙镇').rank).toBe(2)
  })

  it('never scores the number of applications received', () => {
    const many = countyReports()
    many[0].record.t3!.tot.new = 500
    const a = byUnit(scoreUnits(createDefaultRubric(), many, countyFindings(), { year: 2023 }).units, '青禾镇')
    expect(a.total).toBe(97)
  })
})

describe('buildScoreFacts', () => {
  it('measures lateness in days after the configured deadline', () => {
    const facts = buildScoreFacts(countyReports(), [], { deadlines: { default: '02-20' } })
    expect(facts.find((f) => f.unit === '白沙镇')!.daysLate).toBe(-10)
  })
})

describe('percentileOf', () => {
  it('puts the lowest at 0, the highest at 1 and ties in the middle of their ranks', () => {
    expect(percentileOf(5, [5, 10, 20])).toBe(0)
    expect(percentileOf(20, [5, 10, 20])).toBe(1)
    expect(percentileOf(10, [10, 10, 20, 5])).toBe(0.5)
    expect(percentileOf(7, [7])).toBe(1)
  })
})
