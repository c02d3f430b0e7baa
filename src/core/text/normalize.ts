import { TRADITIONAL_HINTS, toSimplified } from './to-simplified.ts'

/** Marks, in REPLACEMENTS, a character that is kept as it is. */
const KEEP = 0
/** Marks a carriage return: a space before \n (so offsets stay), else a line break. */
const CARRIAGE_RETURN = 13
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
  table[13] = CARRIAGE_RETURN
  for (const ch of TRADITIONAL_HINTS) table[ch.charCodeAt(0)] = TRADITIONAL
  return table
}

/** The text with every character of REPLACEMENTS replaced; `simplified` says the text needs no traditional check. */
function replaceOddChars(text: string, simplified: boolean): string {
  let out = ''
  let last = 0
  for (let i = 0; i < text.length; i++) {
    let to = REPLACEMENTS[text.charCodeAt(i)]
    if (to === KEEP) continue
    if (to === TRADITIONAL) {
      if (simplified) continue
      // Simplifying never yields a character of the table, so one more pass over its output is enough.
      return replaceOddChars(toSimplified(text), true)
    }
    if (to === CARRIAGE_RETURN) to = text.charCodeAt(i + 1) === 10 ? 0x20 : 0x0a
    out += text.slice(last, i) + String.fromCharCode(to)
    last = i + 1
  }
  return last === 0 ? text : out + text.slice(last)
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
