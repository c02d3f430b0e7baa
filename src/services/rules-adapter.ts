// Bridges the rules engine (core/rules) and the stored findings. The engine's Finding type is read
// through a tolerant normaliser so the database shape stays ours while the engine evolves.
import * as rules from '../core/rules/index.ts'
import type { ParsedReport, SourceSpan } from '../core/model/report.ts'
import type { StoredFinding } from '../db/index.ts'

type ReportRulesFn = (parsed: ParsedReport) => unknown[]
type CrossRulesFn = (parsed: ParsedReport[], options: CrossRuleOptions) => unknown[]

export interface CrossRuleOptions {
  units?: string[]
  deadlines?: unknown
  county?: string
}

const engine = rules as unknown as Record<string, unknown>
const SEVERITY_OF_PREFIX: Record<string, string> = { Z: 'INFO', 'V-': 'ERROR' }

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null)
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)

function toPaths(raw: Record<string, unknown>): string[] {
  const p = raw.paths ?? raw.path ?? raw.sources ?? raw.cells
  if (typeof p === 'string') return [p]
  if (Array.isArray(p)) return p.filter((x): x is string => typeof x === 'string')
  return []
}

function toSpans(v: unknown): SourceSpan[] {
  if (!Array.isArray(v)) return []
  return v.filter((s): s is SourceSpan => typeof s?.start === 'number' && typeof s?.end === 'number').map((s) => ({ start: s.start, end: s.end }))
}

/** Turns one engine finding into a stored finding of the county, with a stable key for acknowledgements. */
export function toStoredFinding(value: unknown, county: string, byFile: Map<string, string>): StoredFinding {
  const raw = (typeof value === 'string' ? { rule: value } : value) as Record<string, unknown>
  const rule = str(raw.rule) ?? str(raw.ruleId) ?? str(raw.id) ?? '?'
  const file = str(raw.file)
  const unit = str(raw.unit)
  const year = num(raw.year)
  const fromFile = file ? byFile.get(file) : undefined
  const reportId = fromFile ?? (unit && year ? `${county}|${year}|${unit}` : null)
  const paths = toPaths(raw)
  const severity = str(raw.severity) ?? (rule.startsWith('Z') ? SEVERITY_OF_PREFIX.Z : SEVERITY_OF_PREFIX['V-'])
  const message = str(raw.message) ?? str(raw.title) ?? str(raw.detail) ?? ''
  return {
    key: [rule, reportId ?? `${county}|${year ?? ''}|${unit ?? ''}`, paths.join(',')].join('#'),
    county, year, unit, reportId, rule, severity, message, paths, spans: toSpans(raw.spans),
  }
}

/** Runs the per-report rules on one parsed report; falls back to the parser's own flags. */
export function runReportRulesSafe(parsed: ParsedReport): unknown[] {
  const fn = engine.runReportRules as ReportRulesFn | undefined
  if (typeof fn === 'function') return fn(parsed)
  return parsed.record.flags.map((rule) => ({ rule, file: parsed.record.file, unit: parsed.record.unit, year: parsed.record.year }))
}

/** Runs the cross-report rules on a county's reports, when the engine provides them. */
export function runCrossRulesSafe(parsed: ParsedReport[], options: CrossRuleOptions): unknown[] {
  const fn = engine.runCrossRules as CrossRulesFn | undefined
  return typeof fn === 'function' ? fn(parsed, options) : []
}
