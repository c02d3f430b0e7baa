import type { ParsedReport } from '../model/report.ts'
import type { CrossContext } from './types.ts'
import type { DeadlineOptions } from './deadlines.ts'

export interface CrossRuleOptions {
  /** The units that should report (the county list); default: the units that have reports. */
  units?: string[]
  /** The county the set belongs to; reports naming another county are left out. */
  county?: string
  deadlines?: DeadlineOptions
  /** The years that should be covered; default: from the earliest to the latest year of the set. */
  years?: number[]
}

function yearRange(reports: ParsedReport[]): number[] {
  const years = reports.map((r) => r.record.year).filter((y): y is number => y !== null)
  if (!years.length) return []
  const lo = Math.min(...years), hi = Math.max(...years)
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i)
}

/** Groups a county's reports by unit and year for the cross-report rules. */
export function buildCrossContext(all: ParsedReport[], options: CrossRuleOptions): CrossContext {
  const county = options.county ?? null
  const reports = all.filter((r) => !county || r.record.county === null || r.record.county === county)
  const byUnit = new Map<string, Map<number, ParsedReport>>()
  for (const r of reports) {
    const { unit, year } = r.record
    if (unit === null || year === null) continue
    const years = byUnit.get(unit) ?? new Map<number, ParsedReport>()
    if (!years.has(year)) years.set(year, r)
    byUnit.set(unit, years)
  }
  const units = options.units ?? [...byUnit.keys()].sort()
  return { reports, byUnit, units, years: options.years ?? yearRange(reports), county, deadlines: options.deadlines ?? {} }
}

/** The unit's reports in year order. */
export function unitSeries(context: CrossContext, unit: string): ParsedReport[] {
  const years = context.byUnit.get(unit)
  return years ? [...years.keys()].sort((a, b) => a - b).map((y) => years.get(y)!) : []
}

/** Pairs of a unit's reports for consecutive years (N−1, N). */
export function consecutivePairs(context: CrossContext): [ParsedReport, ParsedReport][] {
  const pairs: [ParsedReport, ParsedReport][] = []
  for (const unit of [...context.byUnit.keys()].sort()) {
    const series = unitSeries(context, unit)
    for (let i = 1; i < series.length; i++) {
      if (series[i].record.year === series[i - 1].record.year! + 1) pairs.push([series[i - 1], series[i]])
    }
  }
  return pairs
}
