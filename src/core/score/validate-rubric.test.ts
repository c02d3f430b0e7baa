import { describe, expect, it } from 'vitest'
import { createDefaultRubric } from './default-rubric.ts'
import { validateRubric } from './validate-rubric.ts'
import { restoreRubric } from './restore-rubric.ts'

describe('validateRubric', () => {
  it('accepts the default rubric', () => {
    expect(validateRubric(createDefaultRubric())).toEqual([])
  })

  it('says by how much the weights miss the scale', () => {
    const r = createDefaultRubric()
    r.sections[0].weight = 20
    expect(validateRubric(r)).toEqual([{ path: 'sections', message: '各评分项分值合计 105 分，应等于总分 100 分（相差 -5 分）' }])
  })

  it('requires checklist items to add up to their section', () => {
    const r = createDefaultRubric()
    const s = r.sections[1]
    if (s.kind === 'checklist') s.items[0].points = 1
    expect(validateRubric(r).map((i) => i.path)).toContain('sections.1.items')
  })

  it('requires grade cut-offs in descending order within the scale', () => {
    const r = createDefaultRubric()
    r.grades[1].min = 95
    r.vetoes[0].cap = 120
    expect(validateRubric(r).map((i) => i.message)).toEqual([
      '否决项「缺报」的封顶分应在 0～100 之间', '等次「良好」的分数线应低于「优秀」的 90 分',
    ])
  })
})

describe('restoreRubric', () => {
  it('round-trips a rubric through JSON', () => {
    const r = createDefaultRubric()
    r.name = '2024 年县考评细则'
    r.year = 2024
    expect(restoreRubric(JSON.parse(JSON.stringify({ rubric: r })))).toEqual(r)
  })

  it('rejects a file that is not a rubric', () => {
    expect(() => restoreRubric({ hello: 1 })).toThrow('文件不是评分细则')
  })
})
