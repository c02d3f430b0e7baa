// A stored report's text with the source span of every value. The spans are not stored: they were more
// than half of a report's bytes in IndexedDB, and parsing the stored text again (a millisecond or two)
// gives them back exactly — the parser reads its own output text to the same record and spans.
import type { SourceSpan } from '../core/model/report.ts'

/** The spans of a stored text, from parsing it again. */
export async function sourcesOfText(text: string, fileName: string): Promise<Record<string, SourceSpan>> {
  const { parseReport } = await import('../core/parse/parse-report.ts')
  const parsed = parseReport(text, { fileName })
  return parsed.ok ? parsed.sources : {}
}
