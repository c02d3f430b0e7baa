// The app stores a report's text but not the source span of every value: it parses the stored text again
// when it shows the report. That only works while the parser reads its own output text to the very same
// record and spans — checked here on every report of the shared corpus (read in place) and the demo county.
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractDocument } from '../../src/ingest/index.ts'
import { createNodeIngestEnv } from '../../src/ingest/node-env.ts'
import { parseReport } from '../../src/core/parse/parse-report.ts'

const ROOT = join(import.meta.dirname, '../..')
const DIRS = [join(ROOT, '../shared/corpus/dev'), join(ROOT, '../shared/corpus/seed'), join(ROOT, 'data/demo')].filter((d) => existsSync(d))
const FILES = DIRS.flatMap((d) => readdirSync(d, { recursive: true }).map(String).filter((f) => /\.(txt|html?|docx|pdf)$/i.test(f)).map((f) => join(d, f)))

describe('parsing the stored text again', () => {
  it('gives back the same record, text and spans for every corpus and demo report', async () => {
    const env = createNodeIngestEnv()
    let checked = 0
    for (const file of FILES) {
      const doc = await extractDocument({ name: file, bytes: new Uint8Array(readFileSync(file)) }, env)
      if (!doc.ok) continue
      const first = parseReport(doc.text, { fileName: file })
      if (!first.ok) continue
      const again = parseReport(first.text, { fileName: file })
      expect(again, file).toEqual(first)
      checked++
    }
    expect(checked).toBeGreaterThanOrEqual(140)
  }, 120_000)
})
