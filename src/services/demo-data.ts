// The bundled demo county (data/demo/), imported through the same pipeline as user files.
import { db } from '../db/index.ts'
import { importFiles, type ImportFilesOptions, type ImportFilesResult, type ImportInput } from './import-files.ts'
import { SETTING_KEYS } from './setting-keys.ts'
import { recomputeFindings } from './findings.ts'

const DEMO_URLS = import.meta.glob('/data/demo/*', { query: '?url', import: 'default' }) as Record<string, () => Promise<string>>
const META_FILES = new Set(['units.json', 'deadlines.json', 'expected-findings.json', 'manifest.json', 'README.md'])
const REPORT_FILE_RE = /\.(txt|html?|shtml|docx|pdf|zip)$/i

const baseName = (p: string) => p.split('/').pop() ?? p

/** The demo report files, read on demand from the built assets. */
export function listDemoInputs(): ImportInput[] {
  return Object.entries(DEMO_URLS)
    .filter(([path]) => REPORT_FILE_RE.test(path) && !META_FILES.has(baseName(path)))
    .map(([path, load]) => ({ name: baseName(path), read: async () => (await fetch(await load())).arrayBuffer() }))
    .sort((a, b) => a.name.localeCompare(b.name))
}

async function readDemoJson(name: string): Promise<unknown> {
  const load = DEMO_URLS[`/data/demo/${name}`]
  if (!load) return null
  return (await fetch(await load())).json()
}

/** Reads a unit list in the shapes units.json may take: names, {name|unit}, or {county, units}. */
export function toUnitLists(json: unknown, fallbackCounty: string | null): Map<string, string[]> {
  const lists = new Map<string, string[]>()
  const nameOf = (u: unknown) => (typeof u === 'string' ? u : ((u as Record<string, unknown>)?.name ?? (u as Record<string, unknown>)?.unit) as string | undefined)
  const add = (county: string | null, units: unknown[]) => {
    if (!county) return
    lists.set(county, [...(lists.get(county) ?? []), ...units.map(nameOf).filter((x): x is string => typeof x === 'string')])
  }
  if (Array.isArray(json)) {
    const grouped = json.every((u) => typeof u === 'object' && u && 'county' in u && !('units' in u))
    if (grouped) for (const u of json as Record<string, unknown>[]) add(u.county as string, [u])
    else for (const u of json) if (u && typeof u === 'object' && 'units' in u) add((u as Record<string, unknown>).county as string, (u as { units: unknown[] }).units)
    else add(fallbackCounty, [u])
  } else if (json && typeof json === 'object') {
    const o = json as Record<string, unknown>
    if (Array.isArray(o.units)) add((o.county as string) ?? fallbackCounty, o.units)
    else for (const [county, units] of Object.entries(o)) if (Array.isArray(units)) add(county, units)
  }
  return lists
}

/** Loads the demo county once into an empty database; does nothing when the user dismissed it. */
export async function loadDemoIfEmpty(options: Omit<ImportFilesOptions, 'demo'>): Promise<ImportFilesResult | null> {
  const [count, dismissed] = await Promise.all([db.reportPacks.count(), db.settings.get(SETTING_KEYS.demoDismissed)])
  const inputs = listDemoInputs()
  if (count > 0 || dismissed?.value || inputs.length === 0) return null
  const result = await importFiles(inputs, { ...options, demo: true })
  if (result.cancelled || result.counties.length === 0) return result
  const [units, deadlines] = await Promise.all([readDemoJson('units.json'), readDemoJson('deadlines.json')])
  await db.transaction('rw', db.settings, async () => {
    for (const [county, list] of toUnitLists(units, result.counties[0])) await db.settings.put({ key: SETTING_KEYS.units(county), value: list })
    if (deadlines) await db.settings.put({ key: SETTING_KEYS.deadlines, value: deadlines })
  })
  await recomputeFindings(result.counties, options.parser)
  return result
}
