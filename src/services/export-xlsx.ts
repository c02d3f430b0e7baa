// Excel export with write-excel-file (loaded on demand): numbers stay numbers, text never becomes a formula.
import type { Cell, SheetData } from 'write-excel-file/universal'
import { filtersLine, neutralizeText, type ExportTable, type TableCell } from './export-table.ts'

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const SHEET_FORBIDDEN_RE = /[\\/?*[\]:]/g
const SHEET_NAME_MAX = 31

/** A valid, unique sheet name: forbidden characters replaced, at most 31 characters. */
export function toSheetName(name: string, used: Set<string>): string {
  const base = (name.replace(SHEET_FORBIDDEN_RE, '_').trim() || '表').slice(0, SHEET_NAME_MAX)
  let candidate = base
  for (let i = 2; used.has(candidate); i++) candidate = `${base.slice(0, SHEET_NAME_MAX - String(i).length - 1)}_${i}`
  used.add(candidate)
  return candidate
}

function toCell(value: TableCell): Cell {
  if (typeof value === 'number') return Number.isFinite(value) ? { type: Number, value } : null
  if (value === null || value === '') return null
  return { type: String, value: neutralizeText(value) }
}

const text = (value: string, extra: object = {}): Cell => ({ type: String, value: neutralizeText(value), ...extra })

/** The rows of one sheet: title, filters, an empty row, the header, the data, then the footnotes. */
export function toSheetData(table: ExportTable): SheetData {
  return [
    [text(table.title, { fontWeight: 'bold', fontSize: 14 })],
    [text(filtersLine(table.filters))],
    [],
    table.columns.map((c) => text(c, { fontWeight: 'bold', backgroundColor: '#EEEEEE' })),
    ...table.rows.map((row) => row.map(toCell)),
    ...(table.notes?.length ? [[], ...table.notes.map((n) => [text(n)])] : []),
  ]
}

function columnWidths(table: ExportTable): { width: number }[] {
  return table.columns.map((c, i) => {
    const longest = Math.max(c.length, ...table.rows.map((r) => String(r[i] ?? '').length))
    return { width: Math.min(48, Math.max(8, Math.ceil(longest * 1.8))) }
  })
}

/** One workbook with a sheet per table (a meeting pack), as a Blob. */
export async function buildWorkbook(tables: readonly ExportTable[]): Promise<Blob> {
  if (!tables.length) throw new Error('没有可导出的表格')
  const { default: writeXlsxFile } = await import('write-excel-file/universal')
  const used = new Set<string>()
  const sheets = tables.map((t) => ({ data: toSheetData(t), sheet: toSheetName(t.name, used), columns: columnWidths(t) }))
  return writeXlsxFile(sheets).toBlob()
}
