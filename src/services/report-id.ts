/** The county shown for reports that never name theirs. */
export const UNKNOWN_COUNTY = '未注明县（区）'

/** One report per county, year and unit. */
export function toReportId(county: string, year: number, unit: string): string {
  return `${county}|${year}|${unit}`
}
