// Walks the counts of one sentence in order, keeping track of clauses, breakdowns (其中…) and brackets,
// and finds the channel words that bear on each count; narrative-attribution.ts decides what it becomes.

import { collapseCompounds, countFamilies, findChannelMentions, isInformative, pickDecisiveMentions, type ChannelMention } from './channels.ts'
import { addStatement, readBracketed, readItems, readReach, type CountContext, type Cursor, type SentenceReading } from './narrative-attribution.ts'
import { scanCounts, type CountToken } from './narrative-tokens.ts'
import {
  BREAKDOWN_RE, COMPARISON_RE, CUMULATIVE_RE, DEDUPLICATED_RE, LIST_GAP_RE, MAILBOX_RE, NOT_PUBLICATION_RE, RESPECTIVELY_RE, RESUME_RE,
} from './narrative-words.ts'

export type { SentenceReading, StatementDraft } from './narrative-attribution.ts'

const OPEN_BRACKET = 0x28
const CLOSE_BRACKET = 0x29

function lastMatchEnd(re: RegExp, text: string): number {
  re.lastIndex = 0
  let end = -1
  for (let m = re.exec(text); m; m = re.exec(text)) end = m.index + m[0].length
  return end
}

/**
 * Whether a count sits inside brackets next to other words — 「(原创398篇)」, 「(含文件2条)」 — and so
 * is a detail of the statement before it. A bracket holding only the count (「网站(120条)」) is the count itself.
 */
function isBracketedDetail(sentence: string, tok: CountToken, cur: Cursor): boolean {
  for (let i = cur.bracketScanned; i < tok.start; i++) {
    const code = sentence.charCodeAt(i)
    if (code === OPEN_BRACKET) {
      cur.bracketDepth++
      cur.bracketOpen = i
    } else if (code === CLOSE_BRACKET && cur.bracketDepth > 0) cur.bracketDepth--
  }
  cur.bracketScanned = tok.start
  if (cur.bracketDepth === 0) return false
  return !(sentence.slice(cur.bracketOpen + 1, tok.start).trim() === '' && sentence.slice(tok.end, tok.end + 3).trimStart().startsWith(')'))
}

/** Moves the cursor to a token: new clause after 「;」, breakdown state, and where channel words may be searched. */
function advance(sentence: string, tok: CountToken, cur: Cursor): number {
  const semiAt = tok.start > cur.lastEnd ? sentence.lastIndexOf(';', tok.start - 1) : -1
  const semi = semiAt < cur.lastEnd ? 0 : semiAt + 1
  if (semi > cur.clauseStart) {
    cur.clauseStart = semi
    cur.inBreakdown = false
    cur.lastEnd = Math.max(cur.lastEnd, semi)
  }
  const window = sentence.slice(cur.lastEnd, tok.start)
  const marker = Math.max(lastMatchEnd(BREAKDOWN_RE, window), cur.lastEnd > 0 && window.startsWith(':') ? 1 : -1)
  const resume = lastMatchEnd(RESUME_RE, window)
  if (marker > resume) cur.inBreakdown = true
  else if (resume > marker) cur.inBreakdown = false
  const searchFrom = cur.lastEnd + Math.max(marker, 0)
  cur.lastEnd = tok.end
  return searchFrom
}

/**
 * Reads the channel statements and the overall proactive count of one sentence. A count belongs to
 * the channel named in its own clause (else earlier in the sentence, else the channel of the previous
 * count); counts after 其中/包括 are category breakdowns unless their clause names a channel; a count
 * tied to channels of several kinds, or to 「多种渠道」, is the overall figure.
 */
export function readSentence(sentence: string): SentenceReading {
  const out: SentenceReading = { statements: [], total: null }
  // Most sentences state no count: nothing more to read in them.
  const tokens = scanCounts(sentence)
  if (!tokens.length) return out
  const cur: Cursor = { clauseStart: 0, lastEnd: 0, inBreakdown: false, current: null, pending: [], bracketDepth: 0, bracketOpen: -1, bracketScanned: 0 }
  const deduplicated = DEDUPLICATED_RE.test(sentence)
  for (const tok of tokens) {
    const gapFrom = cur.lastEnd
    const searchFrom = advance(sentence, tok, cur)
    const next = cur.pending.shift()
    if (next && tok.kind === 'items' && LIST_GAP_RE.test(sentence.slice(gapFrom, tok.start))) {
      addStatement({ sentence, tok, mentions: [next], families: 1, clause: '', window: '', deduplicated }, cur, out)
      continue
    }
    cur.pending = []
    const bracketed = isBracketedDetail(sentence, tok, cur)
    const window = sentence.slice(searchFrom, tok.start)
    let clauseFrom = searchFrom + Math.max(window.lastIndexOf(','), window.lastIndexOf(':')) + 1
    if (bracketed) clauseFrom = Math.max(clauseFrom, cur.bracketOpen + 1)
    const clause = sentence.slice(clauseFrom, tok.start)
    if ((NOT_PUBLICATION_RE.test(clause) && !MAILBOX_RE.test(clause)) || COMPARISON_RE.test(clause)) {
      cur.current = null
      continue
    }
    const found = mentionsNear(sentence, bracketed ? clauseFrom : searchFrom, clauseFrom, tok.start)
    const ctx: CountContext = { sentence, tok, mentions: pickDecisiveMentions(found), families: countFamilies(found), clause, window, deduplicated }
    if (bracketed) readBracketed(ctx, cur, out)
    else if (tok.kind === 'items' && ctx.mentions.length > 1 && RESPECTIVELY_RE.test(window)) {
      cur.pending = ctx.mentions.slice(1)
      addStatement(ctx, cur, out)
    } else if (tok.kind === 'reach') readReach(ctx, cur, out)
    else if (!CUMULATIVE_RE.test(window)) readItems(ctx, cur, out)
  }
  return out
}

/**
 * The channel words that bear on a count: those of its own clause, else — when the clause names no
 * kind of channel — those earlier in the sentence, places excepted (「依托…专区,全年…」). Compounds are collapsed.
 */
function mentionsNear(sentence: string, searchFrom: number, clauseFrom: number, at: number): ChannelMention[] {
  let found = findChannelMentions(sentence, clauseFrom, at)
  if (!found.some(isInformative) && searchFrom < clauseFrom) {
    const wider = findChannelMentions(sentence, searchFrom, clauseFrom).filter((m) => !m.pattern.place)
    if (wider.some(isInformative)) found = wider.concat(found)
  }
  return collapseCompounds(sentence, found)
}
