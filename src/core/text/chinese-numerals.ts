// Chinese numerals as reports write counts: 「三」「十五」「二百三十」「两千」「一万二千」「三〇五」.

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 }

/** Characters that may appear in a Chinese numeral, for building regexes. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿'

/** 「三〇五」: digits written positionally, without 十/百/千. */
function toPositional(text: string): number | null {
  let value = 0
  for (const ch of text) {
    const d = DIGITS[ch]
    if (d === undefined) return null
    value = value * 10 + d
  }
  return value
}

/**
 * Converts a Chinese numeral (「二百三十」 → 230, 「十五」 → 15, 「两万」 → 20000) to a number;
 * null when the text is not a well-formed numeral.
 */
export function parseChineseNumeral(text: string): number | null {
  if (!text) return null
  if (text.length > 1 && !/[十百千万亿]/.test(text)) return toPositional(text)
  let total = 0
  let section = 0
  let digit: number | null = null
  for (const ch of text) {
    const d = DIGITS[ch]
    if (d !== undefined) {
      if (digit !== null && digit !== 0) return null
      digit = d
      continue
    }
    const unit = UNITS[ch]
    if (unit !== undefined) {
      section += (digit ?? 1) * unit
      digit = null
      continue
    }
    const big = BIG_UNITS[ch]
    if (big === undefined) return null
    total += (section + (digit ?? 0)) * big
    section = 0
    digit = null
  }
  return total + section + (digit ?? 0)
}
