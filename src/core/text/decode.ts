import { decodeWithTextDecoder, type Utf8Decoder } from './utf8.ts'

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'

export interface DecodedText {
  text: string
  encoding: TextEncodingName
}

/** What isTextLike counts: control characters other than tab, line feed, form feed and CR, and U+FFFD. */
const NOT_TEXT_RE = /[\x00-\x08\x0b\x0e-\x1f\ufffd]/

/**
 * Decodes a report's bytes: a BOM decides when present, otherwise strict UTF-8 is tried and
 * GB18030 (a superset of GBK and GB2312) is the fallback. Returns null for bytes that are not text.
 * `decodeUtf8` is the strict UTF-8 decoder that is fastest where this runs (see utf8.ts).
 */
export function decodeText(bytes: Uint8Array, decodeUtf8: Utf8Decoder = decodeWithTextDecoder): DecodedText | null {
  let encoding: TextEncodingName
  let body = bytes
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) { encoding = 'utf-8'; body = bytes.subarray(3) }
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) { encoding = 'utf-16le'; body = bytes.subarray(2) }
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) { encoding = 'utf-16be'; body = bytes.subarray(2) }
  else {
    const utf8 = decodeUtf8(bytes)
    if (utf8) return isTextLike(utf8.text, utf8.suspectCount) ? { text: utf8.text, encoding: 'utf-8' } : null
    encoding = 'gb18030'
  }
  const text = new TextDecoder(encoding).decode(body)
  return isTextLike(text) ? { text, encoding } : null
}

/** How much of a long text isTextLike reads. */
const TEXT_SAMPLE_LENGTH = 200_000

/**
 * Text has (almost) no control characters and few replacement characters. `suspectCount` is their
 * number in the whole text when the decoder has counted them already (see Utf8Text).
 */
function isTextLike(text: string, suspectCount: number | null = null): boolean {
  if (suspectCount !== null && text.length <= TEXT_SAMPLE_LENGTH) return suspectCount <= Math.max(2, text.length * 0.01)
  const sample = text.length > TEXT_SAMPLE_LENGTH ? text.slice(0, TEXT_SAMPLE_LENGTH) : text
  // Most texts have none at all: one native scan says so faster than the counting loop below.
  if (!NOT_TEXT_RE.test(sample)) return true
  let bad = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++
  }
  return bad <= Math.max(2, sample.length * 0.01)
}
