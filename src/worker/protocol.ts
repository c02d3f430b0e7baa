// The one declaration of the messages between the app and the parse worker.
import type { ParsedReport } from '../core/model/report.ts'
import type { ReportFormat } from '../ingest/index.ts'

export const WORKER_COMMANDS = { parse: 'parse' } as const
export const WORKER_REPLIES = { parsed: 'parsed' } as const

export type { ReportFormat }

/** A file read and parsed, or the Chinese reason it could not be. */
export type AnalyzedFile =
  | { ok: true; name: string; format: ReportFormat; parsed: ParsedReport }
  | { ok: false; name: string; error: string }

export interface ParseRequest {
  type: typeof WORKER_COMMANDS.parse
  id: number
  name: string
  /** Transferred, not copied. */
  bytes: ArrayBuffer
}

export interface ParseResponse {
  type: typeof WORKER_REPLIES.parsed
  id: number
  /** One entry per report: a ZIP archive yields several. */
  results: AnalyzedFile[]
}
