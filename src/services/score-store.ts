// Rubrics and committee sheets in IndexedDB (the settings table, so no schema change): rubrics by year and
// name, and per county and year the raters' sheets, agreed values and adjustments.
import { db } from '../db/index.ts'
import { createDefaultRubric, restoreRubric, type Adjustment, type Agreement, type RaterSheet, type Rubric } from '../core/score/index.ts'

const RUBRIC_PREFIX = 'rubric:'
export const rubricKey = (year: number, name: string) => `${RUBRIC_PREFIX}${year}:${name}`
const activeKey = (year: number) => `rubricActive:${year}`
const sheetsKey = (county: string, year: number) => `scoreSheets:${county}:${year}`

export interface CommitteeSheets { raters: RaterSheet[]; agreements: Agreement[]; adjustments: Adjustment[] }

/** The names of the rubrics saved for a year, sorted. */
export async function listRubricNames(year: number): Promise<string[]> {
  const rows = await db.settings.where('key').startsWith(`${RUBRIC_PREFIX}${year}:`).toArray()
  return rows.map((r) => r.key.slice(`${RUBRIC_PREFIX}${year}:`.length)).sort((a, b) => a.localeCompare(b, 'zh-CN'))
}

/** The rubric in use for a year: the last saved or chosen one, else the default. */
export async function loadActiveRubric(year: number): Promise<Rubric> {
  const name = (await db.settings.get(activeKey(year)))?.value
  const row = typeof name === 'string' ? await db.settings.get(rubricKey(year, name)) : undefined
  if (!row) return { ...createDefaultRubric(), year }
  try { return restoreRubric(row.value) } catch { return { ...createDefaultRubric(), year } }
}

/** Loads a saved rubric by name and makes it the one in use. */
export async function selectRubric(year: number, name: string): Promise<Rubric | null> {
  const row = await db.settings.get(rubricKey(year, name))
  if (!row) return null
  await db.settings.put({ key: activeKey(year), value: name })
  return restoreRubric(row.value)
}

/** Saves a rubric under its name and year and makes it the one in use. */
export async function saveRubric(rubric: Rubric, year: number): Promise<void> {
  const copy = JSON.parse(JSON.stringify({ ...rubric, year })) as Rubric
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: rubricKey(year, rubric.name), value: copy })
    await db.settings.put({ key: activeKey(year), value: rubric.name })
  })
}

/** Deletes a saved rubric. */
export async function deleteRubric(year: number, name: string): Promise<void> {
  await db.settings.delete(rubricKey(year, name))
}

/** The raters' sheets, agreements and adjustments of a county and year. */
export async function loadCommitteeSheets(county: string, year: number): Promise<CommitteeSheets> {
  const v = (await db.settings.get(sheetsKey(county, year)))?.value as Partial<CommitteeSheets> | undefined
  return { raters: v?.raters ?? [], agreements: v?.agreements ?? [], adjustments: v?.adjustments ?? [] }
}

export async function saveCommitteeSheets(county: string, year: number, sheets: CommitteeSheets): Promise<void> {
  await db.settings.put({ key: sheetsKey(county, year), value: JSON.parse(JSON.stringify(sheets)) })
}

/** A rubric as a downloadable JSON file. */
export function rubricToFile(rubric: Rubric): Blob {
  return new Blob([JSON.stringify({ kind: 'nianbao-rubric', version: 1, rubric }, null, 1)], { type: 'application/json' })
}

/** A rubric read from an imported file; throws an Error with a Chinese message. */
export async function rubricFromFile(file: Blob): Promise<Rubric> {
  let json: unknown
  try { json = JSON.parse(await file.text()) } catch { throw new Error('文件不是有效的 JSON') }
  return restoreRubric(json)
}
