// A data table's cells placed on a grid as they are read, row by row: rowspan/colspan expanded,
// covered positions '' and positions no cell reached left empty; then one tab-separated line a row.

/** A rowspan/colspan value as a count of 1–60; most cells have none. */
const spanOf = (value: string | undefined) => (value === undefined ? 1 : Math.min(Math.max(parseInt(value, 10) || 1, 1), 60))

export class TableGrid {
  private readonly rows: string[][] = []
  private row = -1
  /** Where the next cell of the current row may go (if no cell from above covers it). */
  private col = 0

  /** Starts the next row. */
  addRow() {
    this.row++
    this.rows[this.row] ??= []
    this.col = 0
  }

  /** Places a cell of the current row at its first free position; `attrs` give its spans. */
  addCell(text: string, attrs: Record<string, string>) {
    const r = this.row
    const row = this.rows[r]
    let col = this.col
    while (row[col] !== undefined) col++
    const rs = spanOf(attrs.rowspan), cs = spanOf(attrs.colspan)
    // Most cells span nothing.
    if (rs === 1 && cs === 1) { row[col] = text; this.col = col + 1; return }
    for (let i = 0; i < rs; i++) {
      const covered = (this.rows[r + i] ??= [])
      for (let j = 0; j < cs; j++) covered[col + j] = i === 0 && j === 0 ? text : ''
    }
    this.col = col + cs
  }

  /**
   * Adds the lines of the rows to `out`, leaving out those that would be blank: a row with a single,
   * empty cell or none (cell texts are trimmed, so a one-cell row with text is never blank, and a
   * row of two or more cells has a tab).
   */
  addLines(out: string[]) {
    for (const row of this.rows) if (row.length > 1 || row[0]) out.push(joinCells(row))
  }
}

/**
 * row.join('\t') for a grid row, positions no cell reached written as empty strings. A loop of
 * concatenations: join() on such short arrays costs more than the strings it makes.
 */
function joinCells(row: string[]): string {
  let line = row[0] ?? ''
  for (let j = 1; j < row.length; j++) line += '\t' + (row[j] ?? '')
  return line
}
