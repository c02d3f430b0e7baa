import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist'
import type { TextItem } from 'pdfjs-dist/types/src/display/api'
import type { PdfRuntime } from './env.ts'
import { IngestError } from './ingest-error.ts'
import type { IngestLimits } from './limits.ts'
import { assemblePages, type PageLayout } from './pdf-assemble.ts'
import { normalizePdfChars } from './pdf-chars.ts'
import { dropPageFurniture } from './pdf-furniture.ts'
import type { TextBox } from './pdf-geometry.ts'
import { extractTextBands, type TextBand } from './pdf-lines.ts'
import { collectRulings, multiply, type Matrix } from './pdf-rulings.ts'
import { extractRuledTables } from './pdf-tables.ts'

/** Fewer readable characters than this per page means the pages are images (a scan). */
const MIN_CHARS_PER_PAGE = 20
/** Pages with at least this many number-only boxes are searched for bordered tables. */
const MIN_NUMBER_BOXES_FOR_TABLES = 6
const NUMBER_RE = /^[\d.,，%／/-]+$/
const BLANK_RE = /^\s*$/
/** Text between runs of two or more spaces (a single space stays inside a piece). */
const PIECE_RE = /\S+(?: \S+)*/g

export const SCANNED_PDF_ERROR = '是扫描图片，没有文字层，需要先做 OCR 文字识别后再导入'

/**
 * The boxes of one pdf.js text item. Runs of spaces split it (some PDFs write a whole table row as
 * one string padded with spaces); the pieces are placed in proportion to their character offsets.
 */
function toBoxes(item: TextItem, pageMatrix: Matrix, out: TextBox[]): void {
  if (BLANK_RE.test(item.str)) return
  const [a, b, c, d, x, y] = multiply(pageMatrix, item.transform as Matrix)
  const size = Math.hypot(c, d) || Math.hypot(a, b) || 10
  const perChar = item.width / Math.max(1, item.str.length)
  for (const m of item.str.matchAll(PIECE_RE)) {
    const x0 = x + m.index * perChar
    out.push({ str: normalizePdfChars(m[0]), x0, x1: x0 + m[0].length * perChar, y0: y - 0.2 * size, y1: y + 0.8 * size, size })
  }
}

/** Maps PDF user space to an upright page with y upwards and the origin at the bottom left, whatever /Rotate and the MediaBox origin say. */
function pageMatrixOf(page: PDFPageProxy): { matrix: Matrix; width: number; height: number } {
  const vp = page.getViewport({ scale: 1 })
  const [a, b, c, d, e, f] = vp.transform as Matrix
  return { matrix: [a, -b, c, -d, e, vp.height - f], width: vp.width, height: vp.height }
}

/** Reading the drawing operators costs time: only pages with column gaps or many numbers are searched for bordered tables. */
const mayHoldTable = (boxes: TextBox[], bands: TextBand[]) =>
  bands.some((b) => b.text.includes('\t')) || boxes.filter((b) => NUMBER_RE.test(b.str)).length >= MIN_NUMBER_BOXES_FOR_TABLES

async function readPage(page: PDFPageProxy): Promise<PageLayout & { chars: number }> {
  const { matrix, width, height } = pageMatrixOf(page)
  const content = await page.getTextContent({ disableNormalization: true })
  const boxes: TextBox[] = []
  for (const item of content.items) if ('str' in item) toBoxes(item, matrix, boxes)
  const chars = boxes.reduce((n, b) => n + b.str.replace(/\s/g, '').length, 0)
  let bands = extractTextBands(boxes)
  let tables: PageLayout['tables'] = []
  if (mayHoldTable(boxes, bands)) {
    const ops = await page.getOperatorList()
    const free = new Set(boxes)
    tables = extractRuledTables(collectRulings(ops.fnArray, ops.argsArray, matrix), free)
    if (tables.length) bands = extractTextBands(boxes.filter((b) => free.has(b)))
  }
  page.cleanup()
  return { width, height, bands, tables, chars }
}

function loadError(e: unknown): IngestError {
  const name = (e as { name?: string })?.name
  if (name === 'PasswordException') return new IngestError('PDF 有密码保护，请去掉密码后再导入')
  if (name === 'InvalidPDFException') return new IngestError('不是有效的 PDF 文件（文件可能已损坏）')
  return new IngestError(`PDF 无法打开（${e instanceof Error ? e.message : String(e)}）`)
}

/**
 * Reads a PDF report as plain text: lines and table rows are rebuilt from text positions and the
 * table borders the page draws (tab-separated cells, merged cells blank where covered), a table
 * broken by a page is joined, running headers, footers and page numbers are dropped. A PDF without a
 * text layer is refused as a scan that needs OCR.
 */
export async function extractPdfText(bytes: Uint8Array, runtime: PdfRuntime, limits: IngestLimits): Promise<string> {
  const task = runtime.getDocument({
    data: bytes.slice(), isEvalSupported: false, cMapUrl: runtime.cMapUrl, cMapPacked: true,
    standardFontDataUrl: runtime.standardFontDataUrl, disableFontFace: true, verbosity: 0,
  })
  let doc: PDFDocumentProxy
  try { doc = await task.promise } catch (e) { await task.destroy(); throw loadError(e) }
  try {
    if (doc.numPages > limits.maxPdfPages) throw new IngestError(`PDF 页数过多（${doc.numPages} 页，上限 ${limits.maxPdfPages} 页）`)
    const pages = []
    for (let p = 1; p <= doc.numPages; p++) pages.push(await readPage(await doc.getPage(p)))
    const chars = pages.reduce((n, p) => n + p.chars, 0)
    if (chars < MIN_CHARS_PER_PAGE * pages.length) throw new IngestError(SCANNED_PDF_ERROR)
    dropPageFurniture(pages)
    return assemblePages(pages)
  } finally {
    await task.destroy()
  }
}
