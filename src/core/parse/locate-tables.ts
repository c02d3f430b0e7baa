// Where the three tables sit in the lines of a report.
import type { TextLine } from './cells.ts'

const T3_ANCHOR_RE = /勾稽关系|^申请人情况$/
const T3_FIRST_ROW_RE = /^(一[、.])?本年(度)?新收.{0,12}申请(数量)?$/
const T4_ANCHOR_RE = /^(四[、.]|\(四\))?.{0,12}行政复议.{0,6}(行政诉讼)?(情况)?$/
const T2_ANCHOR_RE = /^第二十(一)?条|^信息内容$|本年制发件数|本年新制作数量|^二[、.].{0,6}主动公开.{0,8}情况$/

function findLine(lines: TextLine[], from: number, to: number, re: RegExp): number {
  for (let i = from; i < to; i++) {
    for (const cell of lines[i].cells) if (cell.key.length <= 80 && re.test(cell.key)) return i
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
  let t3Start = findLine(lines, 0, lines.length, T3_ANCHOR_RE)
  if (t3Start < 0) t3Start = findLine(lines, 0, lines.length, T3_FIRST_ROW_RE)
  const t2From = findLine(lines, 0, t3Start < 0 ? lines.length : t3Start, T2_ANCHOR_RE)
  const t2End = t3Start < 0 ? lines.length : t3Start
  const t4Start = findLine(lines, t3Start < 0 ? Math.max(t2From, 0) : t3Start + 1, lines.length, T4_ANCHOR_RE)
  return { t2: [Math.max(t2From, 0), t2End], t3Start, t4Start }
}
