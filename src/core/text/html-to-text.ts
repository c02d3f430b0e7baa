import { NO_ATTRS, parseHtml, type HtmlElement, type HtmlNode } from './html-dom.ts'

const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr',
  'table', 'section', 'article', 'header', 'footer', 'nav', 'aside', 'main', 'blockquote', 'pre',
  'title', 'form', 'fieldset', 'figure', 'figcaption', 'caption', 'address', 'center', 'body', 'html', 'head',
])
const SKIP_TAGS = new Set(['head', 'select', 'button', 'map'])
const SPACE_RE = /[ \t\r\n\f\v]+/g

// The walks below are plain loops over module-level functions: a closure made per node or per cell
// costs an allocation (and, under tsx, a name definition) on every call.

function hasDescendantTable(el: HtmlElement): boolean {
  for (const c of el.children) if (typeof c !== 'string' && (c.tag === 'table' || hasDescendantTable(c))) return true
  return false
}

/** Appends the text under `el`, a space before each block element. */
function appendText(el: HtmlElement, text: string): string {
  for (const n of el.children) {
    if (typeof n === 'string') text += n
    else {
      if (BLOCK_TAGS.has(n.tag)) text += ' '
      text = appendText(n, text)
    }
  }
  return text
}

/**
 * text.replace(SPACE_RE, ' ').trim(), with the regex run only when it would change something: a
 * whitespace character other than a lone space (most cells and many lines have none).
 */
function collapseSpaces(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c >= 9 && c <= 13) || (c === 32 && i + 1 < text.length && isSpaceCode(text.charCodeAt(i + 1)))) {
      return text.replace(SPACE_RE, ' ').trim()
    }
  }
  return text.trim()
}

/** A character SPACE_RE matches. */
const isSpaceCode = (c: number) => c === 32 || (c >= 9 && c <= 13)

/** The text of a table cell on one line: inner line breaks become spaces, tabs never survive. */
function cellText(el: HtmlElement): string {
  const children = el.children
  if (!children.length) return ''
  // Most cells hold one piece of text and nothing else.
  return collapseSpaces(children.length === 1 && typeof children[0] === 'string' ? children[0] : appendText(el, ''))
}

function collectRows(el: HtmlElement, rows: HtmlElement[]): HtmlElement[] {
  for (const c of el.children) {
    if (typeof c === 'string') continue
    if (c.tag === 'tr') rows.push(c)
    else if (c.tag !== 'table') collectRows(c, rows)
  }
  return rows
}

/** A rowspan/colspan value as a count of 1–60; most cells have none. */
const spanOf = (value: string | undefined) => (value === undefined ? 1 : Math.min(Math.max(parseInt(value, 10) || 1, 1), 60))

/** A table's cells placed on a grid: rowspan/colspan expanded, covered positions '', positions no cell reached left empty. */
function layOutGrid(table: HtmlElement): string[][] {
  const grid: string[][] = []
  const rows = collectRows(table, [])
  for (let r = 0; r < rows.length; r++) {
    grid[r] ??= []
    let col = 0
    for (const cell of rows[r].children) {
      if (typeof cell === 'string' || (cell.tag !== 'td' && cell.tag !== 'th')) continue
      while (grid[r][col] !== undefined) col++
      const text = cellText(cell)
      // Most cells have no attributes, so no spans: the shared empty object is the cheapest test.
      if (cell.attrs === NO_ATTRS) { grid[r][col++] = text; continue }
      const rs = spanOf(cell.attrs.rowspan), cs = spanOf(cell.attrs.colspan)
      for (let i = 0; i < rs; i++) {
        const row = (grid[r + i] ??= [])
        for (let j = 0; j < cs; j++) row[col + j] = i === 0 && j === 0 ? text : ''
      }
      col += cs
    }
  }
  return grid
}

/** Lays a table out as a grid (rowspan/colspan expanded, covered positions left blank), one line per row, cells tab-separated. */
export function tableToLines(table: HtmlElement): string[] {
  return layOutGrid(table).map(joinCells)
}

/**
 * Adds the lines of a table's rows to `out`, leaving out those that would be blank: a row with a
 * single, empty cell or none (cell texts are trimmed, so a one-cell row with text is never blank,
 * and a row of two or more cells has a tab).
 */
function addTableLines(table: HtmlElement, out: string[]) {
  for (const row of layOutGrid(table)) if (row.length > 1 || row[0]) out.push(joinCells(row))
}

/**
 * row.join('\t') for a grid row, positions no cell reached written as empty strings. A loop of
 * concatenations: join() on such short arrays costs more than the strings it makes.
 */
function joinCells(row: string[]): string {
  let line = row[0] ?? ''
  for (let j = 1; j < row.length; j++) line += '\t' + (row[j] ?? '')
  return line
}

interface TextState {
  out: string[]
  line: string
}

function flush(state: TextState) {
  const t = collapseSpaces(state.line)
  if (t) state.out.push(t)
  state.line = ''
}

/**
 * Adds the blank line that sets a table apart, unless the text so far is empty or ends with one:
 * the text never has two blank lines in a row, and it is trimmed at the end.
 */
function addBlankLine(out: string[]) {
  if (out.length && out[out.length - 1] !== '') out.push('')
}

function walk(n: HtmlNode, state: TextState) {
  if (typeof n === 'string') { state.line += n; return }
  if (n.tag === 'title') { flush(state); state.line = cellText(n); flush(state); return }
  if (SKIP_TAGS.has(n.tag)) {
    for (const c of n.children) if (typeof c !== 'string' && c.tag === 'title') walk(c, state)
    return
  }
  if (n.tag === 'table' && !hasDescendantTable(n)) {
    flush(state)
    addBlankLine(state.out)
    addTableLines(n, state.out)
    addBlankLine(state.out)
    return
  }
  const block = BLOCK_TAGS.has(n.tag) || n.tag === 'td' || n.tag === 'th'
  if (block) flush(state)
  for (const c of n.children) walk(c, state)
  if (block) flush(state)
}

/**
 * Renders an HTML page as plain text: block elements become lines, data tables become one
 * tab-separated line per row (layout tables that hold other tables are read as blocks), and the
 * page <title> is kept as the first line. Scripts, styles and attributes never reach the text.
 */
export function htmlToText(html: string): string {
  const state: TextState = { out: [], line: '' }
  walk(parseHtml(html), state)
  flush(state)
  return joinLines(state.out)
}

/**
 * lines.join('\n').trim() + '\n', made by the join alone: appending the '\n' afterwards would leave a
 * cons string, and the parser's first character read would then copy the whole text again to
 * flatten it. Whitespace-only lines at either end go, then the ends of the outer lines are trimmed.
 */
function joinLines(lines: string[]): string {
  let first = 0
  while (first < lines.length && !lines[first].trim()) first++
  while (lines.length > first && !lines[lines.length - 1].trim()) lines.pop()
  if (first === lines.length) return '\n'
  if (first > 0) lines.splice(0, first)
  lines[0] = lines[0].trimStart()
  lines[lines.length - 1] = lines[lines.length - 1].trimEnd()
  lines.push('')
  return lines.join('\n')
}

/** True when bytes decoded as text look like an HTML page rather than a plain-text report. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<meta|<body|<div|<table|<p[\s>])/i.test(text.slice(0, 2000)) ||
    /<(table|div|p|br)\b[^>]*>/i.test(text.slice(0, 20000)) && /<\/(td|div|p)>/i.test(text)
}
