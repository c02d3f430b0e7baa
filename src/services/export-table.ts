// A table as exported to Excel and CSV: a title, the filters it shows, columns, rows and footnotes.

export type TableCell = string | number | null

export interface ExportTable {
  /** Sheet name (at most 31 characters; characters Excel forbids are replaced). */
  name: string
  title: string
  /** The filters applied, one per line (「县区：示例县」, 「年度：2023」 …); written on every sheet. */
  filters: string[]
  columns: string[]
  rows: TableCell[][]
  /** Counting-basis footnotes written under the table. */
  notes?: string[]
}

const FORMULA_START_RE = /^[=+\-@\t\r]/

/** Text that a spreadsheet would read as a formula (= + - @, tab, CR first) gets a leading apostrophe. */
export function neutralizeText(text: string): string {
  return FORMULA_START_RE.test(text) ? `'${text}` : text
}

/** The filters as one line: 「筛选条件：县区：示例县；年度：2023」. */
export function filtersLine(filters: readonly string[]): string {
  return `筛选条件：${filters.length ? filters.join('；') : '无'}`
}
