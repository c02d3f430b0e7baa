// Text similarity for copied reports (Z6): character 5-gram sets after masking years, digits and the unit's name.

/** Gram length for the similarity. */
export const GRAM = 5
const DIGITS_RE = /\d+(\.\d+)?/g
const SPACE_RE = /\s+/g
const CN_YEAR_RE = /[〇零一二三四五六七八九]{4}年/g

/** Text prepared for comparison: no spaces, digits (and so years) as '#', the unit's own name as '@'. */
export function maskText(text: string, unit: string | null): string {
  let t = text.replace(SPACE_RE, '').replace(CN_YEAR_RE, '#年').replace(DIGITS_RE, '#')
  // A plain search: a regex made from the name would be compiled again for every report.
  if (unit) t = t.replaceAll(unit, '@')
  return t
}

function hashGram(s: string, from: number): number {
  let h = 0x811c9dc5
  for (let i = from; i < from + GRAM; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/**
 * A set of hashed grams as a sorted array of distinct values: building it is one sort, and comparing two
 * is one merge walk (a county compares every pair of its reports of a year, so this is Z6's hot path).
 */
export type GramSet = Uint32Array

/** The set of hashed character 5-grams of a masked text. */
export function gramSet(masked: string): GramSet {
  const n = Math.max(0, masked.length - GRAM + 1)
  const all = new Uint32Array(n)
  for (let i = 0; i < n; i++) all[i] = hashGram(masked, i)
  sortUint32(all)
  let size = 0
  for (let i = 0; i < n; i++) if (i === 0 || all[i] !== all[i - 1]) all[size++] = all[i]
  return all.subarray(0, size)
}

/** Largest array sorted by radix: the scratch buffer it needs is kept between calls. */
const MAX_RADIX_SORTED = 1 << 16
let scratch = new Uint32Array(1024)
const byteCounts = new Uint32Array(256)

/**
 * Sorts unsigned 32-bit values in place, ascending: a byte at a time from the lowest (LSD radix sort,
 * four passes, so the values end up back in `a`). The built-in sort compares numbers, and hashes above
 * 2^30 are not small integers to V8: it took twice as long on a report's grams.
 */
export function sortUint32(a: Uint32Array): void {
  const n = a.length
  if (n > MAX_RADIX_SORTED) {
    a.sort()
    return
  }
  if (scratch.length < n) scratch = new Uint32Array(Math.max(n, scratch.length * 2))
  let from: Uint32Array = a, to: Uint32Array = scratch
  for (let shift = 0; shift < 32; shift += 8) {
    byteCounts.fill(0)
    for (let i = 0; i < n; i++) byteCounts[(from[i] >>> shift) & 0xff]++
    let start = 0
    for (let b = 0; b < 256; b++) {
      const count = byteCounts[b]
      byteCounts[b] = start
      start += count
    }
    for (let i = 0; i < n; i++) {
      const v = from[i]
      to[byteCounts[(v >>> shift) & 0xff]++] = v
    }
    const t = from
    from = to
    to = t
  }
}

/** Jaccard similarity |A∩B| / |A∪B| of two gram sets (0 when both are empty). */
export function jaccard(a: GramSet, b: GramSet): number {
  if (!a.length && !b.length) return 0
  let i = 0, j = 0, common = 0
  while (i < a.length && j < b.length) {
    const x = a[i], y = b[j]
    if (x === y) { common++; i++; j++ } else if (x < y) i++
    else j++
  }
  return common / (a.length + b.length - common)
}

/**
 * The Jaccard similarity of two sets when it is at least `threshold` (> 0), else null. It stops as soon as
 * too few grams are left to reach the threshold: J ≥ t needs |A∩B| ≥ t(|A|+|B|)/(1+t), and most pairs of
 * a county's reports are far below it.
 */
export function jaccardAtLeast(a: GramSet, b: GramSet, threshold: number): number | null {
  if (!a.length || !b.length || Math.min(a.length, b.length) < threshold * Math.max(a.length, b.length)) return null
  const needed = Math.ceil((threshold * (a.length + b.length)) / (1 + threshold) - 1e-9)
  let i = 0, j = 0, common = 0
  while (i < a.length && j < b.length) {
    const x = a[i], y = b[j]
    if (x === y) { common++; i++; j++ } else {
      if (x < y) i++
      else j++
      if (common + Math.min(a.length - i, b.length - j) < needed) return null
    }
  }
  const value = common / (a.length + b.length - common)
  return value >= threshold ? value : null
}

const MINHASH_K = 80
const BAND_ROWS = 8
const SEEDS = Array.from({ length: MINHASH_K }, (_, i) => Math.imul(i + 1, 0x9e3779b1) >>> 0)


/** Band keys of a MinHash signature: two sets with Jaccard ≥ 0.9 share a key with probability > 0.99. */
export function bandKeys(set: GramSet): string[] {
  const sig = new Array<number>(MINHASH_K).fill(0xffffffff)
  for (const g of set) {
    const x = Math.imul(g ^ (g >>> 16), 0x85ebca6b)
    for (let k = 0; k < MINHASH_K; k++) {
      let h = Math.imul(x ^ SEEDS[k], 0xc2b2ae35)
      h = (h ^ (h >>> 15)) >>> 0
      if (h < sig[k]) sig[k] = h
    }
  }
  const keys: string[] = []
  for (let b = 0; b < MINHASH_K / BAND_ROWS; b++) keys.push(`${b}:${sig.slice(b * BAND_ROWS, (b + 1) * BAND_ROWS).join(',')}`)
  return keys
}

/** Index pairs [i, j] (i < j) worth comparing: all pairs for small groups, MinHash-LSH candidates for large ones. */
export function candidatePairs(sets: GramSet[], exhaustiveUpTo = 300): [number, number][] {
  const pairs: [number, number][] = []
  if (sets.length <= exhaustiveUpTo) {
    for (let i = 0; i < sets.length; i++) for (let j = i + 1; j < sets.length; j++) pairs.push([i, j])
    return pairs
  }
  const buckets = new Map<string, number[]>()
  sets.forEach((s, i) => {
    if (!s.length) return
    for (const k of bandKeys(s)) { const ids = buckets.get(k); if (ids) ids.push(i); else buckets.set(k, [i]) }
  })
  const seen = new Set<string>()
  for (const ids of buckets.values()) {
    for (let a = 0; a < ids.length; a++) for (let b = a + 1; b < ids.length; b++) {
      const key = `${ids[a]},${ids[b]}`
      if (!seen.has(key)) { seen.add(key); pairs.push([ids[a], ids[b]]) }
    }
  }
  return pairs
}
