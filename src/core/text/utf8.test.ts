import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeUtf8Strict, decodeWithTextDecoder } from './utf8.ts'
import { decodeText } from './decode.ts'

const bytesOf = (...b: number[]) => new Uint8Array(b)
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

describe('decodeUtf8Strict', () => {
  it('decodes one- to four-byte characters as TextDecoder does', () => {
    const text = 'A\u00e9年报（一）\ud83d\ude00\u0800\uffff\ud800\udc00\udbff\udfff'
    const bytes = new TextEncoder().encode(text)
    expect(decodeUtf8Strict(bytes)?.text).toBe(text)
    expect(decodeUtf8Strict(bytes)?.text).toBe(strict.decode(bytes))
  })

  it('keeps a leading BOM as U+FEFF', () => {
    expect(decodeUtf8Strict(bytesOf(0xef, 0xbb, 0xbf, 0x41))?.text).toBe('\ufeffA')
  })

  it.each([
    ['an overlong form', [0xc0, 0xaf]],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf]],
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a lead byte F5', [0xf5, 0x80, 0x80, 0x80]],
    ['a continuation byte without a lead', [0x41, 0x80]],
    ['a sequence cut short at the end', [0x41, 0xe5, 0xb9]],
    ['GB18030 bytes', [0xc4, 0xea, 0xb1, 0xa8]],
  ])('refuses %s', (_, bytes) => {
    expect(decodeUtf8Strict(bytesOf(...bytes))).toBeNull()
  })

  it('counts control characters other than tab, line breaks and form feed, and U+FFFD', () => {
    const bytes = new TextEncoder().encode('a\tb\nc\r\fd\u0000e\u000bf\ufffd\u001f')
    expect(decodeUtf8Strict(bytes)?.suspectCount).toBe(4)
  })
})

describe('the two UTF-8 decoders', () => {
  const dirs = ['../shared/corpus/dev', 'data/demo'].map((d) => join(import.meta.dirname, '../../..', d))
  const files = dirs.flatMap((d) => readdirSync(d).filter((f) => /\.(txt|html?)$/.test(f)).map((f) => new Uint8Array(readFileSync(join(d, f)))))

  it('give decodeText the same result on every corpus and demo text, and on the same texts mangled', () => {
    expect(files.length).toBeGreaterThan(50)
    let seed = 7
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32
    for (const bytes of files) {
      const mangled = bytes.slice()
      for (let k = 0; k < 3; k++) mangled[Math.floor(random() * mangled.length)] = Math.floor(random() * 256)
      for (const b of [bytes, mangled, bytes.subarray(0, bytes.length - 1)]) {
        expect(decodeText(b, decodeUtf8Strict)).toEqual(decodeText(b, decodeWithTextDecoder))
      }
    }
  })
})
