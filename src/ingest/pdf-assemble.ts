import { joinWrapped } from './pdf-geometry.ts'
import { alignBorderlessRows } from './pdf-borderless.ts'
import type { TextBand } from './pdf-lines.ts'
import { continuesTable, tableLines, type PageTable } from './pdf-tables.ts'

/** One page's content after layout: text bands and bordered tables. */
export interface PageLayout { width: number; height: number; bands: TextBand[]; tables: PageTable[] }

type Block = { kind: 'text'; band: TextBand } | { kind: 'table'; table: PageTable }

const topOf = (b: Block) => (b.kind === 'text' ? b.band.top : b.table.top)

function blocksOf(page: PageLayout): Block[] {
  const blocks: Block[] = [...page.bands.map((band) => ({ kind: 'text' as const, band })), ...page.tables.map((table) => ({ kind: 'table' as const, table }))]
  return blocks.sort((a, b) => topOf(b) - topOf(a))
}

/** Lines that start a section or an item: never the tail of the paragraph above. */
const HEADING_RE = /^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]\D|第[一二三四五六七八九十]+[章节部分])/

interface TextEdges { left: number; right: number; bodySize: number }

/** True when `next` continues the paragraph of `prev`: same font, prev runs to the right edge and next starts at the left edge, or a wrapped headline. */
function continuesParagraph(prev: TextBand, next: TextBand, edges: TextEdges): boolean {
  if (prev.text.includes('\t') || next.text.includes('\t') || Math.abs(prev.size - next.size) > 0.5 || HEADING_RE.test(next.text)) return false
  if (prev.size > edges.bodySize * 1.2) return prev.bottom - next.top < prev.size
  return prev.right >= edges.right - 2 * prev.size && next.left <= edges.left + 0.5 * next.size
}

/**
 * The text block's edges. The right edge is at least the mirror of the left margin: in a document
 * whose paragraphs are all one line, the longest line is not the margin and must not look "full".
 */
function textEdges(pages: PageLayout[]): TextEdges {
  const single = pages.flatMap((p) => p.bands).filter((b) => !b.text.includes('\t'))
  const sizes = single.map((b) => b.size).sort((a, b) => a - b)
  const left = Math.min(...single.map((b) => b.left))
  const right = Math.max(...single.map((b) => b.right), Math.max(...pages.map((p) => p.width)) - left)
  return { left, right, bodySize: sizes[sizes.length >> 1] ?? 12 }
}

/**
 * Writes the pages as one plain text in reading order: wrapped paragraph lines joined again, each
 * table as tab-separated rows between blank lines, and a table that breaks across a page joined
 * into one (same columns, nothing but the page break between the fragments).
 */
export function assemblePages(pages: PageLayout[]): string {
  const edges = textEdges(pages)
  const out: string[] = []
  let fragments: PageTable[] = []
  let columnRows: TextBand[] = []
  let prevText: TextBand | null = null
  const flushColumns = () => { if (columnRows.length) out.push(...alignBorderlessRows(columnRows)); columnRows = [] }
  const flush = () => {
    flushColumns()
    if (fragments.length) out.push('', ...tableLines(fragments), '')
    fragments = []
  }
  for (const page of pages) {
    blocksOf(page).forEach((block, i) => {
      if (block.kind === 'table') {
        const last = fragments[fragments.length - 1]
        if (!(last && i === 0 && continuesTable(last, block.table))) flush()
        fragments.push(block.table)
        prevText = null
        return
      }
      const band = block.band
      if (band.cells.length > 1) { if (fragments.length) flush(); columnRows.push(band); prevText = band; return }
      flush()
      if (prevText && continuesParagraph(prevText, band, edges)) out[out.length - 1] = joinWrapped([out[out.length - 1], band.text])
      else out.push(band.text)
      prevText = band
    })
  }
  flush()
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n'
}
