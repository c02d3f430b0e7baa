// The demo county (data/demo, written by scripts/generate-demo.ts) parsed and checked end to end: the rules
// must raise exactly the planted cross-report findings of expected-findings.json, and each report its flags.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseFile } from '../../src/cli/parse-files.ts'
import { listInputFiles } from '../../src/cli/read-inputs.ts'
import { runCrossRules } from '../../src/core/rules/index.ts'
import type { ParsedReport } from '../../src/core/model/report.ts'

const DEMO = join(import.meta.dirname, '../../data/demo')
const readJson = (name: string) => JSON.parse(readFileSync(join(DEMO, name), 'utf8'))

interface Expected {
  cross: { rule: string; unit: string; year: number; file: string | null }[]
  reports: Record<string, string[]>
}

describe('the demo county', () => {
  let reports: ParsedReport[] = []
  const expected = readJson('expected-findings.json') as Expected

  beforeAll(async () => {
    for (const file of listInputFiles([DEMO])) {
      const r = await parseFile(file)
      if (r.ok) reports.push(r)
    }
  })

  it('parses every report file', () => {
    expect(reports.length).toBe(Object.keys(expected.reports).length)
  })

  it('raises exactly the planted cross-report findings', () => {
    const { county, units } = readJson('units.json')
    const found = runCrossRules(reports, { county, units, deadlines: readJson('deadlines.json') })
    const key = (f: { rule: string; unit: string | null; year: number | null; file: string | null }) => `${f.rule} ${f.unit} ${f.year} ${f.file}`
    expect(found.map(key).sort()).toEqual(expected.cross.map(key).sort())
  })

  it('gives every report its expected flags', () => {
    const got = Object.fromEntries(reports.map((r) => [r.record.file, r.record.flags]))
    expect(got).toEqual(expected.reports)
  })
})
