import { HtmlReader, readAttributes, type HtmlBookmark, type HtmlEvents } from './html-reader.ts'
import type { TagInfo } from './html-tags.ts'
import { TableGrid } from './table-grid.ts'

const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr',
  'table', 'section', 'article', 'header', 'footer', 'nav', 'aside', 'main', 'blockquote', 'pre',
  'title', 'form', 'fieldset', 'figure', 'figcaption', 'caption', 'address', 'center', 'body', 'html', 'head',
])
const SKIP_TAGS = new Set(['head', 'select', 'button', 'map'])
const SPACE_RE = /[ \t\r\n\f\v]+/g

/**
 * text.replace(SPACE_RE, ' ').trim(), with the regex run only when it would change something: a
 * whitespace character other than a lone space (most cells and many lines have none) left after trimming.
 */
function collapseSpaces(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c >= 9 && c <= 13) || (c === 32 && i + 1 < text.length && isSpaceCode(text.charCodeAt(i + 1)))) {
      // Trimmed first, the same text comes out (the runs at either end go either way), and most
      // texts that get here (the line breaks between blocks) are white space only: no regex then.
      const trimmed = text.trim()
      return trimmed && trimmed.replace(SPACE_RE, ' ')
    }
  }
  return text.trim()
}

/** collapseSpaces(text) for a text known to hold no ASCII space, tab or line break when `hasSpace` is false. */
const collapseSpacesIf = (text: string, hasSpace: boolean) => (hasSpace ? collapseSpaces(text) : text.trim())

/** A character SPACE_RE matches. */
const isSpaceCode = (c: number) => c === 32 || (c >= 9 && c <= 13)

/**
 * Adds the blank line that sets a table apart, unless the text so far is empty or ends with one:
 * the text never has two blank lines in a row, and it is trimmed at the end.
 */
function addBlankLine(out: string[]) {
  if (out.length && out[out.length - 1] !== '') out.push('')
}

/**
 * What an open element is to the text, which decides what its content becomes:
 * - 'inline', 'block': page flow, its text goes on the current line; a block starts and ends a line
 *   (so does a cell, or a table read as a layout table); the page itself is 'inline';
 * - 'skip': <head> and form controls, of which only a <title> child is read; 'ignored': all else in them;
 * - 'title', 'in-title': the page title and what it holds, collected as one line;
 * - 'table': a data table (one that holds no other table), laid out as a grid: 'row' is one of its
 *   rows, 'cell' a cell of a row, collected as the cell's text with 'in-cell' for what it holds;
 *   text anywhere else in the table ('in-table' outside any row, 'in-row' in a row outside its
 *   cells) is not read, as by browsers' table layout.
 */
type Role = 'inline' | 'block' | 'skip' | 'ignored' | 'title' | 'in-title' | 'table' | 'in-table' | 'row' | 'in-row' | 'cell' | 'in-cell'

/**
 * Turns what an HtmlReader reports into lines of text, in one pass with no element tree. Whether a
 * table is a data table depends on all of its content: each table is read as one until another
 * table starts inside it; then the reader goes back to the start of the outer table, which is read
 * again as a layout table (each stretch of page is read at most twice).
 */
class PageText implements HtmlEvents {
  readonly out: string[] = []
  /** The line being written, and whether it may hold an ASCII space, tab or line break. */
  private line = ''
  private lineHasSpace = false
  /** The roles of the open elements, as HtmlReader's stack: [0] is the page. */
  private readonly roles: Role[] = ['inline']
  /** The text of the title or table cell being read, and whether it may hold an ASCII space, tab or line break. */
  private collected = ''
  private collectedHasSpace = false
  /** The data table being read, and where to read it again from as a layout table. */
  private grid: TableGrid | null = null
  private tableStart: HtmlBookmark | null = null
  private cellAttrs: Record<string, string> = {}

  constructor(private readonly reader: HtmlReader) {}

  /** Ends the current line: its spaces collapsed and trimmed, it is kept unless empty. */
  flush() {
    const t = collapseSpacesIf(this.line, this.lineHasSpace)
    if (t) this.out.push(t)
    this.line = ''
    this.lineHasSpace = false
  }

