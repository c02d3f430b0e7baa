import type { ReportRecord } from '../model/report.ts'
import { getAtPath, setAtPath } from './record-paths.ts'

/** Values the report may leave out entirely (null), created when a supervisor supplies them. */
const CREATABLE: Record<string, () => object> = {
  'narrative.proactiveTotal': () => ({ value: null, approx: false }),
}

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
  for (const c of corrections) {
    const parent = c.path.slice(0, c.path.lastIndexOf('.'))
    if (getAtPath(copy, parent) === null && CREATABLE[parent]) setAtPath(copy, parent, CREATABLE[parent]())
    setAtPath(copy, c.path, c.value)
  }
  return copy
}
