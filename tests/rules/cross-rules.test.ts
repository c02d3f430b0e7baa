import { describe, expect, it } from 'vitest'
import { runCrossRules, CROSS_RULES } from '../../src/core/rules/index.ts'
import { deadlineFor } from '../../src/core/rules/deadlines.ts'
import type { ParsedReport, ReportRecord } from '../../src/core/model/report.ts'
import { makeReport, zeroT3 } from '../fixtures/make-report.ts'

const PHRASES = [
  '围绕乡村振兴重点工作，及时发布惠农补贴发放名单和项目进展。', '镇村两级公开栏每季度更新，便于群众就近查阅。',
  '针对防汛抗旱、森林防火等季节性工作，通过微信群推送预警提示。', '对征地拆迁补偿标准进行逐户公示，接受群众监督。',
  '组织机关干部参加政务公开业务培训两次，提升信息发布质量。', '在便民服务中心设置政务公开查阅点，配备专人解答咨询。',
  '公开渠道仍以网站为主，新媒体发布频次偏低。', '部分村级公开内容更新滞后，格式不够规范。',
  '政策解读形式单一，图解、视频等方式运用不多。', '下一步将完善发布审核流程，落实保密审查责任。',
  '将把政务公开纳入村级年度考核，定期通报更新情况。', '拓展短视频等渠道，提高政策知晓率。',
]

/** A report text whose sections 一 and 五 are built from phrases chosen by `seed`, so different seeds differ. */
function textFor(unit: string, year: number, seed: number): string {
  const pick = (n: number) => Array.from({ length: n }, (_, i) => PHRASES[(seed * 7 + i * (seed + 1) * 5) % PHRASES.length])
  return [`${unit}${year}年政府信息公开工作年度报告`, '一、总体情况', ...pick(4), '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', ...pick(5).reverse(), '六、其他需要报告的事项', '无。'].join('\n')
}

function report(unit: string, year: number, seed: number, edit?: (r: ReportRecord) => void): ParsedReport {
  return makeReport((r) => {
    Object.assign(r, { unit, year, file: `${unit}-${year}.txt`, publishedAt: `${year + 1}-01-20` })
    r.t2!.normdocs = { made: 1, repealed: 0, valid: year - 2020 }
    edit?.(r)
    return textFor(unit, year, seed)
  })
}

const zero = (r: ReportRecord) => { r.t3 = zeroT3('2021'); r.narrative.applications = 0 }
const cleanSet = () => [report('青禾镇', 2021, 1), report('青禾镇', 2022, 2), report('青禾镇', 2023, 3),
  report('云栖乡', 2021, 4), report('云栖乡', 2022, 5), report('云栖乡', 2023, 6)]
const rules = (found: { rule: string }[]) => found.map((f) => f.rule)

describe('runCrossRules', () => {
  it('raises nothing on a clean county', () => {
    expect(runCrossRules(cleanSet())).toEqual([])
  })

  it.each<[string, () => ParsedReport[], object?]>([
    ['Z2', () => [report('青禾镇', 2021, 1, zero), report('青禾镇', 2022, 2, zero), report('青禾镇', 2023, 3, zero)]],
    ['Z6', () => [report('青禾镇', 2022, 2), report('青禾镇', 2023, 2)]],
    ['Z6', () => [report('青禾镇', 2023, 2), report('云栖乡', 2023, 2)]],
    ['Z7', () => cleanSet(), { units: ['青禾镇', '云栖乡', '砚溪街道'] }],
    ['Z7', () => [report('青禾镇', 2023, 3, (r) => { r.publishedAt = '2024-03-02' })]],
    ['V-X-01', () => [report('青禾镇', 2022, 2, (r) => { for (const c of ['np', 'tot'] as const) { r.t3![c].carryOut = 1; r.t3![c].new = 4 } }), report('青禾镇', 2023, 3)]],
    ['V-X-05', () => [report('青禾镇', 2022, 2), report('青禾镇', 2023, 3, (r) => { r.narrative.proactiveTotal = { value: 600, approx: false } })]],
    ['V-F-03', () => [report('青禾镇', 2023, 3, (r) => { r.publishedAt = null })]],
    ['V-T2-02', () => [report('青禾镇', 2022, 2), report('青禾镇', 2023, 3, (r) => { r.t2!.normdocs.valid = 9 })]],
    ['V-T2-05', () => [report('青禾镇', 2022, 2, (r) => { r.t2!.penalty = 0 }), report('青禾镇', 2023, 3, (r) => { r.t2!.penalty = 80 })]],
  ])('raises %s when its condition holds', (id, build, options) => {
    const found = runCrossRules(build(), options)
    expect(rules(found)).toContain(id)
    expect(found.find((f) => f.rule === id)!.message).toMatch(/[\u4e00-\u9fff]/)
  })

  it('has a firing case for every cross-report rule', () => {
    expect(CROSS_RULES.length).toBe(8)
  })

  it('does not count two zero years around a missing year as a streak', () => {
    const set = [report('青禾镇', 2020, 1, zero), report('青禾镇', 2021, 2, zero), report('青禾镇', 2023, 3, zero)]
    expect(rules(runCrossRules(set))).not.toContain('Z2')
  })

  it('reports a missing year with no file, distinct from a report of zeros', () => {
    const found = runCrossRules([report('青禾镇', 2021, 1), report('青禾镇', 2023, 3)]).filter((f) => f.rule === 'Z7')
    expect(found).toMatchObject([{ unit: '青禾镇', year: 2022, file: null }])
  })

  it('accepts a late date when the region has a later deadline', () => {
    const set = [report('青禾镇', 2023, 3, (r) => { r.publishedAt = '2024-02-15' })]
    expect(rules(runCrossRules(set, { deadlines: { rules: [{ region: '示例县', year: 2023, date: '02-20' }] } }))).toEqual([])
  })
})

describe('deadlineFor', () => {
  it('prefers the most specific rule', () => {
    const options = { default: '01-31', rules: [{ region: '示例县', date: '02-20' }, { region: '示例县', year: 2020, date: '03-31' }] }
    expect(deadlineFor(options, '示例县', 2020)).toBe('2021-03-31')
    expect(deadlineFor(options, '示例县', 2021)).toBe('2022-02-20')
    expect(deadlineFor(options, '他县', 2021)).toBe('2022-01-31')
  })
})
