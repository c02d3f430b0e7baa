// Helpers for the app-project tests: a fake parser and import inputs without real files.
import { makeReport } from '../../tests/fixtures/make-report.ts'
import type { ParsedReport, ReportRecord } from '../core/model/report.ts'
import { computeFindings } from '../worker/compute-findings.ts'
import { analyzedReport } from '../worker/analyze-file.ts'
import type { CrossRuleOptions } from '../core/rules/index.ts'
import type { AnalyzedFile } from '../worker/protocol.ts'
import type { ParserClient } from './parser-client.ts'
import type { ImportInput } from './import-files.ts'
import { db } from '../db/index.ts'

/** A parsed report file for unit/year, changed by `edit` (which may also return a new text). */
export function analyzed(name: string, edit?: (r: ReportRecord) => string | void): AnalyzedFile {
  const parsed = makeReport((r) => { r.file = name; return edit?.(r) })
  return analyzedReport(name, 'txt', parsed)
}

/** A parser that answers from a table by file name; `gate` lets a test hold a file mid-parse. */
export function fakeParser(table: Record<string, AnalyzedFile[]>, gate?: (name: string) => Promise<void>): ParserClient & { cancelled: number } {
  let reject: ((e: unknown) => void) | null = null
  const client = {
    cancelled: 0,
    async analyze(name: string) {
      if (gate) {
        const cancelled = new Promise((_, r) => (reject = r))
        await Promise.race([gate(name), cancelled])
      }
      return table[name] ?? [{ ok: false as const, name, error: `${name}：不是报告` }]
    },
    async analyzeMany(files: readonly { name: string }[]) {
      const out: AnalyzedFile[][] = []
      for (const f of files) out.push(await client.analyze(f.name))
      return out
    },
    findings: async (reports: ParsedReport[], options: CrossRuleOptions, skip?: string[]) => computeFindings(reports, options, skip),
    cancel() { client.cancelled++; reject?.(new DOMException('导入已取消', 'AbortError')) },
    dispose() {},
  }
  return client
}

/** Import inputs with the given names and dummy bytes. */
export const inputs = (...names: string[]): ImportInput[] => names.map((name) => ({ name, read: async () => new ArrayBuffer(4) }))

/** Empties every table between tests. */
export async function resetDb(): Promise<void> {
  await Promise.all(db.tables.map((t) => t.clear()))
}
