// Deleting reports, keeping findings consistent with what is left.
import { db, deleteReports } from '../db/index.ts'
import { FINDINGS_TABLES, recomputeCountyFindings } from './findings.ts'
import { SETTING_KEYS } from './setting-keys.ts'

async function deleteAndRecompute(ids: string[], counties: string[]): Promise<void> {
  await db.transaction('rw', [...FINDINGS_TABLES], async () => {
    await deleteReports(ids)
    for (const c of counties) await recomputeCountyFindings(c)
  })
}

/** Deletes the reports with these ids (a unit-year, a unit or a year) and recomputes their counties' findings. */
export async function deleteReportIds(ids: string[]): Promise<void> {
  const rows = await db.reports.bulkGet(ids)
  const counties = [...new Set(rows.filter((r) => r).map((r) => r!.county))]
  await deleteAndRecompute(ids, counties)
}

/** Deletes the bundled demo data and remembers not to load it again. */
export async function clearDemoData(): Promise<void> {
  const rows = await db.reports.where('demo').equals(1).toArray()
  await deleteAndRecompute(rows.map((r) => r.id), [...new Set(rows.map((r) => r.county))])
  await db.settings.put({ key: SETTING_KEYS.demoDismissed, value: true })
}

/** Empties the whole database (the demo is not reloaded afterwards). */
export async function deleteEverything(): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const t of db.tables) await t.clear()
    await db.settings.put({ key: SETTING_KEYS.demoDismissed, value: true })
  })
}
