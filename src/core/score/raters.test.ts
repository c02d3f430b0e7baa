import { describe, expect, it } from 'vitest'
import { createDefaultRubric } from './default-rubric.ts'
import { scoreUnits } from './score-units.ts'
import { reconcileTotals, type RaterSheet } from './raters.ts'
import { countyFindings, countyReports } from './score-test-fixtures.ts'

const score = (options: Parameters<typeof scoreUnits>[3]) =>
  scoreUnits(createDefaultRubric(), countyReports(), countyFindings(), { year: 2023, ...options })
const baisha = (r: ReturnType<typeof score>) => r.units.find((u) => u.unit === '白沙镇')!

describe('reconcileTotals', () => {
  it('averages the raters and reports their spread when no value was agreed', () => {
    expect(reconcileTotals(50, [{ rater: '张', total: 60 }, { rater: '李', total: 70 }])).toEqual({ value: 65, method: 'average', spread: 10 })
  })
  it('uses the agreed value with its reason', () => {
    const r = reconcileTotals(50, [{ rater: '张', total: 60 }, { rater: '李', total: 70 }], { unit: 'x', year: 2023, total: 68, reason: '合议' })
    expect(r).toEqual({ value: 68, method: 'agreed', reason: '合议', spread: 10 })
  })
  it('keeps the computed total without raters', () => {
    expect(reconcileTotals(50, [])).toEqual({ value: 50, method: 'computed', spread: 0 })
  })
})

describe('scoreUnits with raters', () => {
  const raters: RaterSheet[] = [
    { rater: '张委员', year: 2023, entries: { 白沙镇: { sections: { arithmetic: 25 } } } },
    { rater: '李委员', year: 2023, entries: {} },
  ]

  it('keeps each rater sheet and reconciles by average', () => {
    const b = baisha(score({ raters }))
    // 张 forgives the arithmetic findings: 57.75 + 10 = 67.75; 李 takes the computed 57.75.
    expect(b.raters).toEqual([{ rater: '张委员', total: 67.75 }, { rater: '李委员', total: 57.75 }])
    expect(b.reconciled).toEqual({ value: 62.75, method: 'average', spread: 10 })
    expect(b.total).toBe(62.75)
  })

  it('takes the agreed value when the committee recorded one', () => {
    const b = baisha(score({ raters, agreements: [{ unit: '白沙镇', year: 2023, total: 60, reason: '经合议，按张委员意见部分采纳' }] }))
    expect(b.total).toBe(60)
    expect(b.grade).toBe('合格')
  })

  it('applies adjustments with a reason and ignores those without one', () => {
    const r = score({ adjustments: [
      { unit: '白沙镇', year: 2023, points: 3, reason: '整改及时，酌情加分' },
      { unit: '白沙镇', year: 2023, points: 10, reason: '  ' },
    ] })
    expect(baisha(r).total).toBe(60.75)
    expect(baisha(r).adjustments).toHaveLength(1)
    expect(r.issues).toEqual(['白沙镇：人工调整必须填写理由（2023 年，未计入）'])
  })

  it('lets a rater award a bonus by hand', () => {
    const b = baisha(score({ raters: [{ rater: '王委员', year: 2023, entries: { 白沙镇: { bonus: { innovation: true } } } }] }))
    expect(b.raters[0].total).toBe(59.75)
  })
})
