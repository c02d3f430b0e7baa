// Checks a rubric before it is used or saved: weights add up to the scale, points are sane, cut-offs ordered.
import type { Rubric, RubricSection } from './rubric.ts'

/** One problem of a rubric: where (a path such as "sections.2.weight") and a Chinese message. */
export interface RubricIssue { path: string; message: string }

const EPS = 1e-9
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
const fmt = (n: number) => String(Math.round(n * 100) / 100)

function checkSection(s: RubricSection, i: number, out: RubricIssue[]): void {
  const at = (k: string) => `sections.${i}.${k}`
  const name = s.label || `第 ${i + 1} 项`
  if (!s.label?.trim()) out.push({ path: at('label'), message: `第 ${i + 1} 个评分项缺少名称` })
  if (!isNum(s.weight) || s.weight < 0) out.push({ path: at('weight'), message: `「${name}」的分值应为不小于 0 的数` })
  if (s.kind === 'checklist') {
    const sum = s.items.reduce((a, it) => a + (isNum(it.points) ? it.points : NaN), 0)
    if (s.items.some((it) => !isNum(it.points) || it.points < 0)) out.push({ path: at('items'), message: `「${name}」的细项分值应为不小于 0 的数` })
    else if (Math.abs(sum - s.weight) > EPS) out.push({ path: at('items'), message: `「${name}」各细项合计 ${fmt(sum)} 分，应等于该项分值 ${fmt(s.weight)} 分` })
  }
  if (s.kind === 'deductions' && s.deductions.some((d) => !isNum(d.points) || d.points < 0)) {
    out.push({ path: at('deductions'), message: `「${name}」的扣分应为不小于 0 的数` })
  }
  if (s.kind === 'timeliness' && (!isNum(s.perWeekLate) || s.perWeekLate < 0 || !isNum(s.undatedDeduction) || s.undatedDeduction < 0)) {
    out.push({ path: at('perWeekLate'), message: `「${name}」的迟报扣分应为不小于 0 的数` })
  }
  if (s.kind === 'channels' && (!isNum(s.perChannel) || s.perChannel < 0)) out.push({ path: at('perChannel'), message: `「${name}」每个渠道的分值应为不小于 0 的数` })
  if (s.kind === 'similarity') {
    const ok = s.bands.every((b, j) => isNum(b.below) && b.below > 0 && b.below <= 1 && isNum(b.points) && b.points >= 0 && b.points <= s.weight + EPS
      && (j === 0 || b.below > s.bands[j - 1].below))
    if (!ok) out.push({ path: at('bands'), message: `「${name}」的相似度档次应按相似度从低到高排列，相似度在 0～1 之间，得分不超过该项分值` })
  }
}

/** Every problem of a rubric, in Chinese; an empty list means it can be used. */
export function validateRubric(rubric: Rubric): RubricIssue[] {
  const out: RubricIssue[] = []
  if (!rubric.name?.trim()) out.push({ path: 'name', message: '请填写细则名称' })
  if (!isNum(rubric.scale) || rubric.scale <= 0) out.push({ path: 'scale', message: '总分应为大于 0 的数' })
  rubric.sections.forEach((s, i) => checkSection(s, i, out))
  const ids = rubric.sections.map((s) => s.id)
  if (new Set(ids).size !== ids.length) out.push({ path: 'sections', message: '评分项的编号有重复' })
  const total = rubric.sections.reduce((a, s) => a + (isNum(s.weight) ? s.weight : 0), 0)
  if (isNum(rubric.scale) && Math.abs(total - rubric.scale) > EPS) {
    out.push({ path: 'sections', message: `各评分项分值合计 ${fmt(total)} 分，应等于总分 ${fmt(rubric.scale)} 分（相差 ${fmt(rubric.scale - total)} 分）` })
  }
  rubric.vetoes.forEach((v, i) => {
    if (!isNum(v.cap) || v.cap < 0 || v.cap > rubric.scale) out.push({ path: `vetoes.${i}.cap`, message: `否决项「${v.label}」的封顶分应在 0～${fmt(rubric.scale)} 之间` })
    if (v.when.kind === 'similarity' && (!isNum(v.when.min) || v.when.min <= 0 || v.when.min > 1)) out.push({ path: `vetoes.${i}.when`, message: `否决项「${v.label}」的相似度应在 0～1 之间` })
  })
  if (!isNum(rubric.bonus.max) || rubric.bonus.max < 0) out.push({ path: 'bonus.max', message: '加分上限应为不小于 0 的数' })
  rubric.bonus.items.forEach((b, i) => {
    if (!isNum(b.points) || b.points < 0) out.push({ path: `bonus.items.${i}.points`, message: `加分项「${b.label}」的分值应为不小于 0 的数` })
  })
  rubric.grades.forEach((g, i) => {
    if (!g.label?.trim()) out.push({ path: `grades.${i}.label`, message: `第 ${i + 1} 个等次缺少名称` })
    if (!isNum(g.min) || g.min < 0 || g.min > rubric.scale) out.push({ path: `grades.${i}.min`, message: `等次「${g.label}」的分数线应在 0～${fmt(rubric.scale)} 之间` })
    else if (i > 0 && g.min >= rubric.grades[i - 1].min) out.push({ path: `grades.${i}.min`, message: `等次「${g.label}」的分数线应低于「${rubric.grades[i - 1].label}」的 ${fmt(rubric.grades[i - 1].min)} 分` })
  })
  return out
}