  wantsText(): boolean {
    const role = this.roles[this.roles.length - 1]
    return role === 'inline' || role === 'block' || role === 'cell' || role === 'in-cell' || role === 'title' || role === 'in-title'
  }

  text(text: string, hasSpace: boolean) {
    const role = this.roles[this.roles.length - 1]
    if (role === 'inline' || role === 'block') { this.line += text; this.lineHasSpace ||= hasSpace }
    else { this.collected += text; this.collectedHasSpace ||= hasSpace }
  }

  open(tag: TagInfo, attrsFrom: number, attrsTo: number): boolean {
    if (tag.name === 'table' && this.tableStart) { this.readTableAsLayout(this.tableStart); return false }
    this.roles.push(this.roleOf(tag.name, attrsFrom, attrsTo))
    return true
  }

  close() {
    switch (this.roles.pop()) {
      case 'block': this.flush(); break
      case 'title': this.line = collapseSpacesIf(this.collected, this.collectedHasSpace); this.flush(); break
      case 'cell': this.grid!.addCell(collapseSpacesIf(this.collected, this.collectedHasSpace), this.cellAttrs); break
      case 'table':
        addBlankLine(this.out)
        this.grid!.addLines(this.out)
        addBlankLine(this.out)
        this.grid = null
        this.tableStart = null
        break
    }
  }

  /** The role of an element named `name` opening inside the innermost open one, and what its start does. */
  private roleOf(name: string, attrsFrom: number, attrsTo: number): Role {
    switch (this.roles[this.roles.length - 1]) {
      case 'inline': case 'block':
        if (name === 'title') return this.startTitle()
        if (SKIP_TAGS.has(name)) return 'skip'
        if (name === 'table') {
          this.flush()
          this.grid = new TableGrid()
          this.tableStart = this.reader.bookmark()
          return 'table'
        }
        if (BLOCK_TAGS.has(name) || name === 'td' || name === 'th') { this.flush(); return 'block' }
        return 'inline'
      case 'skip':
        return name === 'title' ? this.startTitle() : 'ignored'
      case 'title': case 'in-title':
        if (BLOCK_TAGS.has(name)) this.addCollectedSpace()
        return 'in-title'
      case 'cell': case 'in-cell':
        if (BLOCK_TAGS.has(name)) this.addCollectedSpace()
        return 'in-cell'
      case 'table': case 'in-table':
        if (name === 'tr') { this.grid!.addRow(); return 'row' }
        return 'in-table'
      case 'row':
        if (name === 'td' || name === 'th') {
          this.startCollecting()
          this.cellAttrs = readAttributes(this.reader.html, attrsFrom, attrsTo)
          return 'cell'
        }
        return 'in-row'
      default:
        return this.roles[this.roles.length - 1] // 'ignored', 'in-row': so is all they hold
    }
  }

  private startTitle(): Role {
    this.flush()
    this.startCollecting()
    return 'title'
  }

  private startCollecting() {
    this.collected = ''
    this.collectedHasSpace = false
  }

  /** The space a block element inside a title or cell stands for. */
  private addCollectedSpace() {
    this.collected += ' '
    this.collectedHasSpace = true
  }

  /** The data table being read holds another table: it is read again, from its start, as blocks. */
  private readTableAsLayout(start: HtmlBookmark) {
    this.reader.rewind(start)
    while (this.roles.length > start.depth + 1) this.roles.pop()
    this.roles[start.depth] = 'block'
    this.grid = null
    this.tableStart = null
  }
}
/**
 * Renders an HTML page as plain text: block elements become lines, data tables become one
 * tab-separated line per row (layout tables that hold other tables are read as blocks), and the
 * page <title> is kept as the first line. Scripts, styles and attributes never reach the text.
 */
export function htmlToText(html: string): string {
  const reader = new HtmlReader(html)
  const page = new PageText(reader)
  reader.read(page)
  page.flush()
  return joinLines(page.out)
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
