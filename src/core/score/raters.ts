// Several committee members (raters) score the same year; their totals are reconciled by average or by an
// agreed value with a reason. Committee adjustments always need a reason.

/** One rater's own sheet for one year: section points and bonus decisions set by hand, per unit. */
export interface RaterSheet {
  rater: string
  year: number
  entries: Record<string, RaterEntry>
}
export interface RaterEntry {
  /** Section id → points the rater gives instead of the computed ones. */
  sections?: Record<string, number>
  /** Bonus item id → awarded or not, instead of the keyword check. */
  bonus?: Record<string, boolean>
}

/** The committee's agreed total for a unit where raters differ, with the reason. */
export interface Agreement { unit: string; year: number; total: number; reason: string }

/** A manual adjustment of a unit's total by the committee; the reason is required. */
export interface Adjustment { unit: string; year: number; points: number; reason: string; by?: string; at?: string }

export interface RaterTotal { rater: string; total: number }

export interface Reconciled {
  value: number
  method: 'computed' | 'average' | 'agreed'
  reason?: string
  /** Highest minus lowest rater total (0 with fewer than two raters). */
  spread: number
}

const round2 = (x: number) => Math.round(x * 100) / 100

/** A Chinese message when an adjustment cannot be applied (no reason, not a number), else null. */
export function checkAdjustment(a: Adjustment): string | null {
  if (!Number.isFinite(a.points)) return `${a.unit}：调整分值应为数字`
  if (!a.reason?.trim()) return `${a.unit}：人工调整必须填写理由`
  return null
}

/** Reconciles rater totals: an agreed value when the committee recorded one, else the average. */
export function reconcileTotals(computed: number, raters: readonly RaterTotal[], agreement?: Agreement): Reconciled {
  const totals = raters.map((r) => r.total)
  const spread = totals.length > 1 ? round2(Math.max(...totals) - Math.min(...totals)) : 0
  if (agreement && agreement.reason?.trim()) return { value: agreement.total, method: 'agreed', reason: agreement.reason, spread }
  if (!totals.length) return { value: computed, method: 'computed', spread }
  return { value: round2(totals.reduce((a, b) => a + b, 0) / totals.length), method: 'average', spread }
}
