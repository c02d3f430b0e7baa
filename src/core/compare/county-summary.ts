import type { UnitMetrics } from './unit-metrics.ts'

/** The headline figures of 总览 for one county and year. */
export interface CountySummary {
  reporting: number
  missing: string[]
  proactiveTotal: number
  /** Units whose report states no proactive total (not counted in proactiveTotal). */
  proactiveUnstated: number
  applicationsNew: number
  unitsWithApplications: number
}

/**
 * Sums a county-year's unit metrics into headline figures. `expectedUnits` is the county's unit list
 * (units.json or every unit seen in any year), so units without a report are named as missing.
 */
export function summarizeCountyYear(metrics: readonly UnitMetrics[], expectedUnits: readonly string[]): CountySummary {
  const present = new Set(metrics.map((m) => m.unit))
  let proactiveTotal = 0, proactiveUnstated = 0, applicationsNew = 0, unitsWithApplications = 0
  for (const m of metrics) {
    if (m.proactive == null) proactiveUnstated++
    else proactiveTotal += m.proactive
    const n = m.applications?.new ?? 0
    applicationsNew += n
    if (n > 0) unitsWithApplications++
  }
  return {
    reporting: present.size,
    missing: expectedUnits.filter((u) => !present.has(u)),
    proactiveTotal, proactiveUnstated, applicationsNew, unitsWithApplications,
  }
}
