import { centerX } from './pdf-geometry.ts'
import type { BandCell, TextBand } from './pdf-lines.ts'

/** Consecutive rows of columns needed before they are read as one borderless table. */
const MIN_TABLE_ROWS = 3

interface Slot { x0: number; x1: number }

/** Column slots of a borderless table: the merged x-ranges of the cells of its fullest rows. */
function slotsOf(rows: TextBand[]): Slot[] {
  const most = Math.max(...rows.map((r) => r.cells.length))
  const cells = rows.filter((r) => r.cells.length === most).flatMap((r) => r.cells).sort((a, b) => a.x0 - b.x0)
  const slots: Slot[] = []
  for (const c of cells) {
    const last = slots[slots.length - 1]
    if (last && c.x0 <= last.x1) last.x1 = Math.max(last.x1, c.x1)
    else slots.push({ x0: c.x0, x1: c.x1 })
  }
  return slots.length >= most ? slots : []
}

function slotOf(slots: Slot[], cell: BandCell): number {
  const x = centerX(cell)
  let best = 0
  slots.forEach((s, i) => {
    const d = x < s.x0 ? s.x0 - x : x > s.x1 ? x - s.x1 : 0
    const bd = x < slots[best].x0 ? slots[best].x0 - x : x > slots[best].x1 ? x - slots[best].x1 : 0
    if (d < bd) best = i
  })
  return best
}

/**
 * Lays the rows of a borderless table on shared columns, so that a cell lands in its column even
 * when cells to its left are empty: the columns come from the x-ranges of the rows with the most
 * cells, every cell goes to the column under its centre, and empty columns stay as empty cells.
 * Returns the rows' plain text when no consistent columns are found.
 */
export function alignBorderlessRows(rows: TextBand[]): string[] {
  const slots = rows.length >= MIN_TABLE_ROWS ? slotsOf(rows) : []
  if (!slots.length) return rows.map((r) => r.text)
  return rows.map((r) => {
    const out = slots.map(() => '')
    for (const c of r.cells) { const k = slotOf(slots, c); out[k] = out[k] ? `${out[k]} ${c.text}` : c.text }
    return out.join('\t')
  })
}
