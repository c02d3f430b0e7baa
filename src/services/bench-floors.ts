// Benchmark floors measured in the page on the same data: a raw Dexie bulkPut of the stored records into
// a scratch database, and plain line-and-field splitting of the same report texts.
import { Dexie } from 'dexie'
import { db, readReportJson, type StoredReportPack } from '../db/index.ts'
import type { BenchManifest } from './bench-hook.ts'

const FLOOR_DB_NAME = 'nianbao-bench-floor'
const ROWS_PER_CHUNK = 1000
const FIELD_SEPARATOR_RE = /\t|\|/

/**
 * How the floor lays out the stored reports: `packs` as the app stores them (a county-year's reports of
 * one write in one row, their texts in another), `rows` a row per report as schema versions before 5 did.
 */
export type FloorLayout = 'packs' | 'rows'

/**
 * Reports per second for `bulkPut` of every stored report and its text into a scratch database, in chunks
 * of about 1,000 reports (whole packs), one transaction each.
 */
export async function measureBulkPutFloor(layout: FloorLayout = 'packs'): Promise<number> {
  const scratch = new Dexie(FLOOR_DB_NAME)
  scratch.version(1).stores({ reportPacks: 'key, [county+year], county, demo, *ids', reports: 'id, [county+year], [county+unit], county, demo', textPacks: 'key' })
  await scratch.open()
  let written = 0
  let ms = 0
  try {
    for await (const packs of chunksOfPacks()) {
      // A row per report was a report object (schema versions before 5).
      const reports = layout === 'rows' ? packs.flatMap((p) => p.reports.map(readReportJson)) : []
      const texts = (await db.textPacks.bulkGet(packs.map((p) => p.key))).filter((t) => t !== undefined)
      const t0 = performance.now()
      await scratch.transaction('rw', ['reportPacks', 'reports', 'textPacks'], async () => {
        if (layout === 'packs') await scratch.table('reportPacks').bulkPut(packs)
        else await scratch.table('reports').bulkPut(reports)
        await scratch.table('textPacks').bulkPut(texts)
      })
      ms += performance.now() - t0
      written += packs.reduce((n, p) => n + p.ids.length, 0)
    }
  } finally {
    scratch.close()
    await Dexie.delete(FLOOR_DB_NAME)
  }
  return written / (ms / 1000)
}

/** The stored report packs in key order, in runs of whole packs of about ROWS_PER_CHUNK reports. */
async function* chunksOfPacks(): AsyncGenerator<StoredReportPack[]> {
  let after: string | null = null
  for (;;) {
    const packs: StoredReportPack[] = await (after === null ? db.reportPacks.orderBy(':id') : db.reportPacks.where(':id').above(after)).limit(64).toArray()
    if (!packs.length) return
    after = packs[packs.length - 1].key
    let run: StoredReportPack[] = []
    let reports = 0
    for (const p of packs) {
      run.push(p)
      reports += p.ids.length
      if (reports >= ROWS_PER_CHUNK) {
        yield run
        run = []
        reports = 0
      }
    }
    if (run.length) yield run
  }
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
