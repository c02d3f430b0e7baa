// Feeds the truth records of ../shared/corpus/{dev,seed} (read in place) to reportFlags: the rules must
// reproduce every truth flag list. V-N-05 needs the text, so it is compared only where the file's text
// can be extracted (TXT/HTML, and DOCX/PDF once ingestion reads them); elsewhere it is left out.
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { reportFlags } from '../../src/core/rules/index.ts'
import { extractDocument } from '../../src/ingest/index.ts'
import { normalizeText } from '../../src/core/text/normalize.ts'
import type { ParsedReport, ReportRecord } from '../../src/core/model/report.ts'

const CORPUS = join(import.meta.dirname, '../../../shared/corpus')
const DIRS = ['dev', 'seed'].map((d) => join(CORPUS, d)).filter(existsSync)

const cases = DIRS.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.truth.json')).map((f) => [f, dir] as const))

async function textOf(dir: string, file: string): Promise<string | null> {
  const doc = await extractDocument({ name: file, bytes: new Uint8Array(readFileSync(join(dir, file))) })
  return doc.ok ? normalizeText(doc.text) : null
}

describe.skipIf(!cases.length)('reportFlags on truth records', () => {
  it.each(cases.length ? cases : [['none', '']] as const)('reproduces the flags of %s', async (name, dir) => {
    const truth = JSON.parse(readFileSync(join(dir, name), 'utf8')) as ReportRecord
    const text = await textOf(dir, truth.file)
    const report: ParsedReport = { ok: true, record: { ...truth, flags: [] }, text: text ?? '', sources: {} }
    const want = text === null ? truth.flags.filter((f) => f !== 'V-N-05') : truth.flags
    const got = reportFlags(report).filter((f) => text !== null || f !== 'V-N-05')
    expect(got).toEqual(want)
  })
})
