import { describe, expect, it } from 'vitest'
import { decodeUtf8Strict } from './utf8.ts'

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
