import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseReport } from '../core/parse/parse-report.ts'
import { sourcesOfText } from './report-text.ts'

const DEMO = join(import.meta.dirname, '../../data/demo')

describe('sourcesOfText', () => {
  it('parses the stored text again to the spans the import saw', async () => {
    const file = readFileSync(join(DEMO, '云栖乡-2023.txt'), 'utf8')
    const first = parseReport(file, { fileName: '云栖乡-2023.txt' })
    if (!first.ok) throw new Error(first.error)
    const spans = await sourcesOfText(first.text, '云栖乡-2023.txt')
    expect(spans).toEqual(first.sources)
    expect(first.text.slice(spans['t3.tot.new'].start, spans['t3.tot.new'].end)).toBe(String(first.record.t3!.tot.new))
  })

  it('has no spans for a text that does not parse', async () => {
    expect(await sourcesOfText('', 'empty.txt')).toEqual({})
  })
})
