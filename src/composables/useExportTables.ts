// The table builders of the export services, for views (which reach services only through composables).
export { SCORE_NOTES, toBreakdownTable, toRankingTable, toRatersTable } from '../services/export-score-tables.ts'
export { chartToTable, toDatasetTable, toFindingsTable } from '../services/export-data-tables.ts'
export type { ExportTable, TableCell } from '../services/export-table.ts'
