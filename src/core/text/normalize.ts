import { toSimplified } from './to-simplified.ts'

const ODD_CHAR_RE = /[\uff01-\uff5e\u3000\u00a0\u2002-\u200d\u202f\u205f\u2060\ufeff\r\u2f00-\u2fd5]/g

function replaceOddChar(ch: string, offset: number, text: string): string {
  const code = ch.charCodeAt(0)
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0)
  if (code === 13) return text.charCodeAt(offset + 1) === 10 ? ' ' : '\n'
  // Kangxi radicals (some PDF fonts emit 「⼀」 for 「一」) are the ideographs themselves.
  if (code >= 0x2f00 && code <= 0x2fd5) return ch.normalize('NFKC')
  return ' '
}

/**
 * Normalises a report's plain text for matching: traditional → simplified, full-width letters, digits
 * and punctuation → half-width, Kangxi radicals → ideographs, odd spaces → ' ', zero-width marks → ' ', CRLF → LF.
 * Every step maps one character to one character, so offsets stay valid against the input.
 */
export function normalizeText(text: string): string {
  return toSimplified(text).replace(ODD_CHAR_RE, replaceOddChar)
}

/** Removes all whitespace: for comparing table labels that were broken across lines or cells. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '')
}
