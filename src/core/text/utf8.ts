// Strict UTF-8 decoding, two ways with the same results: the platform's TextDecoder, or transcoding to
// UTF-16 in a loop and letting a UTF-16LE TextDecoder make the string. Which is faster depends on the
// platform, so the ingest environment chooses (see IngestEnv.decodeUtf8). On report pages (mostly
// Chinese, 3 bytes a character, about 7 KB): in Node 20 the loop takes 13 µs against 20 µs for
// TextDecoder('utf-8'), which builds its strings through V8's own UTF-8 decoder; in Chromium 156 it takes
// 18–22 µs against 9 µs for Blink's TextDecoder. The transcoder refuses exactly the byte sequences that
// TextDecoder('utf-8', { fatal: true }) refuses (WHATWG Encoding: no overlongs, surrogates or code
// points past U+10FFFF, no truncated sequences).

/** UTF-16 code units decoded so far; reused between calls and grown when a longer text comes. */
let units = new Uint16Array(16 * 1024)
/** Larger inputs go straight to TextDecoder, so that the reused buffer never holds on to much memory. */
const MAX_TRANSCODED_BYTES = 1 << 20
/** A Uint16Array's bytes are read as UTF-16LE, so this only works on little-endian machines (all usual ones). */
const IS_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true })
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

export interface Utf8Text {
  text: string
  /**
   * How many characters suggest the bytes are not text at all: C0 control characters other than
   * tab, line feed, form feed and carriage return, and U+FFFD. Counted while decoding, when the
   * bytes pass by anyway; null when the text was decoded without counting.
   */
  suspectCount: number | null
}

/** Decodes UTF-8 bytes (a leading BOM is read as U+FEFF, as with ignoreBOM), or null when they are not valid UTF-8. */
export type Utf8Decoder = (bytes: Uint8Array) => Utf8Text | null

/** Makes a string of the UTF-16 code units `units[0, length)`. */
export type Utf16ToString = (units: Uint16Array, length: number) => string

/** The portable way; Node has a faster one of its own (see createNodeIngestEnv). */
const utf16WithTextDecoder: Utf16ToString = (units, length) => utf16.decode(units.subarray(0, length))

/** A transcoding decoder (see the top of this file) that makes its strings with `toString`. */
export function makeUtf8Transcoder(toString: Utf16ToString = utf16WithTextDecoder): Utf8Decoder {
  return (bytes) => {
    if (!IS_LITTLE_ENDIAN || bytes.length > MAX_TRANSCODED_BYTES) return decodeWithTextDecoder(bytes)
    // Never more UTF-16 units than UTF-8 bytes.
    if (units.length < bytes.length) units = new Uint16Array(bytes.length)
    const counts = transcode(bytes, units)
    if (counts.units < 0) return null
    return { text: toString(units, counts.units), suspectCount: counts.suspects }
  }
}

/** The transcoding decoder, strings made by a UTF-16LE TextDecoder. */
export const decodeUtf8Strict: Utf8Decoder = makeUtf8Transcoder()

/** The platform's decoder. */
export function decodeWithTextDecoder(bytes: Uint8Array): Utf8Text | null {
  try {
    return { text: utf8.decode(bytes), suspectCount: null }
  } catch {
    return null
  }
}

const isContinuation = (b: number) => (b & 0xc0) === 0x80
/** isContinuation(b1) && isContinuation(b2) with one test. */
const areContinuations = (b1: number, b2: number) => (((b1 ^ 0x80) | (b2 ^ 0x80)) & 0xc0) === 0
const isSurrogate = (c: number) => (c & 0xf800) === 0xd800
/** A C0 control character other than tab, line feed, form feed and carriage return. */
const isSuspectControl = (b: number) => b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13

interface TranscodeCounts {
  /** UTF-16 code units written, or -1 when the bytes are not valid UTF-8. */
  units: number
  /** See Utf8Text.suspectCount. */
  suspects: number
}

const INVALID: TranscodeCounts = { units: -1, suspects: 0 }

/** Writes the UTF-16 code units of `bytes` into `out`, stopping at the first invalid sequence. */
function transcode(bytes: Uint8Array, out: Uint16Array): TranscodeCounts {
  const end = bytes.length
  let n = 0
  let i = 0
  let suspects = 0
  while (i < end) {
    const b = bytes[i]
    if (b < 0x80) {
      if (b < 0x20 && isSuspectControl(b)) suspects++
      out[n++] = b
      i++
    } else if (b >= 0xe0 && b < 0xf0) {
      if (i + 2 >= end) return INVALID
      const b1 = bytes[i + 1], b2 = bytes[i + 2]
      const c = ((b & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f)
      if (!areContinuations(b1, b2) || c < 0x800 || isSurrogate(c)) return INVALID
      if (c === 0xfffd) suspects++
      out[n++] = c
      i += 3
    } else if (b >= 0xc2 && b < 0xe0) {
      if (i + 1 >= end) return INVALID
      const b1 = bytes[i + 1]
      if (!isContinuation(b1)) return INVALID
      out[n++] = ((b & 0x1f) << 6) | (b1 & 0x3f)
      i += 2
    } else if (b >= 0xf0 && b <= 0xf4) {
      if (i + 3 >= end) return INVALID
      const b1 = bytes[i + 1], b2 = bytes[i + 2], b3 = bytes[i + 3]
      const c = ((b & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f)
      if (!isContinuation(b1) || !isContinuation(b2) || !isContinuation(b3) || c < 0x10000 || c > 0x10ffff) return INVALID
      // A surrogate pair.
      out[n++] = 0xd800 + ((c - 0x10000) >> 10)
      out[n++] = 0xdc00 + ((c - 0x10000) & 0x3ff)
      i += 4
    } else {
      // A continuation byte without a lead, or a lead that no valid sequence starts with (C0, C1, F5–FF).
      return INVALID
    }
  }
  return { units: n, suspects }
}
