import { toSimplified } from './to-simplified.ts'

/** Odd character → its replacement (0: kept). CR is decided by what follows it, in the loop. */
const ODD_CHAR_TABLE = new Uint16Array(0x10000)
for (let c = 0xff01; c <= 0xff5e; c++) ODD_CHAR_TABLE[c] = c - 0xfee0
for (const c of [0x3000, 0xa0, 0x202f, 0x205f, 0x2060, 0xfeff]) ODD_CHAR_TABLE[c] = 32
for (let c = 0x2002; c <= 0x200d; c++) ODD_CHAR_TABLE[c] = 32
// Kangxi radicals (some PDF fonts emit 「⼀」 for 「一」) are the ideographs themselves.
for (let c = 0x2f00; c <= 0x2fd5; c++) ODD_CHAR_TABLE[c] = String.fromCharCode(c).normalize('NFKC').charCodeAt(0)
const CR = 13

/**
 * Normalises a report's plain text for matching: traditional → simplified, full-width letters, digits
 * and punctuation → half-width, Kangxi radicals → ideographs, odd spaces → ' ', zero-width marks → ' ', CRLF → LF.
 * Every step maps one character to one character, so offsets stay valid against the input.
 */
export function normalizeText(text: string): string {
  const simple = toSimplified(text)
  // One scan with a table lookup: a regex replace would call back for every Chinese comma and colon.
  let out = ''
  let last = 0
  for (let i = 0; i < simple.length; i++) {
    const c = simple.charCodeAt(i)
    const to = c === CR ? (simple.charCodeAt(i + 1) === 10 ? 32 : 10) : ODD_CHAR_TABLE[c]
    if (to) { out += simple.slice(last, i) + String.fromCharCode(to); last = i + 1 }
  }
  return last ? out + simple.slice(last) : simple
}

/** Removes all whitespace: for comparing table labels that were broken across lines or cells. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '')
}
