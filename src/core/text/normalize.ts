import { TRADITIONAL_HINTS, toSimplified } from './to-simplified.ts'

/** Marks, in REPLACEMENTS, a character that is kept as it is. */
const KEEP = 0
/** Marks a carriage return: a space before \n (so offsets stay), else a line break. */
const CARRIAGE_RETURN = 13
/** Marks half of a surrogate pair: kept, but a lone one must not reach TextDecoder (see toString). */
const SURROGATE = 0xfffe
/** Marks a character that only traditional script uses: the whole text goes through toSimplified first. */
const TRADITIONAL = 0xffff

/**
 * What each UTF-16 code unit becomes: full-width ASCII → half-width, Kangxi radicals (some PDF fonts
 * emit 「⼀」 for 「一」) → the ideographs, odd spaces and zero-width marks → ' '. A table read once
 * per character is much cheaper than a regex whose replacer is called for every full-width comma.
 */
const REPLACEMENTS = buildReplacements()

function buildReplacements(): Uint16Array {
  const table = new Uint16Array(0x10000)
  for (let c = 0xff01; c <= 0xff5e; c++) table[c] = c - 0xfee0
  for (let c = 0x2002; c <= 0x200d; c++) table[c] = 0x20
  for (const c of [0x3000, 0x00a0, 0x202f, 0x205f, 0x2060, 0xfeff]) table[c] = 0x20
  for (let c = 0x2f00; c <= 0x2fd5; c++) table[c] = String.fromCharCode(c).normalize('NFKC').charCodeAt(0)
  for (let c = 0xd800; c <= 0xdfff; c++) table[c] = SURROGATE
  table[13] = CARRIAGE_RETURN
  for (const ch of TRADITIONAL_HINTS) table[ch.charCodeAt(0)] = TRADITIONAL
  return table
}

/** The output's code units; reused between calls and grown when a longer text comes. */
let units = new Uint16Array(16 * 1024)
/** Longer texts get a buffer of their own, so that the reused one never holds on to much memory. */
const MAX_REUSED_UNITS = 1 << 20
/** A Uint16Array's bytes are read as UTF-16LE, so TextDecoder only works on little-endian machines (all usual ones). */
const IS_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true })
/** A high surrogate without a low one after it, or a low one without a high one before it. */
const LONE_SURROGATE_RE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
const CHARS_PER_CALL = 8192

/**
 * The string of the first n units. TextDecoder makes it in one native step; a report has a
 * full-width comma every few dozen characters, and gluing the pieces between them costs more.
 * Lone surrogates (which TextDecoder would turn into U+FFFD) take the slower way that keeps them.
 */
function toString(out: Uint16Array, n: number, loneSurrogates: boolean): string {
  if (IS_LITTLE_ENDIAN && !loneSurrogates) return utf16.decode(out.subarray(0, n))
  let text = ''
  for (let i = 0; i < n; i += CHARS_PER_CALL) {
    text += String.fromCharCode(...out.subarray(i, Math.min(n, i + CHARS_PER_CALL)))
  }
  return text
}

/** The text with every character of REPLACEMENTS replaced; `simplified` says the text needs no traditional check. */
function replaceOddChars(text: string, simplified: boolean): string {
  const n = text.length
  const out = n <= units.length ? units : n <= MAX_REUSED_UNITS ? (units = new Uint16Array(n)) : new Uint16Array(n)
  let surrogates = false
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    let to = REPLACEMENTS[c]
    if (to === KEEP) {
      out[i] = c
      continue
    }
    if (to === TRADITIONAL || to === SURROGATE) {
      // Simplifying never yields a character of the table, so one more pass over its output is enough.
      if (to === TRADITIONAL && !simplified) return replaceOddChars(toSimplified(text), true)
      surrogates ||= to === SURROGATE
      out[i] = c
      continue
    }
    if (to === CARRIAGE_RETURN) to = text.charCodeAt(i + 1) === 10 ? 0x20 : 0x0a
    out[i] = to
  }
  return toString(out, n, surrogates && LONE_SURROGATE_RE.test(text))
}

/**
 * Normalises a report's plain text for matching: traditional → simplified, full-width letters, digits
 * and punctuation → half-width, Kangxi radicals → ideographs, odd spaces → ' ', zero-width marks → ' ', CRLF → LF.
 * Every step maps one character to one character, so offsets stay valid against the input.
 * One pass over the text finds the characters to replace and whether it is traditional at all.
 */
export function normalizeText(text: string): string {
  return replaceOddChars(text, false)
}

/** Removes all whitespace: for comparing table labels that were broken across lines or cells. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '')
}
