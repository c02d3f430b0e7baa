import { extractDocuments, BASIC_INGEST_ENV, type IngestEnv } from '../ingest/index.ts'
import { parseReport } from '../core/parse/parse-report.ts'
import { computeReportFindings } from './compute-findings.ts'
import type { AnalyzedFile } from './protocol.ts'

/**
 * Reads a report file's bytes and parses each report in it (a ZIP holds several); never throws.
 * The worker and its main-thread fallback share it; `env` brings PDF support where it is configured.
 */
export async function analyzeFile(name: string, bytes: Uint8Array, env: IngestEnv = BASIC_INGEST_ENV): Promise<AnalyzedFile[]> {
  try {
    const docs = await extractDocuments({ name, bytes }, env)
    return docs.map((doc): AnalyzedFile => {
      if (!doc.ok) return { ok: false, name: doc.name, error: doc.error }
      const parsed = parseReport(doc.text, { fileName: doc.name })
      if (!parsed.ok) return { ok: false, name: doc.name, error: parsed.error }
      // The per-report findings are made here, where the spans are at hand: a large import then only
      // runs the cross-report rules per county after the last chunk.
      return { ok: true, name: doc.name, format: doc.format, parsed: { ok: true, record: parsed.record, text: parsed.text }, findings: computeReportFindings(parsed) }
    })
  } catch (e) {
    return [{ ok: false, name, error: `${name}：解析出错（${e instanceof Error ? e.message : String(e)}）` }]
  }
}
