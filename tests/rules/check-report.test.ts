// parseAndCheckReport runs the per-report rules once for flags and findings: both must be exactly what
// parseReport (flags) and runReportRules (findings) give, on every corpus, demo and generated report.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseAndCheckReport, parseReport } from '../../src/core/parse/parse-report.ts'
import { runReportRules } from '../../src/core/rules/index.ts'
import { extractDocument } from '../../src/ingest/index.ts'
import { sourceOf, type ParsedReport } from '../../src/core/model/report.ts'

const ROOT = join(import.meta.dirname, '../..')
const DIRS = ['../shared/corpus/dev', '../shared/corpus/seed', 'data/demo'].map((d) => join(ROOT, d)).filter(existsSync)
const files = DIRS.flatMap((d) => readdirSync(d).filter((f) => /\.(txt|html?)$/.test(f)).map((f) => join(d, f)))

/** Each readable report file's name and plain text. */
async function* reportTexts(): AsyncGenerator<{ name: string; text: string }> {
  for (const path of files) {
    const name = path.slice(path.lastIndexOf('/') + 1)
    const doc = await extractDocument({ name, bytes: new Uint8Array(readFileSync(path)) })
    if (doc.ok) yield { name, text: doc.text }
  }
}

describe('parseAndCheckReport', () => {
  it('gives the flags of parseReport and the findings of runReportRules on every report', async () => {
    expect(files.length).toBeGreaterThan(100)
    let findings = 0
    for await (const { name, text } of reportTexts()) {
      const plain = parseReport(text, { fileName: name })
      const checked = parseAndCheckReport(text, { fileName: name })
      expect(checked.ok).toBe(plain.ok)
      if (!plain.ok || !checked.ok) continue
      expect(checked.parsed).toEqual(plain)
      expect(checked.findings).toEqual(runReportRules(plain))
      findings += checked.findings.length
    }
    expect(findings).toBeGreaterThan(100)
  })

  it('finds one path\'s span without making them all, as the made spans give it, and the same findings', async () => {
    let paths = 0
    for await (const { name, text } of reportTexts()) {
      const lazy = parseReport(text, { fileName: name })
      const made = parseReport(text, { fileName: name })
      if (!lazy.ok || !made.ok) continue
      const spans = made.sources
      for (const p of [...Object.keys(spans), 'publishedAt', 't3.tot.new', 'no.such.path', 'constructor']) {
        expect(sourceOf(lazy, p), `${name} ${p}`).toEqual(Object.hasOwn(spans, p) ? spans[p] : undefined)
        paths++
      }
      // Rules that read spans before and after they are made.
      expect(runReportRules(parseReport(text, { fileName: name }) as ParsedReport)).toEqual(runReportRules(made))
    }
    expect(paths).toBeGreaterThan(10_000)
  })

  it('fails the same way as parseReport on a page that is not a report', () => {
    expect(parseAndCheckReport('你好', { fileName: 'x.txt' })).toEqual(parseReport('你好', { fileName: 'x.txt' }))
  })
})
