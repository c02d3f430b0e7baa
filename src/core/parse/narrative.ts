import type { Channel, Narrative, Quantity, SourceSpan } from '../model/report.ts'
import type { StatementDraft } from './narrative-statements.ts'
import { findApplicationCount, mayMentionApplications } from './narrative-applications.ts'
import { splitPassages, toReportOffset, type Passage } from './narrative-passages.ts'
import type { TextLine } from './cells.ts'
import { readSentence } from './narrative-statements.ts'
import { mayHoldCount } from './narrative-tokens.ts'

export interface NarrativeResult {
  narrative: Narrative
  /** Source spans keyed by record path below `narrative` ("narrative.proactiveTotal", "narrative.channels.0.items" …). */
  sources: Record<string, SourceSpan>
}

const SENTENCE_END_RE = /[。!?]/g

function spanOf(passage: Passage, base: number, [start, end]: [number, number]): SourceSpan {
  return { start: toReportOffset(passage, base + start), end: toReportOffset(passage, base + end - 1) + 1 }
}

/** The sentences of a passage with their offsets in it (a list, not a generator: this runs on every passage). */
function sentencesOf(passage: Passage): [string, number][] {
  const out: [string, number][] = []
  let from = 0
  SENTENCE_END_RE.lastIndex = 0
  for (let m = SENTENCE_END_RE.exec(passage.text); m; m = SENTENCE_END_RE.exec(passage.text)) {
    if (m.index > from) out.push([passage.text.slice(from, m.index + 1), from])
    from = m.index + 1
  }
  if (from < passage.text.length) out.push([passage.text.slice(from), from])
  return out
}

/**
 * A reach figure given in its own sentence (「“XX”公众号全年阅读量8.7万次。」) completes the statement
 * of the same account earlier in the paragraph, rather than making a second entry.
 */
function findReachOwner(channels: Channel[], from: number, st: StatementDraft): number {
  if (st.items || !st.reach) return -1
  for (let i = channels.length - 1; i >= from; i--) {
    const c = channels[i]
    if (c.channel === st.channel && !c.reach && (!st.name || !c.name || c.name === st.name)) return i
  }
  return -1
}

/**
 * Extracts what the report's text states: the overall proactive count, one entry per channel
 * statement (in text order), and the number of applications. Tables and the sections that only
 * restate figures (五, 六) are not read; see narrative-statements.ts for how counts are attributed.
 */
export function parseNarrative(text: string, cellLines?: readonly TextLine[]): NarrativeResult {
  const channels: Channel[] = []
  const sources: Record<string, SourceSpan> = {}
  let proactiveTotal: Quantity | null = null
  let applications: number | null = null
  for (const passage of splitPassages(text, cellLines)) {
    // A passage without a number (most are headings or short lines) states nothing, unless it may give the applications.
    if (!mayHoldCount(passage.text) && (applications !== null || !mayMentionApplications(passage.text))) continue
    const passageStart = channels.length
    for (const [sentence, base] of sentencesOf(passage)) {
      if (applications === null) {
        const found = findApplicationCount(sentence)
        if (found) {
          applications = found.value
          sources['narrative.applications'] = spanOf(passage, base, [found.start, found.end])
        }
      }
      const reading = readSentence(sentence)
      if (!proactiveTotal && reading.total) {
        proactiveTotal = reading.total.quantity
        sources['narrative.proactiveTotal'] = spanOf(passage, base, reading.total.span)
      }
      for (const st of reading.statements) {
        const owner = findReachOwner(channels, passageStart, st)
        if (owner >= 0) {
          channels[owner].reach = st.reach
          sources[`narrative.channels.${owner}.reach`] = spanOf(passage, base, st.reachSpan as [number, number])
          continue
        }
        const key = `narrative.channels.${channels.length}`
        channels.push({ channel: st.channel, name: st.name, items: st.items?.value ?? null, approx: st.items?.approx ?? false, reach: st.reach })
        sources[key] = spanOf(passage, base, st.span)
        if (st.itemsSpan) sources[`${key}.items`] = spanOf(passage, base, st.itemsSpan)
        if (st.reachSpan) sources[`${key}.reach`] = spanOf(passage, base, st.reachSpan)
      }
    }
  }
  return { narrative: { proactiveTotal, channels, applications }, sources }
}
