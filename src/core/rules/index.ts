import type { ParsedReport } from '../model/report.ts'

/** The per-report rule ids (RULES.md) that fire for a parsed report, sorted. */
export function reportFlags(_report: ParsedReport): string[] {
  return []
}
