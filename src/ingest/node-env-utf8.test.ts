// The Node environment's UTF-8 decoder (transcoded, strings made by Buffer) against the platform's.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeText } from '../core/text/decode.ts'
import { decodeWithTextDecoder } from '../core/text/utf8.ts'
import { createNodeIngestEnv } from './node-env.ts'

describe('createNodeIngestEnv().decodeUtf8', () => {
  const decodeUtf8 = createNodeIngestEnv().decodeUtf8!
  const dirs = ['../shared/corpus/dev', 'data/demo'].map((d) => join(import.meta.dirname, '../..', d))
  const files = dirs.flatMap((d) => readdirSync(d).filter((f) => /\.(txt|html?)$/.test(f)).map((f) => new Uint8Array(readFileSync(join(d, f)))))

  it('decodes every corpus and demo text, whole and cut, as TextDecoder does', () => {
    expect(files.length).toBeGreaterThan(50)
    for (const bytes of files) {
      for (const b of [bytes, bytes.subarray(0, bytes.length - 1), bytes.subarray(1)]) {
        expect(decodeText(b, decodeUtf8)).toEqual(decodeText(b, decodeWithTextDecoder))
      }
    }
  })

  it('reads text after a previous, longer one without its leftovers', () => {
    const long = new TextEncoder().encode('年报'.repeat(5000))
    expect(decodeUtf8(long)?.text).toBe('年报'.repeat(5000))
    expect(decodeUtf8(new TextEncoder().encode('A\u00e9年\ud83d\ude00'))?.text).toBe('A\u00e9年\ud83d\ude00')
  })
})
