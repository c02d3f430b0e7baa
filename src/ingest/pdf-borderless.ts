import { centerX } from './pdf-geometry.ts'
import type { BandCell, TextBand } from './pdf-lines.ts'

/** Consecutive rows of columns needed before they are read as one borderless table. */
const MIN_TABLE_ROWS = 3

interface Slot { x0: number; x1: number }

/**
 * Column slots of a borderless table, from the rows with the most cells: their cells' x-ranges merged
 * where they overlap; when long labels run into the next column and the ranges merge into too few
 * slots, slot k spans the k-th cells of those rows instead.
 */
function slotsOf(rows: TextBand[]): Slot[] {
  const most = Math.max(...rows.map((r) => r.cells.length))
  const full = rows.filter((r) => r.cells.length === most)
  const merged: Slot[] = []
  for (const c of full.flatMap((r) => r.cells).sort((a, b) => a.x0 - b.x0)) {
    const last = merged[merged.length - 1]
    if (last && c.x0 <= last.x1) last.x1 = Math.max(last.x1, c.x1)
    else merged.push({ x0: c.x0, x1: c.x1 })
  }
  if (merged.length >= most) return merged
  return Array.from({ length: most }, (_, k) => ({ x0: Math.min(...full.map((r) => r.cells[k].x0)), x1: Math.max(...full.map((r) => r.cells[k].x1)) }))
}

/** The slot a cell belongs to: the one containing its centre (the nearest centre among several), else the nearest. */
function slotOf(slots: Slot[], cell: BandCell): number {
  const x = centerX(cell)
  const score = (s: Slot) => (x < s.x0 ? s.x0 - x : x > s.x1 ? x - s.x1 : 0) * 1000 + Math.abs(centerX(s) - x)
  return slots.reduce((best, s, i) => (score(s) < score(slots[best]) ? i : best), 0)
}

/**
 * Lays the rows of a borderless table on shared columns, so that a cell lands in its column even
 * when cells to its left are empty: the columns come from the x-ranges of the rows with the most
 * cells, every cell goes to the column under its centre, and empty columns stay as empty cells.
 * Fewer rows than MIN_TABLE_ROWS are returned as they are.
 */
export function alignBorderlessRows(rows: TextBand[]): string[] {
  if (rows.length < MIN_TABLE_ROWS) return rows.map((r) => r.text)
  const slots = slotsOf(rows)
  return rows.map((r) => {
    const out = slots.map(() => '')
    for (const c of r.cells) { const k = slotOf(slots, c); out[k] = out[k] ? `${out[k]} ${c.text}` : c.text }
    return out.join('\t')
  })
}
