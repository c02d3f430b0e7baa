import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzeFile } from './analyze-file.ts'

const DEMO = join(import.meta.dirname, '../../data/demo')

describe('analyzeFile', () => {
  it('answers with the record and text of a report, not its spans (the app parses the text again for those)', async () => {
    const [one] = await analyzeFile('云栖乡-2023.txt', new Uint8Array(readFileSync(join(DEMO, '云栖乡-2023.txt'))))
    if (!one.ok) throw new Error(one.error)
    expect(one.parsed.record.unit).toBe('云栖乡')
    expect(one.parsed.text).toContain('云栖乡')
    expect(Object.keys(one.parsed).sort()).toEqual(['ok', 'record', 'text'])
  })

  it('turns a file that is not a report into a Chinese reason', async () => {
    const [one] = await analyzeFile('空.txt', new Uint8Array())
    expect(one.ok).toBe(false)
    if (!one.ok) expect(one.error).toContain('空.txt')
  })
})
