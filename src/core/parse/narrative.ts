import type { Narrative, SourceSpan } from '../model/report.ts'

export interface NarrativeResult {
  narrative: Narrative
  /** Source spans keyed by record path below `narrative` ("narrative.proactiveTotal", "narrative.channels.0.items" …). */
  sources: Record<string, SourceSpan>
}

/** Extracts what the report's text states: overall proactive count, channel statements, applications. */
export function parseNarrative(_text: string): NarrativeResult {
  return { narrative: { proactiveTotal: null, channels: [], applications: null }, sources: {} }
}
