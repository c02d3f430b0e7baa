// Findings of large imports: each committed chunk marks its counties in the same transaction, and the
// findings are recomputed county by county afterwards, or at the next start if the page was closed first.
import { db, replaceFindings } from '../db/index.ts'
import { computeCountyFindings, type FindingsComputer, type HeldReport, type KnownReportFindings } from './findings.ts'
import { SETTING_KEYS } from './setting-keys.ts'

/** How many counties are computed at once (one per parse worker). */
const COUNTIES_IN_PARALLEL = 2

async function pendingCounties(): Promise<string[]> {
  return ((await db.settings.get(SETTING_KEYS.findingsPending))?.value as string[] | undefined) ?? []
}

/** Adds counties to the pending list; call inside the transaction that writes their reports. */
export async function markFindingsPending(counties: readonly string[]): Promise<void> {
  if (counties.length === 0) return
  const list = new Set([...(await pendingCounties()), ...counties])
  await db.settings.put({ key: SETTING_KEYS.findingsPending, value: [...list] })
}

export interface RecomputePendingOptions {
  signal?: AbortSignal
  onCounty?: (done: number, total: number) => void
  /** Per-report findings the import that marked the counties already made (see computeCountyFindings). */
  known?: KnownReportFindings
  /** Every stored report of some counties, held by that import: those counties are not read back. */
  held?: ReadonlyMap<string, readonly HeldReport[]>
}

/**
 * Computes one pending county's findings and, in one transaction, replaces them and takes the county off
 * the list — unless `stillCurrent()` is false by then (an import staged more of its reports meanwhile:
 * the county stays pending). `held`: every stored report of the county, when
 * the caller holds them (they are then not read back). Returns whether the findings were written.
 */
export async function settleCounty(county: string, computer: FindingsComputer, known?: KnownReportFindings, stillCurrent: () => boolean = () => true,
  held?: readonly HeldReport[]): Promise<boolean> {
  const findings = await computeCountyFindings(county, computer, { stored: held }, known)
  let written = false
  await db.transaction('rw', [db.countyFindings, db.settings], async () => {
    if (!stillCurrent()) return
    await replaceFindings(county, findings)
    const left = (await pendingCounties()).filter((c) => c !== county)
    await db.settings.put({ key: SETTING_KEYS.findingsPending, value: left })
    written = true
  })
  return written
}

/**
 * Recomputes the findings of every pending county; each county's findings are replaced and the county
 * taken off the list in one transaction, so an interruption only leaves counties still pending.
 */
export async function recomputePendingFindings(computer: FindingsComputer, o: RecomputePendingOptions = {}): Promise<number> {
  const counties = await pendingCounties()
  let next = 0
  let done = 0
  const lane = async () => {
    while (next < counties.length && !o.signal?.aborted) {
      const county = counties[next++]
      await settleCounty(county, computer, o.known, undefined, o.held?.get(county))
      done++
      o.onCounty?.(done, counties.length)
    }
  }
  await Promise.all(Array.from({ length: Math.min(COUNTIES_IN_PARALLEL, counties.length) }, lane))
  return done
}
