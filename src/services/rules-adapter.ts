// Bridges the rules engine (core/rules) and the stored findings. Findings are read through a tolerant
// normaliser so rows written by an older engine (or restored from an old backup) stay valid.
import type { CrossRuleOptions } from '../core/rules/index.ts'
import type { SourceSpan } from '../core/model/report.ts'
import type { StoredFinding } from '../db/index.ts'

export type { CrossRuleOptions }
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
