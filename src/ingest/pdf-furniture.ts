import type { TextBand } from './pdf-lines.ts'

/** Page numbers as printed alone in a header or footer: 「第 1 页」「第1页 共3页」「1/3」「- 2 -」「Page 2 of 5」. */
const PAGE_NUMBER_RE = /^(第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*第\s*\d+\s*页|\d+\s*\/\s*\d+|[-—–]\s*\d+\s*[-—–]|\d+|page\s*\d+(\s*(of|\/)\s*\d+)?)$/i
/** Share of the page height, at top and bottom, where running heads and footers sit. */
const MARGIN_ZONE = 0.12
const MAX_CANDIDATES = 2

export interface PageBands { height: number; bands: TextBand[] }

const keyOf = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, '')

/** The bands at the top and bottom edge of a page that could be page furniture. */
function edgeBands(page: PageBands): TextBand[] {
  const { bands, height } = page
  const top = bands.slice(0, MAX_CANDIDATES).filter((b) => b.bottom >= height * (1 - MARGIN_ZONE))
  const bottom = bands.slice(-MAX_CANDIDATES).filter((b) => b.top <= height * MARGIN_ZONE)
  return [...new Set([...top, ...bottom])]
}

/** Running heads sit at the same height on every page, within this many points. */
const SAME_PLACE = 3

/**
 * Drops running headers and footers: page numbers at a page's top or bottom edge, and edge lines
 * that repeat (digits aside) at the same height on most pages, such as a report title or a printed
 * URL and date. Table rows that happen to sit at a page edge differ in height from page to page.
 */
export function dropPageFurniture(pages: PageBands[]): void {
  const seen = new Map<string, number[]>()
  for (const page of pages) for (const b of edgeBands(page)) seen.set(keyOf(b.text), [...(seen.get(keyOf(b.text)) ?? []), b.top])
  const needed = Math.max(2, pages.length * 0.6)
  const repeated = (b: TextBand) => pages.length >= 2 && (seen.get(keyOf(b.text)) ?? []).filter((t) => Math.abs(t - b.top) <= SAME_PLACE).length >= needed
  for (const page of pages) {
    const drop = new Set(edgeBands(page).filter((b) => PAGE_NUMBER_RE.test(b.text.replace(/\t/g, ' ').trim()) || repeated(b)))
    page.bands = page.bands.filter((b) => !drop.has(b))
  }
}
