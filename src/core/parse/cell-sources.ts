// The source spans of table cells, noted while a table is read and turned into spans only when asked for.
import type { SourceSpan } from '../model/report.ts'
import type { TextCell } from './cells.ts'

/**
 * The cells a table's values were read from, by record path ("t3.tot.new"), in the order they were
 * read. A report has some 200 of them and its spans are wanted only to show where a value came from
 * (a finding, 单位详情, `parse --sources`), so reading a table only notes the cell; `addTo` makes the spans.
 */
export class CellSources {
  private readonly paths: string[] = []
  private readonly cells: TextCell[] = []

  note(path: string, cell: TextCell): void {
    this.paths.push(path)
    this.cells.push(cell)
  }

  /** Writes the span of every noted cell into `into` (a later note of a path wins), and returns it. */
  addTo(into: Record<string, SourceSpan>): Record<string, SourceSpan> {
    for (let i = 0; i < this.paths.length; i++) {
      const cell = this.cells[i]
      into[this.paths[i]] = { start: cell.start, end: cell.end }
    }
    return into
  }

  /** The span of the cell last noted for `path`, as `toRecord()[path]` gives it. */
  spanOf(path: string): SourceSpan | undefined {
    const i = this.paths.lastIndexOf(path)
    if (i < 0) return undefined
    const cell = this.cells[i]
    return { start: cell.start, end: cell.end }
  }

  /** The spans as a new object. */
  toRecord(): Record<string, SourceSpan> {
    return this.addTo({})
  }
}
