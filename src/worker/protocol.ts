// The one declaration of the messages between the app and the parse worker.
import type { ParsedReport, ReportRecord } from '../core/model/report.ts'
import type { ReportFormat } from '../ingest/index.ts'
import type { Finding } from '../core/model/finding.ts'
import type { CrossRuleOptions } from '../core/rules/index.ts'
import type { GramSet } from '../core/rules/similarity.ts'
import type { WithCopyGrams } from '../core/rules/cross/copied.ts'

export type { Finding, CrossRuleOptions }

export const WORKER_COMMANDS = { parse: 'parse', findings: 'findings' } as const
export const WORKER_REPLIES = { parsed: 'parsed', findings: 'findings' } as const

export type { ReportFormat }

/**
 * A parsed report as the app stores it: the record as its JSON text (as the app stores it: a string
 * crosses to the page several times faster than the record's ~270 values), the record's fields that
 * name the report, and the text, without the source spans (more than half of a report's bytes; parsing
 * the stored text again gives them back exactly, see report-text.ts).
 */
export interface AnalyzedReport extends Pick<ReportRecord, 'county' | 'year' | 'unit' | 'file'> {
  recordJson: string
  text: string
}

/** A file read and parsed, or the Chinese reason it could not be. */
export type AnalyzedFile =
  /**
   * `findings`: the per-report rules' findings on the record as parsed (before any correction).
   * `copyGrams`: what the copy check (Z6) compares, so the cross rules need not see the text again.
   */
  | { ok: true; name: string; format: ReportFormat; parsed: AnalyzedReport; findings: Finding[]; copyGrams: GramSet }
  | { ok: false; name: string; error: string }

/** A file to parse: its name and its bytes. */
export interface FileBytes { name: string; bytes: ArrayBuffer }

/**
 * Several files in one message: a message costs both threads about as much as parsing a small report's
 * table, so files travel a group at a time.
 */
export interface ParseRequest {
  type: typeof WORKER_COMMANDS.parse
  id: number
  /** Their bytes are transferred, not copied. */
  files: FileBytes[]
}

export interface ParseResponse {
  type: typeof WORKER_REPLIES.parsed
  id: number
  /** One entry per file, in order; each has one entry per report (a ZIP archive yields several). */
  results: AnalyzedFile[][]
}

/** Runs the per-report and cross-report rules over one county's (corrected) reports. */
export interface FindingsRequest {
  type: typeof WORKER_COMMANDS.findings
  id: number
  reports: ParsedReportList
  options: CrossRuleOptions
  /** Files whose per-report findings the app already has (from the import): only the cross rules see them. */
  skipReportRules?: string[]
}

export interface FindingsResponse {
  type: typeof WORKER_REPLIES.findings
  id: number
  findings: Finding[]
}

/** Parsed reports sent to the worker for findings; a report with its copy grams may come without its text. */
export type ParsedReportList = (ParsedReport & WithCopyGrams)[]

export type WorkerRequest = ParseRequest | FindingsRequest
export type WorkerResponse = ParseResponse | FindingsResponse
