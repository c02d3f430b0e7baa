import type { ReportRecord } from '../model/report.ts'
import { setAtPath } from './record-paths.ts'

/** A supervisor's correction of one parsed value, kept with who/when/why. */
export interface ValueCorrection {
  path: string
  value: number | null
}

/**
 * Returns a copy of the record with the corrections applied (the parsed record is never changed),
 * so findings and charts use corrected values while the original stays available beside them.
 */
export function applyCorrections(record: ReportRecord, corrections: readonly ValueCorrection[]): ReportRecord {
  if (corrections.length === 0) return record
  const copy = structuredClone(record)
  for (const c of corrections) setAtPath(copy, c.path, c.value)
  return copy
}
