import { describe, expect, it } from 'vitest'
import { parseQuantity, toQuantity } from './numbers.ts'
import { parseChineseNumeral } from './chinese-numerals.ts'

describe('parseQuantity', () => {
  it('expands 万 and marks 余 as approximate when both are given', () => {
    expect(parseQuantity('2.5万余')).toEqual({ value: 25000, approx: true })
  })

  it('reads a plain count as exact when it has no quantifier', () => {
    expect(parseQuantity('318')).toEqual({ value: 318, approx: false })
  })

  it('marks 约 and 近 before the number as approximate', () => {
    expect(parseQuantity('约60')).toEqual({ value: 60, approx: true })
    expect(parseQuantity('近 90')).toEqual({ value: 90, approx: true })
  })

  it('converts Chinese numerals when the count is written in words', () => {
    expect(parseQuantity('十二')).toEqual({ value: 12, approx: false })
    expect(parseQuantity('三百多')).toEqual({ value: 300, approx: true })
  })

  it('returns null when the text is not a count', () => {
    expect(parseQuantity('若干')).toBeNull()
    expect(parseQuantity('')).toBeNull()
  })
})

describe('toQuantity', () => {
  it('reads the same quantity as parseQuantity when given the parts of a count', () => {
    expect(toQuantity({ digits: '1,254', scale: '万', approx: true })).toEqual(parseQuantity('约1,254万'))
    expect(toQuantity({ chinese: '三百', approx: true })).toEqual(parseQuantity('三百余'))
    expect(toQuantity({ chinese: '三审', approx: false })).toBeNull()
  })
})

describe('parseChineseNumeral', () => {
  it('reads numerals with 十, 百, 千 and 万 when they are well formed', () => {
    expect(parseChineseNumeral('十五')).toBe(15)
    expect(parseChineseNumeral('二百零七')).toBe(207)
    expect(parseChineseNumeral('两千')).toBe(2000)
    expect(parseChineseNumeral('三万四千')).toBe(34000)
  })

  it('reads digit-by-digit numerals when no unit character is used', () => {
    expect(parseChineseNumeral('二〇五')).toBe(205)
  })

  it('returns null when a character is not a numeral', () => {
    expect(parseChineseNumeral('三审')).toBeNull()
  })
})
