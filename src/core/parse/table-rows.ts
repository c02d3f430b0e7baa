// Reads labelled table rows out of lines of cells, for every layout: the values of a row are the
// value cells that follow its label (on the same line or the next ones) until the next known label.
// Blank cells keep their column, and a row never silently shifts: its values are the window of
// `width` slots that holds every non-empty slot, aligned with the other rows of the table.
import { squeezeSpaces, type TextCell, type TextLine } from './cells.ts'

export interface Slot {
  cell: TextCell
  /** Column index of the cell in its line when the line is a multi-cell row, else null. */
  col: number | null
  line: number
  filled: boolean
}

export interface LabelMatch<K extends string> {
  /** A data row's key, or undefined for a group label (「（三）不予公开」) that only sets context. */
  key?: K
  group?: string
}

export interface CollectedRow<K extends string> {
  key: K
  label: TextCell
  slots: Slot[]
}

/** The cells of a row's values in column order, null where the row has no cell. */
export type RowCells = (TextCell | null)[]

/**
 * For space-aligned tables (cells with display columns): the column positions of the rows that fill
 * every column, by median, or null when no such row exists.
 */
function referenceColumns<K extends string>(rows: Map<K, CollectedRow<K>>, width: number): number[] | null {
  const samples: number[][] = Array.from({ length: width }, () => [])
  for (const row of rows.values()) {
    if (row.slots.length !== width || !row.slots.every((s) => s.filled && s.cell.x !== undefined)) continue
    row.slots.forEach((s, i) => samples[i].push(s.cell.x!))
  }
  if (!samples[0].length) return null
  return samples.map((xs) => xs.sort((a, b) => a - b)[xs.length >> 1])
}

/** Places the values of a space-aligned row that has blanks under the nearest reference columns. */
function alignByPosition(slots: Slot[], columns: number[]): RowCells | null {
  const cells: RowCells = columns.map(() => null)
  for (const s of slots) {
    if (!s.filled || s.cell.x === undefined) return null
    let best = 0
    columns.forEach((x, i) => { if (Math.abs(x - s.cell.x!) < Math.abs(columns[best] - s.cell.x!)) best = i })
    if (cells[best]) return null
    cells[best] = s.cell
  }
  return cells
}

/** Matches a label cell's squeezed text given the current group; null when it is not a known label. */
export type LabelMatcher<K extends string> = (label: string, group: string | undefined) => LabelMatch<K> | null

const MAX_LABEL_LENGTH = 70

/**
 * Walks lines [from, to) and collects, for each row key the matcher recognises (first occurrence
 * wins), the value slots that follow its label. `widthOf(key)` is how many values the row has.
 */
export function collectRows<K extends string>(
  lines: TextLine[], from: number, to: number, match: LabelMatcher<K>, widthOf: (key: K) => number,
): Map<K, CollectedRow<K>> {
  const rows = new Map<K, CollectedRow<K>>()
  let current: CollectedRow<K> | undefined
  let group: string | undefined
  let filledCount = 0
  for (let li = from; li < to; li++) {
    const line = lines[li]
    if (current && filledCount >= widthOf(current.key)) current = undefined
    for (let ci = 0; ci < line.cells.length; ci++) {
      const cell = line.cells[ci]
      const kind = cell.kind
      if (kind === 'label') {
        const label = squeezeSpaces(cell.text)
        if (label.length > MAX_LABEL_LENGTH) continue
        const m = match(label, group)
        if (!m || (m.key && m.key === current?.key)) continue
        if (m.group) group = m.group
        // First occurrence wins, unless it took no value (a repeated header's 「总计」 before the real row).
        const seen = m.key && rows.get(m.key)
        if (m.key && (!seen || !hasFilled(seen.slots))) {
          current = { key: m.key, label: cell, slots: [] }
          filledCount = 0
          rows.set(m.key, current)
        } else if (m.key || m.group) current = undefined
        continue
      }
      if (!current) continue
      if (kind === 'empty' && !line.multi) continue
      current.slots.push({ cell, col: line.multi ? ci : null, line: li, filled: kind !== 'empty' })
      if (kind !== 'empty') filledCount++
    }
  }
  return rows
}

function hasFilled(slots: Slot[]): boolean {
  for (const s of slots) if (s.filled) return true
  return false
}

function countFilled(slots: Slot[]): number {
  let n = 0
  for (const s of slots) if (s.filled) n++
  return n
}

function allPlaced(slots: Slot[]): boolean {
  for (const s of slots) if (s.cell.x === undefined) return false
  return true
}

/** The first slots a row's values may start at: every start in lo … hi keeps all filled slots in the window. */
interface StartRange { lo: number; hi: number }

function feasibleStarts(slots: Slot[], width: number): StartRange {
  if (slots.length <= width) return { lo: 0, hi: 0 }
  let first = -1, last = -1
  for (let i = 0; i < slots.length; i++) if (slots[i].filled) { if (first < 0) first = i; last = i }
  if (first < 0) return { lo: 0, hi: slots.length - width }
  if (last - first + 1 > width) return { lo: first, hi: first }
  return { lo: Math.max(0, last - width + 1), hi: Math.min(first, slots.length - width) }
}

/** The key with the highest count, the first one on a tie; undefined for none. */
function mostCommon(counts: Map<number, number>): number | undefined {
  let best: number | undefined, bestCount = 0
  for (const [key, n] of counts) if (n > bestCount) { best = key; bestCount = n }
  return best
}

/**
 * Turns collected rows into the cell of each value (null where the row has none; cellNumber reads
 * it). Rows whose window is ambiguous (blank cells at an edge) take the start column most rows of
 * the table use; failing that, `prefer` decides (values sit at the row's end or start).
 */
export function resolveRows<K extends string>(
  rows: Map<K, CollectedRow<K>>, widthOf: (key: K) => number, prefer: 'left' | 'right',
): Map<K, RowCells> {
  const startCols = new Map<number, number>()
  const ranges: StartRange[] = []
  for (const [key, row] of rows) {
    const range = feasibleStarts(row.slots, widthOf(key))
    ranges.push(range)
    const col = row.slots[range.lo]?.col
    if (range.lo === range.hi && col != null && hasFilled(row.slots)) startCols.set(col, (startCols.get(col) ?? 0) + 1)
  }
  const modeCol = mostCommon(startCols)
  const out = new Map<K, RowCells>()
  const references = new Map<number, number[] | null>()
  let r = 0
  for (const [key, row] of rows) {
    const { lo, hi } = ranges[r++]
    const width = widthOf(key)
    const filled = countFilled(row.slots)
    if (filled > 0 && filled < width && allPlaced(row.slots)) {
      if (!references.has(width)) references.set(width, referenceColumns(rows, width))
      const columns = references.get(width)
      const aligned = columns && alignByPosition(row.slots, columns)
      if (aligned) { out.set(key, aligned); continue }
    }
    let start = -1
    if (modeCol !== undefined) for (let s = lo; s <= hi; s++) if (row.slots[s]?.col === modeCol) { start = s; break }
    if (start < 0) start = prefer === 'right' ? hi : lo
    const cells: RowCells = new Array(width)
    for (let i = 0; i < width; i++) cells[i] = row.slots[start + i]?.cell ?? null
    out.set(key, cells)
  }
  return out
}
