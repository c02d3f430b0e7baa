import { centerX, centerY, clusterValues, groupLines, isHorizontal, isVertical, joinRun, joinWrapped, type Ruling, type TextBox } from './pdf-geometry.ts'

/** A table cell anchored at its top-left grid position, with its left edge for column matching. */
export interface TableCell { x0: number; text: string }

/** A bordered table found on one page: rows top to bottom, each with the cells that start in it. */
export interface PageTable {
  top: number
  bottom: number
  left: number
  right: number
  /** The first / last row has no border above / below it: the table was cut by a page break. */
  openTop: boolean
  openBottom: boolean
  /** Column borders, left to right. */
  xs: number[]
  rows: TableCell[][]
}

const SNAP = 2
/** A "cell" holding more text than this is a frame around body text (a boxed page, a bordered note), not a table cell. */
const MAX_CELL_CHARS = 400

interface Grid { xs: number[]; ys: number[]; h: Ruling[]; v: Ruling[]; openTop: boolean; openBottom: boolean }

/** Groups rulings that touch into connected sets, one per table. */
function connectedGroups(rulings: Ruling[]): Ruling[][] {
  const parent = rulings.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])))
  const touch = (a: Ruling, b: Ruling) => a.x0 <= b.x1 + SNAP && b.x0 <= a.x1 + SNAP && a.y0 <= b.y1 + SNAP && b.y0 <= a.y1 + SNAP
  const order = rulings.map((_, i) => i).sort((a, b) => rulings[a].x0 - rulings[b].x0)
  for (let a = 0; a < order.length; a++) {
    const ra = rulings[order[a]]
    for (let b = a + 1; b < order.length && rulings[order[b]].x0 <= ra.x1 + SNAP; b++) {
      if (touch(ra, rulings[order[b]])) parent[find(order[a])] = find(order[b])
    }
  }
  const groups = new Map<number, Ruling[]>()
  rulings.forEach((r, i) => { const g = find(i); groups.set(g, [...(groups.get(g) ?? []), r]) })
  return [...groups.values()]
}

/**
 * The grid's row and column borders. Where a page break cuts a table, the cut edge has no horizontal
 * border but the vertical borders run on: their ends become the missing border.
 */
function toGrid(group: Ruling[]): Grid | null {
  const h = group.filter(isHorizontal), v = group.filter(isVertical)
  const xs = clusterValues(v.map(centerX), SNAP)
  if (xs.length < 2 || !h.length) return null
  const ys = clusterValues(h.map(centerY), SNAP).reverse()
  const vTop = Math.max(...v.map((r) => r.y1)), vBottom = Math.min(...v.map((r) => r.y0))
  const edge = (y: number): Ruling => ({ x0: xs[0], x1: xs[xs.length - 1], y0: y, y1: y })
  const openTop = vTop > ys[0] + 2 * SNAP, openBottom = vBottom < ys[ys.length - 1] - 2 * SNAP
  if (openTop) { ys.unshift(vTop); h.push(edge(vTop)) }
  if (openBottom) { ys.push(vBottom); h.push(edge(vBottom)) }
  return ys.length >= 2 ? { xs, ys, h, v, openTop, openBottom } : null
}

const hasH = (g: Grid, y: number, x: number) => g.h.some((r) => Math.abs(centerY(r) - y) <= SNAP && r.x0 - SNAP <= x && x <= r.x1 + SNAP)
const hasV = (g: Grid, x: number, y: number) => g.v.some((r) => Math.abs(centerX(r) - x) <= SNAP && r.y0 - SNAP <= y && y <= r.y1 + SNAP)

