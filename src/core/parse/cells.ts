// Splits a report's plain text into lines of cells, whatever the table layout: tab-separated,
// pipe tables, space-aligned columns, or one cell per line. Each cell keeps its offset in the text.

import { linesOf } from '../text/lines.ts'

export interface TextCell {
  text: string
  /** The text without any whitespace, for matching labels broken across lines. */
  key: string
  start: number
  end: number
  /** Display column where the cell starts (CJK characters count 2), for space-aligned tables only. */
  x?: number
}

export interface TextLine {
  /** Index of the line in the text. */
  index: number
  start: number
  text: string
  cells: TextCell[]
  /** True when the line was split into several cells (a table row), false for a single cell or paragraph. */
  multi: boolean
}

const PIPE_ONLY_RE = /^[\s|]+$/
const WIDE_GAP_RE = /\S(?: {2,}|\u3000+)\S/
const EDGE_PIPE_RE = /^\s*\||\|\s*$/
const INNER_SPACE_RE = /\s+/g
const WIDE_GAP_SPLIT_RE = / {2,}|\u3000+/g

const isSpace = (c: number) => c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0x3000 || c === 0xa0

/** Pushes the cell line[from, to) with surrounding whitespace trimmed; `base` is the line's offset in the text. */
function pushCell(cells: TextCell[], line: string, from: number, to: number, base: number) {
  while (from < to && isSpace(line.charCodeAt(from))) from++
  while (to > from && isSpace(line.charCodeAt(to - 1))) to--
  const text = line.slice(from, to)
  let spaced = false
  for (let i = from; i < to; i++) if (isSpace(line.charCodeAt(i))) { spaced = true; break }
  // `x` is present (undefined) from the start, so that setting it later does not give space-aligned
  // cells a second shape: every reader of cells then sees one shape.
  cells.push({ text, key: spaced ? text.replace(INNER_SPACE_RE, '') : text, start: base + from, end: base + to, x: undefined })
}

function splitBy(line: string, start: number, sep: RegExp): TextCell[] {
  const cells: TextCell[] = []
  let last = 0
  sep.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = sep.exec(line))) {
    pushCell(cells, line, last, m.index, start)
    last = m.index + m[0].length
  }
  pushCell(cells, line, last, line.length, start)
  return cells
}

function splitTabs(line: string, start: number): TextCell[] {
  const cells: TextCell[] = []
  let last = 0
  for (let i = line.indexOf('\t'); i >= 0; i = line.indexOf('\t', i + 1)) {
    pushCell(cells, line, last, i, start)
    last = i + 1
  }
  pushCell(cells, line, last, line.length, start)
  return cells
}

function splitPipes(line: string, start: number): TextCell[] {
  let from = 0, to = line.length
  while (from < to && isSpace(line.charCodeAt(from))) from++
  if (line[from] === '|') from++
  while (to > from && isSpace(line.charCodeAt(to - 1))) to--
  if (line[to - 1] === '|' && to - 1 >= from) to--
  const cells: TextCell[] = []
  let last = from
  for (let i = line.indexOf('|', from); i >= 0 && i < to; i = line.indexOf('|', i + 1)) {
    pushCell(cells, line, last, i, start)
    last = i + 1
  }
  pushCell(cells, line, last, to, start)
  return cells
}

/** True when a line is a table row copied from a web page with 「|」 between cells. */
function isPipeRow(line: string): boolean {
  const first = line.indexOf('|')
  if (first < 0) return false
  return line.indexOf('|', first + 1) >= 0 || EDGE_PIPE_RE.test(line)
}

/**
 * WIDE_GAP_RE needs two spaces or an ideographic space; most lines (prose) have neither, and two
 * substring searches say so faster than the unanchored regex, which is tried at every position.
 */
function hasWideGap(line: string): boolean {
  return (line.includes('  ') || line.includes('\u3000')) && WIDE_GAP_RE.test(line)
}

const displayWidth = (c: number) => (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6)) ? 2 : 1)

/** Sets each cell's display column, so that a blank cell in a space-aligned table keeps its place. */
function withDisplayColumns(line: string, base: number, cells: TextCell[]): TextCell[] {
  let x = 0, i = 0
  for (const cell of cells) {
    for (; i < cell.start - base; i++) x += displayWidth(line.charCodeAt(i))
    cell.x = x
  }
  return cells
}

/** Splits the text into lines of cells with offsets; lines made only of 「|」 separators have no cells. */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = []
  let start = 0
  let index = 0
  for (const raw of linesOf(text)) {
    let cells: TextCell[]
    if (raw.includes('\t')) cells = splitTabs(raw, start)
    else if (raw.includes('|') && isPipeRow(raw)) cells = PIPE_ONLY_RE.test(raw) ? [] : splitPipes(raw, start)
    else if (hasWideGap(raw)) cells = withDisplayColumns(raw, start, splitBy(raw.trimEnd(), start, WIDE_GAP_SPLIT_RE).filter((c, i) => i > 0 || c.text))
    else { cells = []; pushCell(cells, raw, 0, raw.length, start) }
    const multi = cells.length > 1
    if (!multi && cells.length === 1 && !cells[0].text) cells = []
    lines.push({ index: index++, start, text: raw, cells, multi })
    start += raw.length + 1
  }
  return lines
}
