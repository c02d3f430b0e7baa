import { parseHtml, type HtmlElement, type HtmlNode } from './html-dom.ts'

const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr',
  'table', 'section', 'article', 'header', 'footer', 'nav', 'aside', 'main', 'blockquote', 'pre',
  'title', 'form', 'fieldset', 'figure', 'figcaption', 'caption', 'address', 'center', 'body', 'html', 'head',
])
const SKIP_TAGS = new Set(['head', 'select', 'button', 'map'])
const SPACE_RE = /[ \t\r\n\f\v]+/g

function hasDescendantTable(el: HtmlElement): boolean {
  return el.children.some((c) => typeof c !== 'string' && (c.tag === 'table' || hasDescendantTable(c)))
}

/** The text of a table cell on one line: inner line breaks become spaces, tabs never survive. */
function cellText(el: HtmlElement): string {
  const parts: string[] = []
  const walk = (n: HtmlNode) => {
    if (typeof n === 'string') parts.push(n)
    else {
      if (BLOCK_TAGS.has(n.tag)) parts.push(' ')
      n.children.forEach(walk)
    }
  }
  el.children.forEach(walk)
  return parts.join('').replace(SPACE_RE, ' ').trim()
}

function rowsOf(table: HtmlElement): HtmlElement[] {
  const rows: HtmlElement[] = []
  const walk = (el: HtmlElement) => {
    for (const c of el.children) {
      if (typeof c === 'string') continue
      if (c.tag === 'tr') rows.push(c)
      else if (c.tag !== 'table') walk(c)
    }
  }
  walk(table)
  return rows
}

const spanOf = (value: string | undefined) => Math.min(Math.max(parseInt(value ?? '1', 10) || 1, 1), 60)

/** Lays a table out as a grid (rowspan/colspan expanded, covered positions left blank), one line per row, cells tab-separated. */
export function tableToLines(table: HtmlElement): string[] {
  const grid: string[][] = []
  rowsOf(table).forEach((tr, r) => {
    grid[r] ??= []
    let col = 0
    for (const cell of tr.children) {
      if (typeof cell === 'string' || (cell.tag !== 'td' && cell.tag !== 'th')) continue
      while (grid[r][col] !== undefined) col++
      const rs = spanOf(cell.attrs.rowspan), cs = spanOf(cell.attrs.colspan)
      const text = cellText(cell)
      for (let i = 0; i < rs; i++) {
        grid[r + i] ??= []
        for (let j = 0; j < cs; j++) grid[r + i][col + j] = i === 0 && j === 0 ? text : ''
      }
      col += cs
    }
  })
  return grid.map((row) => Array.from(row, (c) => c ?? '').join('\t'))
}

/**
 * Renders an HTML page as plain text: block elements become lines, data tables become one
 * tab-separated line per row (layout tables that hold other tables are read as blocks), and the
 * page <title> is kept as the first line. Scripts, styles and attributes never reach the text.
 */
export function htmlToText(html: string): string {
  const root = parseHtml(html)
  const out: string[] = []
  let line = ''
  const flush = () => {
    const t = line.replace(SPACE_RE, ' ').trim()
    if (t) out.push(t)
    line = ''
  }
  const walk = (n: HtmlNode) => {
    if (typeof n === 'string') { line += n; return }
    if (n.tag === 'title') { flush(); line = cellText(n); flush(); return }
    if (SKIP_TAGS.has(n.tag)) { n.children.forEach((c) => typeof c !== 'string' && c.tag === 'title' && walk(c)); return }
    if (n.tag === 'table' && !hasDescendantTable(n)) {
      flush()
      out.push('', ...tableToLines(n).filter((l) => l.trim() || l.includes('\t')), '')
      return
    }
    if (BLOCK_TAGS.has(n.tag) || n.tag === 'td' || n.tag === 'th') flush()
    n.children.forEach(walk)
    if (BLOCK_TAGS.has(n.tag) || n.tag === 'td' || n.tag === 'th') flush()
  }
  walk(root)
  flush()
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n'
}

/** True when bytes decoded as text look like an HTML page rather than a plain-text report. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<meta|<body|<div|<table|<p[\s>])/i.test(text.slice(0, 2000)) ||
    /<(table|div|p|br)\b[^>]*>/i.test(text.slice(0, 20000)) && /<\/(td|div|p)>/i.test(text)
}
