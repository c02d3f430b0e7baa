// Z7: missing (缺报) or late (迟报) reports; V-F-03: a report without a publication date cannot be checked.
import type { CrossRule, CrossContext, CrossHit } from '../types.ts'
import { deadlineFor } from '../deadlines.ts'

function checkMissing(context: CrossContext): CrossHit[] {
  return context.units.flatMap((unit) => context.years
    .filter((year) => !context.byUnit.get(unit)?.has(year))
    .map((year) => ({ unit, year, message: `缺报：${unit}没有 ${year} 年度报告`, cells: [] })))
}

function checkLate(context: CrossContext): CrossHit[] {
  const hits: CrossHit[] = []
  for (const unit of [...context.byUnit.keys()].sort()) {
    for (const [year, r] of [...context.byUnit.get(unit)!].sort((a, b) => a[0] - b[0])) {
      const date = r.record.publishedAt
      if (date === null) continue
      const deadline = deadlineFor(context.deadlines, r.record.county ?? context.county, year)
      if (date <= deadline) continue
      hits.push({ unit, year, report: r, message: `迟报：发布日期 ${date}，晚于截止日期 ${deadline}`, cells: ['publishedAt'] })
    }
  }
  return hits
}

function checkUndated(context: CrossContext): CrossHit[] {
  return [...context.byUnit.keys()].sort().flatMap((unit) => [...context.byUnit.get(unit)!]
    .filter(([, r]) => r.record.publishedAt === null)
    .map(([year, r]) => ({ unit, year, report: r, message: '报告未载明发布日期，无法判断是否按时发布', cells: ['publishedAt'] })))
}

export const MISSING_RULES: CrossRule[] = [
  { id: 'Z7', severity: 'WARN', scope: 'cross', title: '缺报或迟报',
    explanation: '名单上的单位某年度没有报告，或报告在截止日期（默认次年1月31日，可按地区、年度设置）之后发布。',
    check: (context) => [...checkMissing(context), ...checkLate(context)] },
  { id: 'V-F-03', severity: 'INFO', scope: 'cross', title: '发布日期不明',
    explanation: '报告没有载明发布日期，无法核对是否按时发布。',
    check: checkUndated },
]
