import { describe, expect, it } from 'vitest'
import { candidatePairs, gramSet, jaccard, jaccardAtLeast, maskText, sortUint32 } from './similarity.ts'

const BASE = '青禾镇坚持以公开为常态、不公开为例外，全年主动公开政府信息120条。青禾镇将加强培训，完善审核制度，拓展公开渠道，提高政策知晓率。'

describe('maskText', () => {
  it('masks digits, years and the unit name', () => {
    expect(maskText('2023年青禾镇公开 12 条', '青禾镇')).toBe('#年@公开#条')
  })
})

describe('jaccard', () => {
  it('is 1 for the same text with other numbers and another unit name', () => {
    const a = gramSet(maskText(BASE, '青禾镇'))
    const b = gramSet(maskText(BASE.replaceAll('青禾镇', '云栖乡').replace('120', '87'), '云栖乡'))
    expect(jaccard(a, b)).toBe(1)
  })

  it('is low for different texts', () => {
    const a = gramSet(maskText(BASE, null))
    const b = gramSet(maskText('本年度没有收到依申请公开事项，便民服务中心设立查阅点，方便群众就近查阅。', null))
    expect(jaccard(a, b)).toBeLessThan(0.2)
  })
})

describe('jaccardAtLeast', () => {
  it('gives the Jaccard similarity when it reaches the threshold and null otherwise, on random pairs', () => {
    let seed = 7
    const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32
    const word = (n: number) => Array.from({ length: n }, () => String.fromCharCode(0x4e00 + Math.floor(rand() * 40))).join('')
    let reached = 0
    for (let k = 0; k < 400; k++) {
      const base = word(150 + Math.floor(rand() * 200))
      const edited = rand() < 0.5 ? base.slice(0, Math.floor(base.length * (0.85 + rand() * 0.15))) + word(Math.floor(rand() * 10)) : word(base.length)
      const a = gramSet(base), b = gramSet(edited)
      for (const t of [0.5, 0.9]) {
        const full = jaccard(a, b)
        const got = jaccardAtLeast(a, b, t)
        expect(got).toBe(full >= t && a.length && b.length ? full : null)
        if (got !== null) reached++
      }
    }
    expect(reached).toBeGreaterThan(50)
  })
})

describe('candidatePairs', () => {
  it('finds a near-duplicate among many texts with MinHash bands', () => {
    const texts = Array.from({ length: 400 }, (_, i) => `${BASE}第${'甲乙丙丁戊己庚辛壬癸'[i % 10]}号文本${String.fromCharCode(0x4e00 + i * 37)}${String.fromCharCode(0x5e00 + i * 11)}结尾内容各不相同${String.fromCharCode(0x6e00 + i * 13)}`)
    const own = texts.map((t) => t.replace(BASE, ''))
    const sets = own.map((t, i) => gramSet(i === 399 ? own[17] : t))
    const pairs = candidatePairs(sets)
    expect(pairs.length).toBeLessThan(400 * 399 / 2)
    expect(pairs).toContainEqual([17, 399])
  })

  it('sorts unsigned 32-bit values as the built-in sort does, at every size', () => {
    let seed = 7
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0)
    for (const n of [0, 1, 2, 3, 255, 256, 1000, 5000, 70_000]) {
      const values = Uint32Array.from({ length: n }, (_, i) => (i % 5 === 0 ? 0xffffffff - (i % 3) : i % 7 === 0 ? next() & 0xff : next()))
      const sorted = values.slice()
      sortUint32(sorted)
      expect(sorted).toEqual(values.slice().sort())
    }
  })
})
