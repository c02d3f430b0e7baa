import { extractDocuments, BASIC_INGEST_ENV, type IngestEnv } from '../ingest/index.ts'
import { parseAndCheckReport } from '../core/parse/parse-report.ts'
import type { Finding } from '../core/model/finding.ts'
import { computeReportFindings } from './compute-findings.ts'
import { copyGrams } from '../core/rules/cross/copied.ts'
import type { ParsedReport } from '../core/model/report.ts'
import type { AnalyzedFile, ReportFormat } from './protocol.ts'

/**
 * What the app gets for one parsed report. The per-report findings and the copy check's grams are made
 * here, where the spans and the text are at hand: an import then runs only the cross-report rules per
 * county, without reading texts back. The spans themselves stay behind (see AnalyzedReport).
 */
export function analyzedReport(name: string, format: ReportFormat, parsed: ParsedReport, findings: Finding[] = computeReportFindings(parsed)): AnalyzedFile {
  const { county, year, unit, file } = parsed.record
  return {
    ok: true, name, format, parsed: { county, year, unit, file, recordJson: JSON.stringify(parsed.record), text: parsed.text },
    findings,
    // Its own buffer of the exact size (a view would clone its whole buffer on the way to the main thread).
    copyGrams: copyGrams(parsed.text, parsed.record.unit),
  }
}

/**
 * Reads a report file's bytes and parses each report in it (a ZIP holds several); never throws.
 * The worker and its main-thread fallback share it; `env` brings PDF support where it is configured.
 */
export async function analyzeFile(name: string, bytes: Uint8Array, env: IngestEnv = BASIC_INGEST_ENV): Promise<AnalyzedFile[]> {
  try {
    const docs = await extractDocuments({ name, bytes }, env)
    return docs.map((doc): AnalyzedFile => {
      if (!doc.ok) return { ok: false, name: doc.name, error: doc.error }
      const checked = parseAndCheckReport(doc.text, { fileName: doc.name })
      if (!checked.ok) return { ok: false, name: doc.name, error: checked.error }
      return analyzedReport(doc.name, doc.format, checked.parsed, checked.findings)
    })
  } catch (e) {
    return [{ ok: false, name, error: `${name}：解析出错（${e instanceof Error ? e.message : String(e)}）` }]
  }
}
