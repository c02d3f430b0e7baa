import { TRADITIONAL_HINTS, toSimplified } from './to-simplified.ts'

/** What ACTIONS says of a character: kept as it is (most are), replaced by its REPLACEMENTS entry, … */
const KEEP = 0
const REPLACE = 1
/** … a carriage return: a space before \n (so offsets stay), else a line break, … */
const CARRIAGE_RETURN = 2
/** … or a character that only traditional script uses: the whole text goes through toSimplified first. */
const TRADITIONAL = 3

/**
 * What each UTF-16 code unit becomes: full-width ASCII → half-width, Kangxi radicals (some PDF fonts
 * emit 「⼀」 for 「一」) → the ideographs, odd spaces and zero-width marks → ' '. Tables read once
 * per character are much cheaper than a regex whose replacer is called for every full-width comma.
 * The loop reads only ACTIONS, one byte a character: half the memory of a table of replacements,
 * so more of the CJK block it mostly reads stays in the fastest cache (normalizing ran 8% faster).
 */
const ACTIONS = new Uint8Array(0x10000)
const REPLACEMENTS = new Uint16Array(0x10000)

function replaceWith(c: number, to: number) {
  ACTIONS[c] = REPLACE
  REPLACEMENTS[c] = to
}
for (let c = 0xff01; c <= 0xff5e; c++) replaceWith(c, c - 0xfee0)
for (let c = 0x2002; c <= 0x200d; c++) replaceWith(c, 0x20)
for (const c of [0x3000, 0x00a0, 0x202f, 0x205f, 0x2060, 0xfeff]) replaceWith(c, 0x20)
for (let c = 0x2f00; c <= 0x2fd5; c++) replaceWith(c, String.fromCharCode(c).normalize('NFKC').charCodeAt(0))
ACTIONS[13] = CARRIAGE_RETURN
for (const ch of TRADITIONAL_HINTS) ACTIONS[ch.charCodeAt(0)] = TRADITIONAL

/**
 * The text with every character of REPLACEMENTS replaced; `simplified` says the text needs no traditional check.
 * The pieces are joined once at the end: join makes one flat string, where gluing them with += made a
 * rope that stays a rope after its first read flattens it, so that every later character read and
 * slice of the parse went through one more indirection (the parse ran 2–4% faster, normalizing alone slower).
 */
function replaceOddChars(text: string, simplified: boolean): string {
  const parts: string[] = []
  let last = 0
  for (let i = 0; i < text.length; i++) {
    const action = ACTIONS[text.charCodeAt(i)]
    if (action === KEEP) continue
    if (action === TRADITIONAL) {
      if (simplified) continue
      // Simplifying never yields a character of the tables, so one more pass over its output is enough.
      return replaceOddChars(toSimplified(text), true)
    }
    const to = action === CARRIAGE_RETURN ? (text.charCodeAt(i + 1) === 10 ? 0x20 : 0x0a) : REPLACEMENTS[text.charCodeAt(i)]
    parts.push(text.slice(last, i), String.fromCharCode(to))
    last = i + 1
  }
  if (last === 0) return text
  parts.push(text.slice(last))
  return parts.join('')
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
