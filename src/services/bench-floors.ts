// Benchmark floors measured in the page on the same data: a raw Dexie bulkPut of the stored records into
// a scratch database, and plain line-and-field splitting of the same report texts.
import { Dexie } from 'dexie'
import { db, type StoredReport, type StoredText } from '../db/index.ts'
import type { BenchManifest } from './bench-hook.ts'

const FLOOR_DB_NAME = 'nianbao-bench-floor'
const ROWS_PER_CHUNK = 1000
const FIELD_SEPARATOR_RE = /\t|\|/

/** Reports per second for `bulkPut` of every stored report and text, in chunks of 1,000, one transaction each. */
export async function measureBulkPutFloor(): Promise<number> {
  const scratch = new Dexie(FLOOR_DB_NAME)
  scratch.version(1).stores({ reports: 'id, [county+year], [county+unit], county, demo', texts: 'id' })
  await scratch.open()
  let written = 0
  let ms = 0
  let after: string | null = null
  try {
    for (;;) {
      const reports: StoredReport[] = await (after === null ? db.reports.orderBy(':id') : db.reports.where(':id').above(after)).limit(ROWS_PER_CHUNK).toArray()
      if (reports.length === 0) break
      const texts = (await db.texts.bulkGet(reports.map((r) => r.id))).filter((t): t is StoredText => t !== undefined)
      after = reports[reports.length - 1].id
      const t0 = performance.now()
      await scratch.transaction('rw', ['reports', 'texts'], async () => {
        await scratch.table('reports').bulkPut(reports)
        await scratch.table('texts').bulkPut(texts)
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
