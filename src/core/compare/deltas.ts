import type { UnitMetrics } from './unit-metrics.ts'

/** How one unit's figures moved from the previous year. */
export interface UnitDelta {
  unit: string
  proactivePrev: number | null
  proactive: number | null
  applicationsPrev: number | null
  applications: number | null
  /** Reported last year but not this year, or the reverse. */
  status: 'both' | 'new' | 'dropped'
}

/** Pairs this year's metrics with last year's per unit, for the 总览 "changes since last year" table. */
export function compareYears(prev: readonly UnitMetrics[], cur: readonly UnitMetrics[]): UnitDelta[] {
  const before = new Map(prev.map((m) => [m.unit, m]))
  const now = new Map(cur.map((m) => [m.unit, m]))
  const units = [...new Set([...now.keys(), ...before.keys()])].sort((a, b) => a.localeCompare(b, 'zh-CN'))
  return units.map((unit) => {
    const p = before.get(unit), c = now.get(unit)
    return {
      unit,
      proactivePrev: p?.proactive ?? null,
      proactive: c?.proactive ?? null,
      applicationsPrev: p?.applications?.new ?? null,
      applications: c?.applications?.new ?? null,
      status: p && c ? 'both' : c ? 'new' : 'dropped',
    }
  })
}
