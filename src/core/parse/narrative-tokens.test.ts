import { describe, expect, it } from 'vitest'
import { mayHoldCount, scanCounts } from './narrative-tokens.ts'

describe('mayHoldCount', () => {
  it('finds a number when a passage has digits or a count in Chinese numerals', () => {
    expect(mayHoldCount('全年主动公开政府信息42条。')).toBe(true)
    expect(mayHoldCount('通过公开栏张贴三条。')).toBe(true)
  })

  it('finds none in a heading without a count, so its sentences need no reading', () => {
    expect(mayHoldCount('一、总体情况')).toBe(false)
    expect(scanCounts('一、总体情况')).toEqual([])
  })
})

describe('scanCounts', () => {
  it('skips years and dates and reads the counts around them', () => {
    const counts = scanCounts('2023年1月1日至12月31日,发布信息约1.2万余条')
    expect(counts.map((c) => [c.quantity.value, c.quantity.approx, c.kind])).toEqual([[12000, true, 'items']])
  })
})
