import { extractDocument } from '../ingest/index.ts'
import { parseReport } from '../core/parse/parse-report.ts'
import type { AnalyzedFile } from './protocol.ts'

/** Reads a report file's bytes and parses it; never throws (the worker and its main-thread fallback share it). */
export async function analyzeFile(name: string, bytes: Uint8Array): Promise<AnalyzedFile> {
  try {
    const doc = await extractDocument({ name, bytes })
    if (!doc.ok) return { ok: false, name, error: doc.error }
    const parsed = parseReport(doc.text, { fileName: doc.name })
    if (!parsed.ok) return { ok: false, name, error: parsed.error }
    return { ok: true, name, format: doc.format, parsed }
  } catch (e) {
    return { ok: false, name, error: `${name}：解析出错（${e instanceof Error ? e.message : String(e)}）` }
  }
}
