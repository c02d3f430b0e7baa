// Splits a report's plain text into prose passages for the narrative extractor: table rows are dropped,
// lines broken inside a sentence (PDF text) are joined, and the sections that only restate figures
// (五 问题及改进, 六 其他事项) are left out.

import { linesOf } from '../text/lines.ts'
import type { TextLine } from './cells.ts'

/** A run of prose; `text` has the line breaks of joined lines removed. */
export interface Passage {
  text: string
  /** Start of each joined line in `text`, and the matching offset in the report text. */
  pieceStarts: number[]
  pieceOffsets: number[]
}

const SPACED_COLUMNS_RE = /\S {3,}\S/
const NUMBER_CELL_RE = /^[\s\d.\-/%]*$/
const TRAILING_NUMBERS_RE = /(?:\s\d+(?:\.\d+)?){3,}\s*$/
const TAIL = 48
const CELL_SPLIT_RE = /\t|\|/
/** A table cell holding prose (a page laid out in a table): long, with a full stop. */
const PROSE_CELL_RE = /。/
const MIN_PROSE_CELL = 24
const TOP_HEADING_RE = /^\s*(?:[一二三四五六七八九十]+、|\d{1,2}、)/
/** 五 (problems and improvements) and 六 (other matters) restate figures; a heading that names the overview or the disclosure work is not one of them. */
const SKIPPED_SECTION_RE = /(?:问题|不足).*(?:改进|措施|整改|打算|计划|方向|展望|思路)|改进情况|下一步|建议和|工作思考|其他需要报告|其它需要报告|其他事项/
const KEPT_SECTION_RE = /总体|概述|主动公开|依申请|申请情况/
const ANY_HEADING_RE = /^\s*(?:[一二三四五六七八九十]+[、.]|\(\s*[一二三四五六七八九十\d]+\s*\)|\d+[、.]|[一二三四五六七八九十]是)/
/** What a line that ends a sentence ends with (before blanks). */
const SENTENCE_ENDS = '。;!?:'
const MIN_WRAPPED_LINE = 30
const MAX_HEADING = 40

/** Maps an index in a passage's text back to an offset in the report text. */
export function toReportOffset(passage: Passage, index: number): number {
  const { pieceStarts, pieceOffsets } = passage
  let i = pieceStarts.length - 1
  while (i > 0 && pieceStarts[i] > index) i--
  return pieceOffsets[i] + (index - pieceStarts[i])
}

/** Whether a line may hold only a number: it is empty or starts with an ASCII blank, a digit, .-/% or a non-ASCII blank (all below U+3400 but the BOM). */
function mayBeNumberCell(line: string): boolean {
  const code = line.charCodeAt(0)
  return line.length === 0 || code <= 0x20 || (code >= 0x2d && code <= 0x39) || code === 0x25 || (code > 0x7f && (code < 0x3400 || code === 0xfeff))
}

/**
 * Table rows: tab or pipe separated, space-aligned columns, a cell holding only a number, or a label
 * followed by numbers. `separated` tells whether the line holds a tab or 「|」 when that is already known.
 */
function isTableRow(line: string, separated = line.includes('\t') || line.includes('|')): boolean {
  if (separated) return true
  // Only a line that starts with a digit or a blank can be a lone number (the regex call costs more than the test).
  if (mayBeNumberCell(line) && NUMBER_CELL_RE.test(line)) return true
  if (line.includes('   ') && SPACED_COLUMNS_RE.test(line)) return true
  const last = line.charCodeAt(line.trimEnd().length - 1)
  return last >= 48 && last <= 57 && TRAILING_NUMBERS_RE.test(line.slice(-TAIL))
}

function isTopHeading(line: string): boolean {
  return line.length <= MAX_HEADING && TOP_HEADING_RE.test(line)
}

/** A line that a PDF wrapped: long, not ending a sentence, and followed by a line that goes on with it. */
function continuesOnNextLine(line: string, next: string | undefined, nextSeparated: boolean | undefined): boolean {
  if (line.length < MIN_WRAPPED_LINE) return false
  const trimmed = line.trim()
  if (trimmed.length < MIN_WRAPPED_LINE || SENTENCE_ENDS.includes(trimmed[trimmed.length - 1])) return false
  return next !== undefined && next.trim() !== '' && !isTableRow(next, nextSeparated) && !ANY_HEADING_RE.test(next)
}

/** The prose cells of a table row, each as its own passage: pages laid out in a table keep their text. */
function proseCells(line: string, lineStart: number): Passage[] {
  const out: Passage[] = []
  let at = 0
  for (const cell of line.split(CELL_SPLIT_RE)) {
    if (cell.length >= MIN_PROSE_CELL && PROSE_CELL_RE.test(cell)) out.push({ text: cell, pieceStarts: [0], pieceOffsets: [lineStart + at] })
    at += cell.length + 1
  }
  return out
}

/**
 * Splits the report text into prose passages (see the file comment). `cellLines`, the text's lines as
 * splitLines made them, spares searching every line again for a tab or 「|」; the passages are the same
 * without it.
 */
export function splitPassages(text: string, cellLines?: readonly TextLine[]): Passage[] {
  const lines = linesOf(text)
  const passages: Passage[] = []
  let skipping = false
  let current: Passage | null = null
  let offset = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const lineStart = offset
    offset += line.length + 1
    // An empty line (a fifth of all lines) ends the passage; none of the tests below need to see it.
    if (!line) {
      current = null
      continue
    }
    if (line.length <= MAX_HEADING && isTopHeading(line)) skipping = SKIPPED_SECTION_RE.test(line) && !KEPT_SECTION_RE.test(line)
    if (skipping || isTableRow(line, cellLines?.[i].separated) || !line.trim()) {
      if (!skipping && line.length >= MIN_PROSE_CELL && line.includes('。')) passages.push(...proseCells(line, lineStart))
      current = null
      continue
    }
    if (current) {
      current.pieceStarts.push(current.text.length)
      current.pieceOffsets.push(lineStart)
      current.text += line
    } else {
      // Arrays written as literals hold just their one piece; a first push into [] would reserve room for 17.
      current = { text: line, pieceStarts: [0], pieceOffsets: [lineStart] }
      passages.push(current)
    }
    if (!continuesOnNextLine(line, lines[i + 1], cellLines?.[i + 1]?.separated)) current = null
  }
  return passages
}
