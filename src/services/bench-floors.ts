// Benchmark floors measured in the page on the same data: a raw Dexie bulkPut of the stored records into
// a scratch database, and plain line-and-field splitting of the same report texts.
import { Dexie } from 'dexie'
import { db, packTexts, textsOfReports, type StoredReport, type StoredTextPack } from '../db/index.ts'
import type { BenchManifest } from './bench-hook.ts'

const FLOOR_DB_NAME = 'nianbao-bench-floor'
const ROWS_PER_CHUNK = 1000
const FIELD_SEPARATOR_RE = /\t|\|/

/**
 * Reports per second for `bulkPut` of every stored report and its text, laid out as the app stores them
 * (texts packed by county-year), in chunks of 1,000 reports, one transaction each.
 */
export async function measureBulkPutFloor(): Promise<number> {
  const scratch = new Dexie(FLOOR_DB_NAME)
  scratch.version(1).stores({ reports: 'id, [county+year], [county+unit], county, demo', textPacks: 'key' })
  await scratch.open()
  let written = 0
  let ms = 0
  let after: string | null = null
  try {
    for (;;) {
      const reports: StoredReport[] = await (after === null ? db.reports.orderBy(':id') : db.reports.where(':id').above(after)).limit(ROWS_PER_CHUNK).toArray()
      if (reports.length === 0) break
      const packs = packsOf(reports, await textsOfReports(reports))
      after = reports[reports.length - 1].id
      const t0 = performance.now()
      await scratch.transaction('rw', ['reports', 'textPacks'], async () => {
        await scratch.table('reports').bulkPut(reports)
        await scratch.table('textPacks').bulkPut(packs)
      })
      ms += performance.now() - t0
      written += reports.length
    }
  } finally {
    scratch.close()
    await Dexie.delete(FLOOR_DB_NAME)
  }
  return written / (ms / 1000)
}

/** The texts of these reports packed as the import packs a chunk: one pack per county-year, under each report's pack key. */
function packsOf(reports: readonly StoredReport[], texts: Map<string, string>): StoredTextPack[] {
  const byKey = new Map<string, { id: string; text: string }[]>()
  for (const r of reports) {
    const text = texts.get(r.id)
    if (text === undefined || !r.textPack) continue
    const list = byKey.get(r.textPack) ?? []
    list.push({ id: r.id, text })
    byKey.set(r.textPack, list)
  }
  return [...byKey].map(([key, list]) => packTexts(key, list))
}

/** Reports per second for decoding the set's files and splitting them into lines and fields (one thread). */
export async function measureSplitFloor(manifestUrl: string): Promise<number> {
  const manifest = (await (await fetch(manifestUrl)).json()) as BenchManifest
  const decoder = new TextDecoder('utf-8')
  let files = 0
  let fields = 0
  let ms = 0
  for (const bundle of manifest.bundles) {
    const bytes = new Uint8Array(await (await fetch(bundle.url)).arrayBuffer())
    const t0 = performance.now()
    let offset = 0
    for (const f of bundle.files) {
      const text = decoder.decode(bytes.subarray(offset, offset + f.length))
      offset += f.length
      for (const line of text.split('\n')) fields += line.split(FIELD_SEPARATOR_RE).length
      files++
    }
    ms += performance.now() - t0
  }
  if (fields === 0) throw new Error('bench: nothing split')
  return files / (ms / 1000)
}
