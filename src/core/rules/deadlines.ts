// Publication deadlines, configurable per region and year (DOMAIN §1.11): the default is 01-31 of N+1.

/** One deadline: for a region (county name) and/or a statistical year; `date` is "MM-DD" of year N+1 or a full "YYYY-MM-DD". */
export interface DeadlineRule {
  region?: string
  year?: number
  date: string
}

export interface DeadlineOptions {
  /** "MM-DD" of year N+1 used when no rule matches. @default '01-31' */
  default?: string
  /** Specific deadlines; the most specific match wins (region and year, then year, then region). */
  rules?: DeadlineRule[]
}

export const DEFAULT_DEADLINE = '01-31'
const MONTH_DAY_RE = /^\d{2}-\d{2}$/

function specificity(rule: DeadlineRule): number {
  return (rule.year !== undefined ? 2 : 0) + (rule.region !== undefined ? 1 : 0)
}

/** The last day ("YYYY-MM-DD") on which a report of `year` for `region` is on time. */
export function deadlineFor(options: DeadlineOptions, region: string | null, year: number): string {
  const matches = (options.rules ?? [])
    .filter((r) => (r.year === undefined || r.year === year) && (r.region === undefined || r.region === region))
    .sort((a, b) => specificity(b) - specificity(a))
  const date = matches[0]?.date ?? options.default ?? DEFAULT_DEADLINE
  return MONTH_DAY_RE.test(date) ? `${year + 1}-${date}` : date
}
