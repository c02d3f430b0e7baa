// Splits a report's plain text into lines of cells, whatever the table layout: tab-separated,
// pipe tables, space-aligned columns, or one cell per line. Each cell keeps its offset in the text.

export interface TextCell {
  text: string
  /** The text without any whitespace, for matching labels broken across lines. */
  key: string
  start: number
  end: number
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

function pushTrimmed(cells: TextCell[], raw: string, offset: number) {
  const lead = raw.length - raw.trimStart().length
  const text = raw.trim()
  cells.push({ text, key: /\s/.test(text) ? text.replace(/\s+/g, '') : text, start: offset + lead, end: offset + lead + text.length })
}

function splitBy(line: string, start: number, sep: RegExp): TextCell[] {
  const cells: TextCell[] = []
  let last = 0
  for (const m of line.matchAll(sep)) {
    pushTrimmed(cells, line.slice(last, m.index), start + last)
    last = m.index! + m[0].length
  }
  pushTrimmed(cells, line.slice(last), start + last)
  return cells
}

function splitPipes(line: string, start: number): TextCell[] {
  let from = 0, to = line.length
  const lead = line.search(/\S/)
  if (line[lead] === '|') from = lead + 1
  const trail = line.trimEnd().length - 1
  if (line[trail] === '|' && trail >= from) to = trail
  return splitBy(line.slice(from, to), start + from, /\|/g)
}

/** True when a line is a table row copied from a web page with 「|」 between cells. */
function isPipeRow(line: string): boolean {
  const count = line.split('|').length - 1
  return count >= 2 || (count === 1 && /^\s*\||\|\s*$/.test(line))
}

/** Splits the text into lines of cells with offsets; lines made only of 「|」 separators have no cells. */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = []
  let start = 0
  let index = 0
  for (const raw of text.split('\n')) {
    let cells: TextCell[]
    if (raw.includes('\t')) cells = splitBy(raw, start, /\t/g)
    else if (raw.includes('|') && isPipeRow(raw)) cells = PIPE_ONLY_RE.test(raw) ? [] : splitPipes(raw, start)
    else if (WIDE_GAP_RE.test(raw)) cells = splitBy(raw.trimEnd(), start, / {2,}|\u3000+/g).filter((c, i) => i > 0 || c.text)
    else { cells = []; pushTrimmed(cells, raw, start) }
    const multi = cells.length > 1
    if (!multi && cells.length === 1 && !cells[0].text) cells = []
    lines.push({ index: index++, start, text: raw, cells, multi })
    start += raw.length + 1
  }
  return lines
}
