// The canonical report record of ../shared/corpus/SCHEMA.md. Keys are the SCHEMA keys; a value the
// report does not state, or leaves blank, is null (never a guessed 0).

export type UnitKind = 'town' | 'township' | 'subdistrict' | 'other'
export type Template = '2021' | '2019' | 'freeform'
export type Cell = number | null

export interface DocStock2021 { made: Cell; repealed: Cell; valid: Cell }

/** 表二, 2021 format (10 cells). `fees` is in 万元. */
export interface T2 {
  rules: DocStock2021
  normdocs: DocStock2021
  licensing: Cell
  penalty: Cell
  coercion: Cell
  fees: Cell
}

export interface DocStockTrial { newMade: Cell; newPublished: Cell; totalPublished: Cell }
export interface ItemsTrial { prevItems: Cell; delta: Cell; decisions: Cell }

/** 表二, 2019 trial format (22 cells). */
export interface T2Trial {
  rules: DocStockTrial
  normdocs: DocStockTrial
  licensing: ItemsTrial
  otherServices: ItemsTrial
  penalty: ItemsTrial
  coercion: ItemsTrial
  fees: { prevItems: Cell; delta: Cell }
  procurement: { projects: Cell; amount: Cell }
}

export const T3_COLUMNS = ['np', 'ent', 'sci', 'npo', 'law', 'oth', 'tot'] as const
export type T3ColumnKey = (typeof T3_COLUMNS)[number]
/** The six applicant columns whose sum is 总计. */
export const T3_APPLICANT_COLUMNS = ['np', 'ent', 'sci', 'npo', 'law', 'oth'] as const

/** 表三 rows in template order; `other1..3` exist only in 2021, `other` only in the trial format. */
export const T3_ROWS = [
  'new', 'carryIn', 'open', 'partial',
  'deny1', 'deny2', 'deny3', 'deny4', 'deny5', 'deny6', 'deny7', 'deny8',
  'unable1', 'unable2', 'unable3',
  'noproc1', 'noproc2', 'noproc3', 'noproc4', 'noproc5',
  'other1', 'other2', 'other3', 'other',
  'total', 'carryOut',
] as const
export type T3RowKey = (typeof T3_ROWS)[number]
export type T3Column = Record<T3RowKey, Cell>
export type T3 = Record<T3ColumnKey, T3Column>

/** The result rows (三、本年度办理结果) of each template, whose sum is (七)总计. */
export const T3_RESULT_ROWS_2021: readonly T3RowKey[] = [
  'open', 'partial', 'deny1', 'deny2', 'deny3', 'deny4', 'deny5', 'deny6', 'deny7', 'deny8',
  'unable1', 'unable2', 'unable3', 'noproc1', 'noproc2', 'noproc3', 'noproc4', 'noproc5',
  'other1', 'other2', 'other3',
]
export const T3_RESULT_ROWS_2019: readonly T3RowKey[] = [
  ...T3_RESULT_ROWS_2021.filter((r) => !r.startsWith('other')), 'other',
]

export interface T4Group { upheld: Cell; corrected: Cell; other: Cell; pending: Cell; total: Cell }
export const T4_GROUPS = ['review', 'litDirect', 'litAfterReview'] as const
export const T4_FIELDS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const
export type T4 = Record<(typeof T4_GROUPS)[number], T4Group>

export const CHANNEL_CODES = [
  'portal', 'wechat', 'weibo', 'video', 'toutiao', 'county_app', 'meipian', 'media', 'board',
  'village_board', 'zone', 'oversight_app', 'im_group', 'mailbox', 'print', 'other',
] as const
export type ChannelCode = (typeof CHANNEL_CODES)[number]
export const REACH_METRICS = ['visits', 'reads', 'followers', 'subscribers', 'views'] as const
export type ReachMetric = (typeof REACH_METRICS)[number]

export interface Quantity { value: number; approx: boolean }
export interface Reach extends Quantity { metric: ReachMetric }

export interface Channel {
  channel: ChannelCode
  name: string | null
  items: number | null
  approx: boolean
  reach: Reach | null
}

export interface Narrative {
  proactiveTotal: Quantity | null
  channels: Channel[]
  applications: number | null
}

export interface ReportRecord {
  file: string
  unit: string | null
  unitKind: UnitKind | null
  county: string | null
  year: number | null
  template: Template
  publishedAt: string | null
  t2: T2 | null
  t2Trial: T2Trial | null
  t3: T3 | null
  t4: T4 | null
  narrative: Narrative
  flags: string[]
}

/** Where a value came from: a span [start, end) of the report's plain text (see ParsedReport.text). */
export interface SourceSpan { start: number; end: number }

/**
 * A parsed report: the canonical record, the plain text it was read from (tables as tab-separated
 * rows), and the source span of every value, keyed by its record path ("t3.tot.new",
 * "narrative.channels.0.items", "unit" …).
 */
export interface ParsedReport {
  ok: true
  record: ReportRecord
  text: string
  sources: Record<string, SourceSpan>
  /** The span of one path, as `sources[path]`, where the report can find it without making them all. */
  sourceOf?(path: string): SourceSpan | undefined
}

/** The source span of one record path of a report. */
export function sourceOf(report: ParsedReport, path: string): SourceSpan | undefined {
  return report.sourceOf ? report.sourceOf(path) : report.sources[path]
}

export interface ParseFailure { ok: false; file: string; error: string }
export type ParseResult = ParsedReport | ParseFailure
