// Where the three tables sit in the lines of a report.
import type { TextLine } from './cells.ts'

/**
 * What starts a table: a pattern for a cell's squeezed text, and words one of which the cell must
 * hold to match it (a search is several times cheaper than a regex test, and most cells fail it).
 */
interface Anchor { re: RegExp; words: string[] }

const T3_ANCHOR: Anchor = { re: /勾稽关系|^申请人情况$/, words: ['勾稽关系', '申请人情况'] }
const T3_FIRST_ROW: Anchor = { re: /^(一[、.])?本年(度)?新收.{0,12}申请(数量)?$/, words: ['新收'] }
const T4_ANCHOR: Anchor = { re: /^(四[、.]|\(四\))?.{0,12}行政复议.{0,6}(行政诉讼)?(情况)?$/, words: ['行政复议'] }
/** Its alternatives share no word, so every cell is tested. */
const T2_ANCHOR: Anchor = { re: /^第二十(一)?条|^信息内容$|本年制发件数|本年新制作数量|^二[、.].{0,6}主动公开.{0,8}情况$/, words: [] }

function mayMatch(key: string, words: string[]): boolean {
  if (!words.length) return true
  for (const w of words) if (key.includes(w)) return true
  return false
}

function findLine(lines: TextLine[], from: number, to: number, { re, words }: Anchor): number {
  for (let i = from; i < to; i++) {
    for (const cell of lines[i].cells) if (cell.key.length <= 80 && mayMatch(cell.key, words) && re.test(cell.key)) return i
  }
  return -1
}

export interface TableRegions {
  t2: [number, number] | null
  t3Start: number
  t4Start: number
}

/** Finds the line where 表二 starts (or null), where 表三 starts, and where 表四 starts (−1 when absent). */
export function locateTables(lines: TextLine[]): TableRegions {
  let t3Start = findLine(lines, 0, lines.length, T3_ANCHOR)
  if (t3Start < 0) t3Start = findLine(lines, 0, lines.length, T3_FIRST_ROW)
  const t2From = findLine(lines, 0, t3Start < 0 ? lines.length : t3Start, T2_ANCHOR)
  const t2End = t3Start < 0 ? lines.length : t3Start
  const t4Start = findLine(lines, t3Start < 0 ? Math.max(t2From, 0) : t3Start + 1, lines.length, T4_ANCHOR)
  return { t2: [Math.max(t2From, 0), t2End], t3Start, t4Start }
}
