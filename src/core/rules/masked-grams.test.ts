// maskedGramSet makes in one pass the set that gramSet(maskText(…)) makes with strings and regexes: the
// same on random texts built from the characters the masking cares about, and on every corpus report.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { maskedGramSet } from './masked-grams.ts'
import { gramSet, maskText } from './similarity.ts'
import { copyGrams, COPY_MIN_CHARS } from './cross/copied.ts'
import { sectionText } from './sections.ts'
import { extractDocument } from '../../ingest/index.ts'
import { parseReport } from '../parse/parse-report.ts'

/** Characters around which the masking turns: white space of every kind, both kinds of digits, 年, '.', a name. */
const ALPHABET = [...' \t\n\r\v\f\u00a0\u3000\u2003\ufeff〇零一二三四五六七八九年0123456789..青禾镇公开条件年报#@', '青禾镇', '一二三四年', '2024.5']

function randomText(next: () => number, length: number): string {
  let text = ''
  while (text.length < length) text += ALPHABET[Math.floor(next() * ALPHABET.length)]
  return text
}

const stringWay = (text: string, unit: string | null) => {
  const masked = maskText(text, unit)
  return masked.length >= COPY_MIN_CHARS ? gramSet(masked).slice() : null
}

describe('maskedGramSet', () => {
  it('makes the set of gramSet(maskText(…)) on thousands of random texts, whole and in stretches', () => {
    let seed = 42
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32)
    let compared = 0
    for (let n = 0; n < 4000; n++) {
      const text = randomText(next, Math.floor(next() * 400))
      const unit = [null, '', '青禾镇', '禾', '一二三四年', '12'][n % 6]
      const cut = Math.floor(next() * text.length)
      // Stretches are read as if joined by a line break, as sectionText joins sections.
      const stretches = [{ start: 0, end: cut }, { start: Math.min(text.length, cut + 3), end: text.length }]
      const joined = `${text.slice(0, cut)}\n${text.slice(Math.min(text.length, cut + 3))}`
      expect(maskedGramSet(text, [{ start: 0, end: text.length }], unit, 0)).toEqual(gramSet(maskText(text, unit)).slice())
      expect(maskedGramSet(text, stretches, unit, COPY_MIN_CHARS)).toEqual(stringWay(joined, unit))
      compared++
    }
    expect(compared).toBe(4000)
  })

  it('makes the copy grams of every corpus and demo report as sectionText, maskText and gramSet did', async () => {
    const root = join(import.meta.dirname, '../../..')
    const dirs = ['../shared/corpus/dev', '../shared/corpus/seed', 'data/demo'].map((d) => join(root, d)).filter(existsSync)
    let reports = 0
    for (const dir of dirs) {
      for (const name of readdirSync(dir).filter((f) => /\.(txt|html?)$/.test(f))) {
        const doc = await extractDocument({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) })
        if (!doc.ok) continue
        const parsed = parseReport(doc.text, { fileName: name })
        if (!parsed.ok) continue
        const { unit } = parsed.record
        expect(copyGrams(parsed.text, unit), name).toEqual(stringWay(sectionText(parsed.text, [0, 4]), unit) ?? new Uint32Array(0))
        reports++
      }
    }
    expect(reports).toBeGreaterThan(100)
  })
})
