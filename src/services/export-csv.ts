// CSV export for WPS and Excel: UTF-8 with a BOM (so Chinese opens correctly), CRLF lines, formulas neutralised.
import { filtersLine, neutralizeText, type ExportTable, type TableCell } from './export-table.ts'

export const CSV_MIME = 'text/csv;charset=utf-8'
const BOM = '\uFEFF'
const NEEDS_QUOTES_RE = /[",\r\n]/

function csvField(value: TableCell): string {
  if (value === null) return ''
  const s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : neutralizeText(value)
  return NEEDS_QUOTES_RE.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** The table as CSV text with a BOM: title and filters first, then the header and rows, then the notes. */
export function toCsv(table: ExportTable): string {
  const lines = [
    [table.title], [filtersLine(table.filters)], table.columns, ...table.rows, ...(table.notes ?? []).map((n) => [n]),
  ].map((row) => row.map(csvField).join(','))
  return BOM + lines.join('\r\n') + '\r\n'
}

/** The CSV as a Blob ready to download. */
export function toCsvBlob(table: ExportTable): Blob {
  return new Blob([toCsv(table)], { type: CSV_MIME })
}
