// Splits a report's plain text into lines of cells, whatever the table layout: tab-separated,
// pipe tables, space-aligned columns, or one cell per line. Each cell keeps its offset in the text.

import { linesOf } from '../text/lines.ts'
import { classifyCell, type CellKind } from './value-cell.ts'

export interface TextCell {
  text: string
  /** What the cell holds, decided once here: every table reader asks, some several times. */
  kind: CellKind
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
  /** True when the line holds a tab or a 「|」: searched for here, and the narrative's passages need it too. */
  separated: boolean
}

const PIPE_ONLY_RE = /^[\s|]+$/
const WIDE_GAP_RE = /\S(?: {2,}|\u3000+)\S/
const EDGE_PIPE_RE = /^\s*\||\|\s*$/
const INNER_SPACE_RE = /\s+/g
const WIDE_GAP_SPLIT_RE = / {2,}|\u3000+/g
/** The blanks of isSpace, which a cell is trimmed of (a label broken across lines or by spaces holds some). */
const SPACE_RE = /[ \t\r\f\v\u3000\u00a0]/
/** The blanks of isSpace but the tab, which only ever separates cells. */
const CELL_BLANK_RE = /[ \r\f\v\u3000\u00a0]/

const TAB = 9
const PIPE = 0x7c

const isSpace = (c: number) => c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0x3000 || c === 0xa0

/** True when a cell of the line may hold a blank: else every cell's squeezed text is its text. */
export function mayHaveBlankCells(line: TextLine): boolean {
  return CELL_BLANK_RE.test(line.text)
}

/**
 * A cell's text without any whitespace, for matching labels broken across lines or by spaces.
 * Computed where a label is matched, not for every cell: most cells are numbers or prose never matched.
 */
export function squeezeSpaces(text: string): string {
  return SPACE_RE.test(text) ? text.replace(INNER_SPACE_RE, '') : text
}

/** The cell line[from, to) with surrounding whitespace trimmed; `base` is the line's offset in the text. */
function makeCell(line: string, from: number, to: number, base: number): TextCell {
  while (from < to && isSpace(line.charCodeAt(from))) from++
  while (to > from && isSpace(line.charCodeAt(to - 1))) to--
  // `x` is present (undefined) from the start, so that setting it later does not give space-aligned
  // cells a second shape: every reader of cells then sees one shape.
  const text = line.slice(from, to)
  return { text, kind: classifyCell(text), start: base + from, end: base + to, x: undefined }
}

function pushCell(cells: TextCell[], line: string, from: number, to: number, base: number) {
  cells.push(makeCell(line, from, to, base))
}

/** Pushes the cells of text[from, to) between the separators `sep`. */
function pushSeparated(cells: TextCell[], text: string, sep: number, from: number, to: number) {
  let last = from
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) !== sep) continue
    pushCell(cells, text, last, i, 0)
    last = i + 1
  }
  pushCell(cells, text, last, to, 0)
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

// The splitters below read the line text[from, to) in the whole text rather than in the line's own
// string: a line is a slice of the text, and reading characters through a slice is slower.

function splitTabs(text: string, from: number, to: number): TextCell[] {
  const cells: TextCell[] = []
  pushSeparated(cells, text, TAB, from, to)
  return cells
}

/** Splits a pipe row between its outer 「|」 (blanks and one edge pipe at each end are not cells). */
function splitPipes(text: string, from: number, to: number): TextCell[] {
  while (from < to && isSpace(text.charCodeAt(from))) from++
  if (text.charCodeAt(from) === PIPE && from < to) from++
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--
  if (text.charCodeAt(to - 1) === PIPE && to - 1 >= from) to--
  const cells: TextCell[] = []
  pushSeparated(cells, text, PIPE, from, to)
  return cells
}

/**
 * The line text[from, to) as one cell, or no cell when it is blank. Blank lines (a fifth of all
 * lines are empty) are ruled out before a cell is made and classified only to be dropped. The cell
 * goes in an array literal: a first push into [] would reserve room for 17 cells.
 */
function splitNone(text: string, from: number, to: number): TextCell[] {
  while (from < to && isSpace(text.charCodeAt(from))) from++
  return from === to ? [] : [makeCell(text, from, to, 0)]
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
  // The next tab and 「|」 (−1: none left) at or after the line's start, found in the whole text: most
  // lines hold neither, and one search to the next separator answers for all the lines before it.
  let nextTab = text.indexOf('\t'), nextPipe = text.indexOf('|')
  for (const raw of linesOf(text)) {
    let cells: TextCell[]
    const end = start + raw.length
    if (nextTab >= 0 && nextTab < start) nextTab = text.indexOf('\t', start)
    const tab = nextTab >= 0 && nextTab < end
    if (!tab && nextPipe >= 0 && nextPipe < start) nextPipe = text.indexOf('|', start)
    const pipe = !tab && nextPipe >= 0 && nextPipe < end
    if (tab) cells = splitTabs(text, start, end)
    else if (pipe && isPipeRow(raw)) cells = PIPE_ONLY_RE.test(raw) ? [] : splitPipes(text, start, end)
    else if (hasWideGap(raw)) cells = withDisplayColumns(raw, start, splitBy(raw.trimEnd(), start, WIDE_GAP_SPLIT_RE).filter((c, i) => i > 0 || c.text))
    else cells = splitNone(text, start, end)
    const multi = cells.length > 1
    if (!multi && cells.length === 1 && !cells[0].text) cells = []
    lines.push({ index: index++, start, text: raw, cells, multi, separated: tab || pipe })
    start += raw.length + 1
  }
  return lines
}
