import { toSimplified } from './to-simplified.ts'

const FULL_WIDTH_RE = /[\uff01-\uff5e\u3000\u00a0\u2002-\u200a\u202f\u205f]/g
const ZERO_WIDTH_RE = /[\u200b-\u200d\u2060\ufeff]/g

function toHalfWidth(ch: string): string {
  const code = ch.charCodeAt(0)
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0)
  return ' '
}

/**
 * Normalises a report's plain text for matching: traditional → simplified, full-width letters, digits
 * and punctuation → half-width, odd spaces → ' ', zero-width marks → ' ', CRLF → LF.
 * Every step maps one character to one character, so offsets stay valid against the input.
 */
export function normalizeText(text: string): string {
  return toSimplified(text)
    .replace(FULL_WIDTH_RE, toHalfWidth)
    .replace(ZERO_WIDTH_RE, ' ')
    .replace(/\r\n?/g, (m) => (m.length === 2 ? ' \n' : '\n'))
}

/** Removes all whitespace: for comparing table labels that were broken across lines or cells. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '')
}
