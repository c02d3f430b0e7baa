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

/** A pending county to settle: `held` is every stored report of it when the caller holds them (not read back). */
export interface CountyToSettle {
  county: string
  held?: readonly HeldReport[]
  /** False by the time of writing when an import staged more of its reports meanwhile: it stays pending. */
  stillCurrent?: () => boolean
}

/**
 * Computes pending counties' findings and, in one transaction, replaces them and takes the counties off
 * the list, except those no longer current (they stay pending). Returns the counties written.
 */
export async function settleCounties(list: readonly CountyToSettle[], computer: FindingsComputer, known?: KnownReportFindings): Promise<string[]> {
  const computed = await Promise.all(list.map((c) => computeCountyFindings(c.county, computer, { stored: c.held }, known)))
  const written: string[] = []
  await db.transaction('rw', [db.countyFindings, db.settings], async () => {
    for (const [i, c] of list.entries()) {
      if (c.stillCurrent && !c.stillCurrent()) continue
      await replaceFindings(c.county, computed[i])
      written.push(c.county)
    }
    if (!written.length) return
    const done = new Set(written)
    await db.settings.put({ key: SETTING_KEYS.findingsPending, value: (await pendingCounties()).filter((c) => !done.has(c)) })
  })
  return written
}

/** One county, as settleCounties; returns whether its findings were written. */
export async function settleCounty(county: string, computer: FindingsComputer, known?: KnownReportFindings, stillCurrent: () => boolean = () => true,
  held?: readonly HeldReport[]): Promise<boolean> {
  return (await settleCounties([{ county, held, stillCurrent }], computer, known)).length === 1
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
