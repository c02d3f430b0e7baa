// Where the three tables sit in the lines of a report.
import { mayHaveBlankCells, squeezeSpaces, type TextLine } from './cells.ts'

/**
 * What starts a table: a pattern for a cell's squeezed text, and words one of which the cell must
 * hold to match it (one search for the words is several times cheaper than the pattern, and most
 * cells fail it).
 */
interface Anchor {
  re: RegExp
  /** Any of the words. */
  words: RegExp
  /**
   * Any first character of a word: a line holding none of them has no matching cell, whatever the
   * blanks inside its cells. Searched for in the whole text (flag g), so that one search passes over
   * all the lines before the next one that holds any, instead of a test per line.
   */
  initials: RegExp
}

const anchor = (re: RegExp, words: string[]): Anchor => ({
  re, words: new RegExp(words.join('|')), initials: new RegExp(`[${words.map((w) => w[0]).join('')}]`, 'g'),
})

const T3_ANCHOR = anchor(/勾稽关系|^申请人情况$/, ['勾稽关系', '申请人情况'])
const T3_FIRST_ROW = anchor(/^(一[、.])?本年(度)?新收.{0,12}申请(数量)?$/, ['新收'])
const T4_ANCHOR = anchor(/^(四[、.]|\(四\))?.{0,12}行政复议.{0,6}(行政诉讼)?(情况)?$/, ['行政复议'])
const T2_ANCHOR = anchor(/^第二十(一)?条|^信息内容$|本年制发件数|本年新制作数量|^二[、.].{0,6}主动公开.{0,8}情况$/,
  ['第二十', '信息内容', '本年制发件数', '本年新制作数量', '主动公开'])

/** The first line in [from, to) with a cell that matches the anchor, or −1; `text` is the text of the lines. */
function findLine(text: string, lines: TextLine[], from: number, to: number, { re, words, initials }: Anchor): number {
  for (let i = from; i < to; i++) {
    initials.lastIndex = lines[i].start
    if (!initials.test(text)) return -1
    // An initial is one character: the one found is just before lastIndex. Go to the line that holds it.
    const at = initials.lastIndex - 1
    while (i < to && lines[i].start + lines[i].text.length <= at) i++
    if (i === to) return -1
    const line = lines[i]
    const blanks = mayHaveBlankCells(line)
    // Without blanks, cells are pieces of the line as they stand: a line without a word has no matching cell.
    if (!blanks && !words.test(line.text)) continue
    for (const cell of line.cells) {
      const key = blanks ? squeezeSpaces(cell.text) : cell.text
      if (key.length <= 80 && words.test(key) && re.test(key)) return i
    }
  }
  return -1
}

export interface TableRegions {
  t2: [number, number] | null
  t3Start: number
  t4Start: number
}

/** Finds, in the lines of `text`, the line where 表二 starts (or null), where 表三 starts, and where 表四 starts (−1 when absent). */
export function locateTables(text: string, lines: TextLine[]): TableRegions {
  let t3Start = findLine(text, lines, 0, lines.length, T3_ANCHOR)
  if (t3Start < 0) t3Start = findLine(text, lines, 0, lines.length, T3_FIRST_ROW)
  const t2From = findLine(text, lines, 0, t3Start < 0 ? lines.length : t3Start, T2_ANCHOR)
  const t2End = t3Start < 0 ? lines.length : t3Start
  const t4Start = findLine(text, lines, t3Start < 0 ? Math.max(t2From, 0) : t3Start + 1, lines.length, T4_ANCHOR)
  return { t2: [Math.max(t2From, 0), t2End], t3Start, t4Start }
}
