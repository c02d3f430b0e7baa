import type { TextCell } from './cells.ts'

/** What a table cell holds: a number, an explicit or empty blank (null), or a label. */
export type CellKind = 'number' | 'blank' | 'empty' | 'label'

const NUMBER_CELL_RE = /^[-+−]?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s*(?:万元|元|件|条|个|项))?$/
const WU = 0x65e0 // 无
const KONG = 0x7a7a // 空
/** U+FEFF counts as whitespace in \s, so it may start a number cell. */
const BOM = 0xfeff
/** Separators and units removed before reading a number cell. */
const NUMBER_NOISE_RE = /[,\s]|万元|元|件|条|个|项/g
/** Explicit "no value" markers: 「/」, 「-」, 「—」, 「无」, masked 「**」. */
const BLANK_MARK_RE = /^(?:[/\\\-—–_]{1,3}|无|空|\*{1,4}|×)$/

/** Classifies a cell's text. An empty cell is a slot with no value; a label is anything else. */
export function classifyCell(text: string): CellKind {
  if (!text) return 'empty'
  // Most labels start with an ideograph, which no number and no blank marker but 无/空 can start with.
  const first = text.charCodeAt(0)
  if (first >= 0x4e00 && first !== WU && first !== KONG && first !== BOM) return 'label'
  if (digitsValue(text) >= 0 || NUMBER_CELL_RE.test(text)) return 'number'
  if (BLANK_MARK_RE.test(text)) return 'blank'
  return 'label'
}

/** The number in a value cell (「1,234」, 「-8」, 「29.0506」, 「8040元」), or null for blanks. */
export function cellNumber(cell: TextCell | null | undefined): number | null {
  if (!cell || cell.kind !== 'number') return null
  // Most cells are plain digits: read them in one loop, without the regexes or a string-to-number call.
  const digits = digitsValue(cell.text)
  if (digits >= 0) return digits
  const v = Number(cell.text.replace(NUMBER_NOISE_RE, '').replace('−', '-'))
  return Number.isFinite(v) ? v : null
}

/**
 * The value of a text of 1–15 ASCII digits, or −1 for any other text. Fifteen digits stay below 2^53,
 * so summing them digit by digit is exact: the same number as Number(text).
 */
function digitsValue(text: string): number {
  if (!text.length || text.length > 15) return -1
  let value = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 48 || c > 57) return -1
    value = value * 10 + (c - 48)
  }
  return value
}

/** True for a cell that takes a column position in a row: a number, a blank marker or an empty cell. */
export function isValueSlot(text: string): boolean {
  return classifyCell(text) !== 'label'
}
