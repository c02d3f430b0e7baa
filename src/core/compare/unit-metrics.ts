import type { ChannelCode, ReachMetric, ReportRecord, T3Column } from '../model/report.ts'

/** The 表三 总计 column folded into the groups a supervisor compares. */
export interface ApplicationMetrics {
  new: number | null
  carryIn: number | null
  open: number | null
  partial: number | null
  deny: number | null
  unable: number | null
  noproc: number | null
  other: number | null
  total: number | null
  carryOut: number | null
}
export const APPLICATION_KEYS = ['new', 'carryIn', 'open', 'partial', 'deny', 'unable', 'noproc', 'other', 'total', 'carryOut'] as const
export type ApplicationKey = (typeof APPLICATION_KEYS)[number]

export interface ReachFigure { channel: ChannelCode; metric: ReachMetric; value: number; approx: boolean }

/** What the dashboard compares for one unit and year. */
export interface UnitMetrics {
  unit: string
  year: number
  /** The report's own stated proactive total; null when it states none (never a sum we made up). */
  proactive: number | null
  proactiveApprox: boolean
  channelItems: Partial<Record<ChannelCode, number>>
  /** Channels whose count the report gives as an approximation (「200余条」). */
  channelApprox: Partial<Record<ChannelCode, boolean>>
  reach: ReachFigure[]
  applications: ApplicationMetrics | null
  t4Total: number | null
}

const GROUP_ROWS: Record<'deny' | 'unable' | 'noproc' | 'other', (keyof T3Column)[]> = {
  deny: ['deny1', 'deny2', 'deny3', 'deny4', 'deny5', 'deny6', 'deny7', 'deny8'],
  unable: ['unable1', 'unable2', 'unable3'],
  noproc: ['noproc1', 'noproc2', 'noproc3', 'noproc4', 'noproc5'],
  other: ['other1', 'other2', 'other3', 'other'],
}

/** Sums cells, treating blanks as absent; null when every cell is blank. */
function sumCells(col: T3Column, rows: (keyof T3Column)[]): number | null {
  let sum: number | null = null
  for (const r of rows) if (col[r] != null) sum = (sum ?? 0) + (col[r] as number)
  return sum
}

function toApplications(col: T3Column): ApplicationMetrics {
  return {
    new: col.new, carryIn: col.carryIn, open: col.open, partial: col.partial,
    deny: sumCells(col, GROUP_ROWS.deny), unable: sumCells(col, GROUP_ROWS.unable),
    noproc: sumCells(col, GROUP_ROWS.noproc), other: sumCells(col, GROUP_ROWS.other),
    total: col.total, carryOut: col.carryOut,
  }
}

/** Folds one (corrected) record into the figures the comparison screens use. */
export function toUnitMetrics(record: ReportRecord): UnitMetrics {
  const channelItems: Partial<Record<ChannelCode, number>> = {}
  const channelApprox: Partial<Record<ChannelCode, boolean>> = {}
  const reach: ReachFigure[] = []
  for (const c of record.narrative.channels) {
    if (c.items != null) channelItems[c.channel] = (channelItems[c.channel] ?? 0) + c.items
    if (c.items != null && c.approx) channelApprox[c.channel] = true
    if (c.reach) reach.push({ channel: c.channel, metric: c.reach.metric, value: c.reach.value, approx: c.reach.approx })
  }
  const t4 = record.t4
  const t4Total = t4 ? (t4.review.total ?? 0) + (t4.litDirect.total ?? 0) + (t4.litAfterReview.total ?? 0) : null
  return {
    unit: record.unit ?? record.file,
    year: record.year ?? 0,
    proactive: record.narrative.proactiveTotal?.value ?? null,
    proactiveApprox: record.narrative.proactiveTotal?.approx ?? false,
    channelItems,
    channelApprox,
    reach,
    applications: record.t3 ? toApplications(record.t3.tot) : null,
    t4Total,
  }
}
