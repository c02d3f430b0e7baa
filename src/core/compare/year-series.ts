import type { UnitMetrics } from './unit-metrics.ts'

export interface YearSeries {
  years: number[]
  series: { unit: string; values: (number | null)[] }[]
}

/**
 * Lays one metric of several units over a continuous run of years. A year without a report, or a
 * report that does not state the figure, is null (a gap in the chart), never 0.
 */
export function buildYearSeries(
  metrics: readonly UnitMetrics[],
  units: readonly string[],
  pick: (m: UnitMetrics) => number | null,
): YearSeries {
  const yearsSeen = metrics.map((m) => m.year).filter((y) => y > 0)
  if (yearsSeen.length === 0) return { years: [], series: units.map((unit) => ({ unit, values: [] })) }
  const first = Math.min(...yearsSeen), last = Math.max(...yearsSeen)
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i)
  const byKey = new Map(metrics.map((m) => [`${m.unit}|${m.year}`, m]))
  return {
    years,
    series: units.map((unit) => ({
      unit,
      values: years.map((y) => {
        const m = byKey.get(`${unit}|${y}`)
        return m ? pick(m) : null
      }),
    })),
  }
}