/** The grid's cells as rectangles of grid positions: a missing border between two positions merges them. */
function spansOf(g: Grid): Array<{ r: number; c: number; rs: number; cs: number }> {
  const rows = g.ys.length - 1, cols = g.xs.length - 1
  const taken = Array.from({ length: rows }, () => new Array<boolean>(cols).fill(false))
  const midX = (c: number) => (g.xs[c] + g.xs[c + 1]) / 2, midY = (r: number) => (g.ys[r] + g.ys[r + 1]) / 2
  const out = []
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (taken[r][c]) continue
      let cs = 1, rs = 1
      while (c + cs < cols && !taken[r][c + cs] && !hasV(g, g.xs[c + cs], midY(r))) cs++
      const openBelow = (rr: number) => Array.from({ length: cs }, (_, k) => c + k).every((cc) => !taken[rr][cc] && !hasH(g, g.ys[rr], midX(cc)))
      while (r + rs < rows && openBelow(r + rs)) rs++
      for (let i = 0; i < rs; i++) for (let j = 0; j < cs; j++) taken[r + i][c + j] = true
      out.push({ r, c, rs, cs })
    }
  }
  return out
}

/**
 * Finds the bordered tables of a page and fills their cells with the text boxes inside them; boxes
 * used by a table are removed from `boxes`. A cell's text is its lines joined, wherever it sits
 * vertically (merged cells centre their text), and merged positions are left out of the rows.
 */
export function extractRuledTables(rulings: Ruling[], boxes: Set<TextBox>): PageTable[] {
  const tables: PageTable[] = []
  for (const group of connectedGroups(rulings)) {
    const g = toGrid(group)
    if (!g) continue
    const spans = spansOf(g)
    if (spans.length < 2) continue
    const [top, bottom, left, right] = [g.ys[0], g.ys[g.ys.length - 1], g.xs[0], g.xs[g.xs.length - 1]]
    const inCell = spans.map(() => [] as TextBox[])
    for (const b of boxes) {
      const x = centerX(b), y = centerY(b)
      if (x < left || x > right || y > top || y < bottom) continue
      const k = spans.findIndex((s) => g.xs[s.c] <= x && x <= g.xs[s.c + s.cs] && g.ys[s.r] >= y && y >= g.ys[s.r + s.rs])
      if (k >= 0) inCell[k].push(b)
    }
    const texts = inCell.map((cell) => joinWrapped(groupLines(cell).map(joinRun)))
    if (texts.some((t) => t.length > MAX_CELL_CHARS)) continue
    for (const cell of inCell) for (const b of cell) boxes.delete(b)
    const rows: TableCell[][] = Array.from({ length: g.ys.length - 1 }, () => [])
    spans.forEach((s, k) => rows[s.r].push({ x0: g.xs[s.c], text: texts[k] }))
    tables.push({ top, bottom, left, right, openTop: g.openTop, openBottom: g.openBottom, xs: g.xs, rows })
  }
  return tables
}

/** True when a table on the next page continues this one: same outer edges and mostly the same column borders. */
export function continuesTable(a: PageTable, b: PageTable): boolean {
  if (Math.abs(a.left - b.left) > 3 || Math.abs(a.right - b.right) > 3) return false
  const shared = b.xs.filter((x) => a.xs.some((y) => Math.abs(x - y) <= 3)).length
  return shared >= Math.min(a.xs.length, b.xs.length) * 0.6
}

/** Rows of all fragments in order; a row cut in two by the page break is put back together. */
function joinedRows(fragments: PageTable[], column: (x: number) => number): string[][] {
  const rows: string[][] = []
  fragments.forEach((f, i) => {
    f.rows.forEach((row, r) => {
      const cut = r === 0 && i > 0 && f.openTop && fragments[i - 1].openBottom && rows.length > 0
      const cells = cut ? rows[rows.length - 1] : []
      for (const cell of row) {
        const c = column(cell.x0)
        cells[c] = cut ? joinWrapped([cells[c] ?? '', cell.text]) : cell.text
      }
      if (!cut) rows.push(cells)
    })
  })
  return rows
}

/** Renders table fragments (one table, possibly over several pages) as tab-separated lines on shared columns. */
export function tableLines(fragments: PageTable[]): string[] {
  const xs = clusterValues(fragments.flatMap((f) => f.xs), 3)
  const column = (x: number) => xs.reduce((best, v, i) => (Math.abs(v - x) < Math.abs(xs[best] - x) ? i : best), 0)
  return joinedRows(fragments, column)
    .map((cells) => Array.from({ length: xs.length - 1 }, (_, c) => cells[c] ?? '').join('\t'))
    .filter((line) => line.trim())
}
