import { describe, expect, it } from 'vitest'
import { decodeText } from './decode.ts'

const gb18030 = (text: string) => {
  // GB18030 bytes of a few characters, written out so the test needs no encoder: 年=C4EA 报=B1A8 镇=D5F2
  const table: Record<string, number[]> = { 年: [0xc4, 0xea], 报: [0xb1, 0xa8], 镇: [0xd5, 0xf2] }
  return new Uint8Array([...text].flatMap((c) => table[c] ?? [c.charCodeAt(0)]))
}

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const bytes = new TextEncoder().encode('赵岗镇年报')
    expect(decodeText(bytes)).toEqual({ text: '赵岗镇年报', encoding: 'utf-8' })
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))?.text).toBe('赵岗镇年报')
  })

  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    expect(decodeText(gb18030('2023年报 镇'))).toEqual({ text: '2023年报 镇', encoding: 'gb18030' })
  })

  it('reads UTF-16 with a BOM', () => {
    const s = '镇2023'
    const le = new Uint8Array([0xff, 0xfe, ...[...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])])
    expect(decodeText(le)?.text).toBe(s)
  })

  it('refuses binary bytes', () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256)
    expect(decodeText(bytes)).toBeNull()
  })
})
