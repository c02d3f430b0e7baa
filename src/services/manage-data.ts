// Deleting reports, keeping findings consistent with what is left.
import { db, deleteReports, demoReportIds, getReports, replaceFindings } from '../db/index.ts'
import { computeCountyFindings, type FindingsComputer } from './findings.ts'
import { sharedParserClient } from './parser-client.ts'
import { SETTING_KEYS } from './setting-keys.ts'

/** Deletes the reports with these ids (a unit-year, a unit or a year) and recomputes their counties' findings. */
export async function deleteReportIds(ids: string[], computer: FindingsComputer = sharedParserClient()): Promise<void> {
  const rows = (await getReports(ids)).filter((r) => r !== undefined)
  const counties = [...new Set(rows.map((r) => r.county))]
  const deleted = new Set(ids)
  const findings = await Promise.all(counties.map((c) => computeCountyFindings(c, computer, { deleted })))
  await db.transaction('rw', [db.reportPacks, db.textPacks, db.countyFindings], async () => {
    await deleteReports(rows)
    for (let i = 0; i < counties.length; i++) await replaceFindings(counties[i], findings[i])
  })
}

/** Deletes the bundled demo data and remembers not to load it again. */
export async function clearDemoData(computer?: FindingsComputer): Promise<void> {
  const ids = await demoReportIds()
  await deleteReportIds(ids, computer)
  await db.settings.put({ key: SETTING_KEYS.demoDismissed, value: true })
}

/** Empties the whole database (the demo is not reloaded afterwards). */
export async function deleteEverything(): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const t of db.tables) await t.clear()
    await db.settings.put({ key: SETTING_KEYS.demoDismissed, value: true })
  })
}
