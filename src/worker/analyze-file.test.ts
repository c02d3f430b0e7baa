import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzeFile } from './analyze-file.ts'
import { parseReport } from '../core/parse/parse-report.ts'

const DEMO = join(import.meta.dirname, '../../data/demo')

describe('analyzeFile', () => {
  it('answers with the record as JSON and the text of a report, not its spans (the app parses the text again for those)', async () => {
    const bytes = readFileSync(join(DEMO, '云栖乡-2023.txt'))
    const [one] = await analyzeFile('云栖乡-2023.txt', new Uint8Array(bytes))
    if (!one.ok) throw new Error(one.error)
    const parsed = parseReport(one.parsed.text, { fileName: '云栖乡-2023.txt' })
    if (!parsed.ok) throw new Error(parsed.error)
    expect(JSON.parse(one.parsed.recordJson)).toEqual(parsed.record)
    expect(one.parsed).toMatchObject({ unit: '云栖乡', year: 2023, county: parsed.record.county, file: '云栖乡-2023.txt' })
    expect(one.parsed.text).toContain('云栖乡')
    expect(Object.keys(one.parsed).sort()).toEqual(['county', 'file', 'recordJson', 'text', 'unit', 'year'])
  })

  it('turns a file that is not a report into a Chinese reason', async () => {
    const [one] = await analyzeFile('空.txt', new Uint8Array())
    expect(one.ok).toBe(false)
    if (!one.ok) expect(one.error).toContain('空.txt')
  })
})
