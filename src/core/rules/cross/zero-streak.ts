// Z2: Z1 (no application) for three or more consecutive years. A missing year breaks the streak.
import type { ParsedReport } from '../../model/report.ts'
import type { CrossRule, CrossHit, CrossContext } from '../types.ts'
import { unitSeries } from '../cross-context.ts'

/** Consecutive zero-application years that make a Z2. */
export const ZERO_STREAK_MIN = 3

function streakHit(unit: string, run: ParsedReport[]): CrossHit {
  const first = run[0].record.year!, last = run[run.length - 1].record.year!
  return {
    unit, year: last, report: run[run.length - 1],
    message: `${first}—${last} 年连续 ${run.length} 年零申请（表三 本年新收 总计均为 0）`,
    cells: ['t3.tot.new'],
  }
}

function checkZeroStreaks(context: CrossContext): CrossHit[] {
  const hits: CrossHit[] = []
  for (const unit of [...context.byUnit.keys()].sort()) {
    let run: ParsedReport[] = []
    const flush = () => { if (run.length >= ZERO_STREAK_MIN) hits.push(streakHit(unit, run)); run = [] }
    for (const r of unitSeries(context, unit)) {
      const prev = run[run.length - 1]
      if (prev && prev.record.year! + 1 !== r.record.year) flush()
      if (r.record.t3?.tot.new === 0) run.push(r)
      else flush()
    }
    flush()
  }
  return hits
}

export const ZERO_STREAK_RULE: CrossRule = {
  id: 'Z2', severity: 'INFO', scope: 'cross', title: '连续零申请',
  explanation: `连续 ${ZERO_STREAK_MIN} 年及以上本年新收为 0。多数情况正常，与主动公开极少或复制年报同时出现时值得一看。`,
  check: checkZeroStreaks,
}
