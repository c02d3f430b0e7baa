import type { Quantity } from '../model/report.ts'
import { parseChineseNumeral } from './chinese-numerals.ts'

/** One stated quantity: optional 约/近/逾 before, digits (「1,254」 too) or a Chinese numeral, 万/亿, 余/多 after. */
const QUANTITY_RE = /^(约|近|逾|超过)?\s*(?:(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*([万亿])?|([零〇一二两三四五六七八九十百千万亿]+))\s*(余|多)?$/
const SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8 }

/** The parts of a stated quantity, as a regex captures them: digits (with their 万/亿) or a Chinese numeral. */
export interface QuantityParts {
  /** Arabic digits, 「1,254」 or 「3.2」. */
  digits?: string
  /** 万 or 亿 after the digits. */
  scale?: string
  /** A Chinese numeral, when there are no digits. */
  chinese?: string
  /** Whether 约/近/逾/超过 or 余/多 mark the count as approximate. */
  approx: boolean
}

/**
 * The quantity its parts state (see parseQuantity), for callers whose own regex has already split a
 * count into digits, scale and numeral: they need not write it out and read it again.
 */
export function toQuantity({ digits, scale, chinese, approx }: QuantityParts): Quantity | null {
  let value: number | null
  if (digits !== undefined) value = Number(digits.replace(/,/g, '')) * (scale ? SCALE[scale] : 1)
  else value = parseChineseNumeral(chinese ?? '')
  if (value === null || !Number.isFinite(value)) return null
  return { value: Math.round(value), approx }
}

/**
 * Reads a stated count such as 「1.7万余」 (→ 17000, approx), 「200余」, 「约44」 or 「三百」 as a lower
 * bound with an approximation flag; null when the text is not a count. 万/亿 are expanded and the
 * result rounded to whole units, because reports give counts, not fractions.
 */
export function parseQuantity(text: string): Quantity | null {
  const m = QUANTITY_RE.exec(text.trim())
  if (!m) return null
  const [, before, digits, scale, chinese, after] = m
  return toQuantity({ digits, scale, chinese, approx: Boolean(before || after) })
}
