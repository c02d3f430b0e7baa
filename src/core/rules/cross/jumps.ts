// V-X-05: the proactive total jumps by more than ×3 or falls below ÷3 year on year; V-T2-05: 许可/处罚/强制 from 0 to many.
import type { CrossRule, CrossContext, CrossHit } from '../types.ts'
import { consecutivePairs } from '../cross-context.ts'

/** A year-on-year ratio beyond this (either way) is a jump. */
export const JUMP_RATIO = 3
/** A 表二 decision count at or above this after a year of 0 is worth a note. */
export const DECISIONS_JUMP_MIN = 50

function checkProactiveJumps(context: CrossContext): CrossHit[] {
  return consecutivePairs(context).flatMap(([prev, cur]) => {
    const a = prev.record.narrative.proactiveTotal?.value ?? null
    const b = cur.record.narrative.proactiveTotal?.value ?? null
    if (a === null || b === null || a <= 0 || b <= 0) return []
    if (b <= a * JUMP_RATIO && b * JUMP_RATIO >= a) return []
    const y = cur.record.year!
    return [{
      unit: cur.record.unit, year: y, report: cur,
      message: `主动公开总数由 ${y - 1} 年 ${a} 条变为 ${y} 年 ${b} 条（${b > a ? `增至 ${(b / a).toFixed(1)} 倍` : `降至 1/${(a / b).toFixed(1)}`}），请核对统计口径`,
      cells: ['narrative.proactiveTotal'],
    }]
  })
}

function checkDecisionJumps(context: CrossContext): CrossHit[] {
  const keys = ['licensing', 'penalty', 'coercion'] as const
  const names = { licensing: '行政许可', penalty: '行政处罚', coercion: '行政强制' }
  return consecutivePairs(context).flatMap(([prev, cur]) => {
    const a = prev.record.t2, b = cur.record.t2
    if (!a || !b) return []
    return keys.filter((k) => a[k] === 0 && (b[k] ?? 0) >= DECISIONS_JUMP_MIN).map((k) => ({
      unit: cur.record.unit, year: cur.record.year, report: cur,
      message: `${names[k]}处理决定由上年 0 件变为 ${b[k]} 件，可能是执法权下放，请注明`,
      cells: [`t2.${k}`],
    }))
  })
}

export const JUMP_RULES: CrossRule[] = [
  { id: 'V-X-05', severity: 'INFO', scope: 'cross', title: '主动公开数量大起大落',
    explanation: `主动公开总数同比超过 ${JUMP_RATIO} 倍或不足 1/${JUMP_RATIO}，多半是统计口径变了（如由网站扩大到微信）。`,
    check: checkProactiveJumps },
  { id: 'V-T2-05', severity: 'INFO', scope: 'cross', title: '许可处罚强制数量由零骤增',
    explanation: '乡镇获下放执法权后许可、处罚数可能骤增，这是正常的，但值得注明。',
    check: checkDecisionJumps },
]
