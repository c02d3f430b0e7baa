const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** Reads a small integer written in Arabic digits or Chinese numerals up to 99 (「十二」, 「二十六」, 「31」). */
export function parseChineseInteger(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text)
  const m = /^([一二三四五六七八九两])?(十)?([一二三四五六七八九〇零])?$/.exec(text)
  if (!m || (!m[1] && !m[2] && !m[3])) return null
  if (!m[2]) return m[3] != null ? DIGITS[m[3]] : DIGITS[m[1]!]
  return (m[1] ? DIGITS[m[1]] : 1) * 10 + (m[3] ? DIGITS[m[3]] : 0)
}
