// The copy check's gram set of some stretches of a text, made in one pass over its code units: the same
// set as gramSet(maskText(stretches joined by '\n', unit)), without the four intermediate strings and
// the three regex passes (the import makes one for every report).
import { GRAM, sortUint32, type GramSet } from './similarity.ts'

/**
 * Masked code units, and the grams' hashes before they are sorted and made distinct: reused between calls
 * and grown when a longer text comes; grown past KEPT_LENGTH, they are let go after that text.
 */
let units = new Uint16Array(4096)
let hashes = new Uint32Array(4096)
const KEPT_LENGTH = 1 << 18

const HASH = 0x23 // '#'
const AT = 0x40 // '@'
const YEAR = 0x5e74 // 年

/** 〇零一二三四五六七八九 */
function isCnDigit(c: number): boolean {
  switch (c) {
    case 0x3007: case 0x96f6: case 0x4e00: case 0x4e8c: case 0x4e09: case 0x56db: case 0x4e94: case 0x516d: case 0x4e03: case 0x516b: case 0x4e5d:
      return true
    default:
      return false
  }
}

/** What `\s` matches in a JavaScript regex. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39

/** Copies the stretches' code units without white space into `units`; returns how many. */
function copyWithoutSpaces(text: string, stretches: readonly { start: number; end: number }[]): number {
  let total = 0
  for (const s of stretches) total += s.end - s.start
  if (units.length < total) units = new Uint16Array(Math.max(total, units.length * 2))
  let n = 0
  for (const s of stretches) {
    for (let i = s.start; i < s.end; i++) {
      const c = text.charCodeAt(i)
      if (!isSpace(c)) units[n++] = c
    }
  }
  return n
}

/** Chinese years (四个汉字数字 + 年) to '#年' and runs of digits (with a decimal part) to '#', in place. */
function maskNumbers(n: number): number {
  let out = 0
  let i = 0
  while (i < n) {
    const c = units[i]
    // 年 four places on is rare: tested first.
    if (i + 4 < n && units[i + 4] === YEAR && isCnDigit(c) && isCnDigit(units[i + 1]) && isCnDigit(units[i + 2]) && isCnDigit(units[i + 3])) {
      units[out++] = HASH
      units[out++] = YEAR
      i += 5
    } else if (isDigit(c)) {
      i++
      while (i < n && isDigit(units[i])) i++
      if (i + 1 < n && units[i] === 0x2e && isDigit(units[i + 1])) {
        i += 2
        while (i < n && isDigit(units[i])) i++
      }
      units[out++] = HASH
    } else {
      units[out++] = c
      i++
    }
  }
  return out
}

/** Every occurrence of `name` (left to right, not overlapping) to '@', in place. */
function maskName(n: number, name: string): number {
  const m = name.length
  const first = name.charCodeAt(0)
  let out = 0
  let i = 0
  while (i < n) {
    if (units[i] === first && i + m <= n && matchesAt(i, name)) {
      units[out++] = AT
      i += m
    } else units[out++] = units[i++]
  }
  return out
}

function matchesAt(at: number, name: string): boolean {
  for (let k = 1; k < name.length; k++) if (units[at + k] !== name.charCodeAt(k)) return false
  return true
}

/**
 * The gram set of the stretches of `text`, masked as maskText masks them (white space dropped, years and
 * numbers to '#', the unit's name to '@'); null when the masked text is shorter than `minChars`.
 */
export function maskedGramSet(text: string, stretches: readonly { start: number; end: number }[], unit: string | null, minChars: number): GramSet | null {
  let n = maskNumbers(copyWithoutSpaces(text, stretches))
  if (unit) n = maskName(n, unit)
  if (n < minChars) return null
  const grams = Math.max(0, n - GRAM + 1)
  if (hashes.length < grams) hashes = new Uint32Array(Math.max(grams, hashes.length * 2))
  const all = hashes.subarray(0, grams)
  for (let i = 0; i < grams; i++) {
    let h = 0x811c9dc5
    for (let k = i; k < i + GRAM; k++) h = Math.imul(h ^ units[k], 0x01000193)
    all[i] = h >>> 0
  }
  sortUint32(all)
  let size = 0
  for (let i = 0; i < grams; i++) if (i === 0 || all[i] !== all[i - 1]) all[size++] = all[i]
  const set = all.slice(0, size)
  // A very long text's arrays are not kept.
  if (units.length > KEPT_LENGTH) units = new Uint16Array(4096)
  if (hashes.length > KEPT_LENGTH) hashes = new Uint32Array(4096)
  return set
}
