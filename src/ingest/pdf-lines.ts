import { groupLines, joinRun, joinWrapped, type TextBox } from './pdf-geometry.ts'

/** One column of a band: a cell of a borderless table row, or the whole line. */
export interface BandCell { x0: number; x1: number; text: string }

/** A line of text outside bordered tables (tab-separated when it reads as a row of columns). */
export interface TextBand {
  cells: BandCell[]
  top: number
  bottom: number
  left: number
  right: number
  /** Font size of the band's first box. */
  size: number
  text: string
}

/** Vertical overlap needed to put two boxes in one band, as a share of the smaller box. */
const BAND_OVERLAP = 0.2
/** A gap this many font sizes wide splits a single line into tab-separated columns (two half-width spaces are one em). */
const COLUMN_GAP_SINGLE = 0.9
/** Within a band of several wrapped lines, columns are separated by gaps this wide. */
const COLUMN_GAP_WRAPPED = 0.5

const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.min(a1, b1) - Math.max(a0, b0)

/** Groups boxes into bands of vertically overlapping boxes: a line, or a row whose cells wrap onto several lines. */
function bandsOf(boxes: TextBox[]): TextBox[][] {
  const sorted = [...boxes].sort((a, b) => b.y1 - a.y1)
  const bands: Array<{ y0: number; y1: number; boxes: TextBox[] }> = []
  for (const b of sorted) {
    const last = bands[bands.length - 1]
    if (last && overlap(last.y0, last.y1, b.y0, b.y1) >= BAND_OVERLAP * Math.min(b.y1 - b.y0, last.y1 - last.y0)) {
      last.boxes.push(b)
      last.y0 = Math.min(last.y0, b.y0)
    } else bands.push({ y0: b.y0, y1: b.y1, boxes: [b] })
  }
  return bands.map((b) => b.boxes)
}

/** Splits a band's boxes into columns: x-ranges that stay apart by more than `gap` font sizes. */
function columnsOf(boxes: TextBox[], gap: number): TextBox[][] {
  const sorted = [...boxes].sort((a, b) => a.x0 - b.x0)
  const cols: Array<{ x1: number; boxes: TextBox[] }> = []
  for (const b of sorted) {
    const last = cols[cols.length - 1]
    if (last && b.x0 - last.x1 <= gap * b.size) { last.boxes.push(b); last.x1 = Math.max(last.x1, b.x1) }
    else cols.push({ x1: b.x1, boxes: [b] })
  }
  return cols.map((c) => c.boxes)
}

/**
 * Rebuilds the lines of text outside bordered tables from box positions (never from the order pdf.js
 * gives them): one line per band; wide gaps become tabs, and a band whose cells wrap over several
 * lines (a borderless table row) becomes one tab-separated row with each cell's lines joined.
 */
export function extractTextBands(boxes: TextBox[]): TextBand[] {
  return bandsOf(boxes).map((band) => {
    const lines = groupLines(band)
    const gap = lines.length > 1 ? COLUMN_GAP_WRAPPED : COLUMN_GAP_SINGLE
    const cells = columnsOf(band, gap).map((col) => ({
      x0: Math.min(...col.map((b) => b.x0)), x1: Math.max(...col.map((b) => b.x1)), text: joinWrapped(groupLines(col).map(joinRun)),
    }))
    const text = cells.map((c) => c.text).join('\t')
    return {
      cells,
      top: Math.max(...band.map((b) => b.y1)), bottom: Math.min(...band.map((b) => b.y0)),
      left: Math.min(...band.map((b) => b.x0)), right: Math.max(...band.map((b) => b.x1)), size: band[0].size, text,
    }
  })
}
