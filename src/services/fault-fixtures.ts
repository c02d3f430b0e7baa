// Test helpers for the fault tests: real report bytes from the demo county, hostile variants of them,
// and a whole-database snapshot to prove that a refused input changed nothing.
import { readFileSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { db, readReportJson } from '../db/index.ts'
import type { ImportInput } from './import-files.ts'

/** Tests run from the project root (happy-dom gives modules an http URL, so not import.meta.url). */
const DEMO_DIR = resolve(process.cwd(), 'data/demo') + '/'

/** A demo county report's text (data/demo, committed). */
export const demoText = (file: string): string => readFileSync(DEMO_DIR + file, 'utf8')

/** The demo report files matching `pattern`, sorted (the generator picks each report's format). */
export const demoFiles = (pattern: RegExp): string[] => readdirSync(DEMO_DIR).filter((f) => pattern.test(f)).sort()

/** An import input holding these bytes or text. */
export function inputOf(name: string, content: string | Uint8Array): ImportInput {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content
  return { name, size: bytes.byteLength, read: async () => bytes.slice().buffer as ArrayBuffer }
}

/** The scripts a hostile report page carries; each would set `window.__xss` if it ever ran. */
export const HOSTILE_MARKUP = '<script>window.__xss = "script"</script><img src="x" onerror="window.__xss = \'onerror\'">'
  + '<a href="javascript:window.__xss=\'link\'">点此查看附件</a><svg onload="window.__xss=\'svg\'"></svg>'

/** A demo HTML report with hostile markup inserted after its title, and its file name. */
export function hostileReport(): { name: string; html: string } {
  const name = demoFiles(/-2023\.html$/)[0]
  return { name, html: demoText(name).replace('</h1>', `</h1>${HOSTILE_MARKUP}`) }
}

/** Every row of every table, in key order: equal snapshots mean nothing was added, lost or changed. */
export async function snapshotDb(): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (t) => [t.name, await t.toCollection().toArray()] as const))
  return JSON.stringify(tables.map(([name, rows]) => [name, rows.map((r) => { const { id: _ignored, ...rest } = r as { id?: unknown }; return typeof _ignored === 'number' ? rest : r })]))
}

/**
 * Reports without their text in the pack they name, reports stored twice or in a pack whose id list is out
 * of step, empty report packs, and texts in a pack no report names (of no report, a stale copy of a replaced
 * one, or a second copy): a half-written or leaked report.
 */
export async function halfRecords(): Promise<string[]> {
  const [reportPacks, packs] = await Promise.all([db.reportPacks.toArray(), db.textPacks.toArray()])
  const half: string[] = []
  const packOfReport = new Map<string, string | undefined>()
  for (const rp of reportPacks) {
    if (!rp.reports.length) half.push(`(空的报告包 ${rp.key})`)
    const reports = rp.reports.map(readReportJson)
    if (rp.ids.length !== reports.length || reports.some((r, i) => rp.ids[i] !== r.id)) half.push(...rp.ids)
    for (const r of reports) {
      if (packOfReport.has(r.id)) half.push(r.id)
      packOfReport.set(r.id, r.textPack)
    }
  }
  const found = new Set<string>()
  for (const p of packs) {
    for (const id of Object.keys(p.texts)) {
      if (packOfReport.get(id) === p.key && !found.has(id)) found.add(id)
      else half.push(id)
    }
  }
  return [...[...packOfReport.keys()].filter((id) => !found.has(id)), ...half]
}
