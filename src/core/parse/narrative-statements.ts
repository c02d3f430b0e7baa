import type { ChannelCode, Quantity, Reach } from '../model/report.ts'
import { collapseCompounds, countFamilies, findChannelMentions, isInformative, pickDecisiveMentions, type ChannelMention } from './channels.ts'
import { findAccountName } from './narrative-names.ts'
import { scanCounts, type CountToken } from './narrative-tokens.ts'
import {
  AGGREGATE_RE, BREAKDOWN_RE, CLAUSE_BREAKS, COMPARISON_RE, CUMULATIVE_RE, DEDUPLICATED_RE, LISTED_CHANNELS_RE, LIST_GAP_RE,
  MAILBOX_RE, MANY_CHANNELS_RE,
  NOT_PUBLICATION_RE, NOT_TOTAL_RE, PUBLISH_RE, RESPECTIVELY_RE, RESUME_RE,
} from './narrative-words.ts'

/** A channel statement of one sentence; spans are indices into the sentence. */
export interface StatementDraft {
  channel: ChannelCode
  name: string | null
  items: Quantity | null
  reach: Reach | null
  span: [number, number]
  itemsSpan: [number, number] | null
  reachSpan: [number, number] | null
}

export interface SentenceReading {
  statements: StatementDraft[]
  /** The first overall proactive count of the sentence. */
  total: { quantity: Quantity; span: [number, number] } | null
}

interface Cursor {
  clauseStart: number
  lastEnd: number
  inBreakdown: boolean
  current: StatementDraft | null
  /** Channels still waiting for their count after 「网站、公众号分别发布120条、80条」. */
  pending: ChannelMention[]
  /** Bracket depth up to `bracketScanned`, and where the innermost open bracket is. */
  bracketDepth: number
  bracketOpen: number
  bracketScanned: number
}

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
    if (sentence[i] === '(') {
      cur.bracketDepth++
      cur.bracketOpen = i
    } else if (sentence[i] === ')' && cur.bracketDepth > 0) cur.bracketDepth--
  }
  cur.bracketScanned = tok.start
  if (cur.bracketDepth === 0) return false
  return !(sentence.slice(cur.bracketOpen + 1, tok.start).trim() === '' && sentence.slice(tok.end, tok.end + 3).trimStart().startsWith(')'))
}

/** Moves the cursor to a token: new clause after 「;」, breakdown state, and where channel words may be searched. */
function advance(sentence: string, tok: CountToken, cur: Cursor): number {
  const semiAt = sentence.slice(cur.lastEnd, tok.start).lastIndexOf(';')
  const semi = semiAt < 0 ? 0 : cur.lastEnd + semiAt + 1
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

/** Where the clause holding `at` starts: after the last 「,」「;」「:」 before it. */
function clauseStartBefore(sentence: string, at: number): number {
  let i = at - 1
  while (i >= 0 && !CLAUSE_BREAKS.includes(sentence[i])) i--
  while (sentence[i + 1] === ' ') i++
  return i + 1
}

function newStatement(sentence: string, mention: ChannelMention, tok: CountToken): StatementDraft {
  const name = findAccountName(sentence, mention)
  const start = clauseStartBefore(sentence, Math.min(mention.start, name?.start ?? mention.start))
  return { channel: mention.pattern.channel, name: name?.name ?? null, items: null, reach: null, span: [start, tok.end], itemsSpan: null, reachSpan: null }
}

function setItems(st: StatementDraft, tok: CountToken): void {
  st.items = tok.quantity
  st.itemsSpan = [tok.start, tok.end]
  st.span[1] = Math.max(st.span[1], tok.end)
}

function setReach(st: StatementDraft, tok: CountToken): void {
  if (st.reach || !tok.metric) return
  st.reach = { metric: tok.metric, ...tok.quantity }
  st.reachSpan = [tok.metricStart, tok.end]
  st.span[1] = Math.max(st.span[1], tok.end)
}

/** What is known about one count when it is attributed. */
interface CountContext {
  sentence: string
  tok: CountToken
  /** The decisive channel words near the count. */
  mentions: ChannelMention[]
  /** How many kinds of channel are named near the count. */
  families: number
  /** The text between the count's clause start (after 「,」 or a breakdown word) and the count. */
  clause: string
  /** The text since the previous count (or breakdown word) up to the count. */
  window: string
}

/**
 * Reads the channel statements and the overall proactive count of one sentence. A count belongs to
 * the channel named in its own clause (else earlier in the sentence, else the channel of the previous
 * count); counts after 其中/包括 are category breakdowns unless their clause names a channel; a count
 * tied to channels of several kinds, or to 「多种渠道」, is the overall figure.
 */
export function readSentence(sentence: string): SentenceReading {
  const out: SentenceReading = { statements: [], total: null }
  const cur: Cursor = { clauseStart: 0, lastEnd: 0, inBreakdown: false, current: null, pending: [], bracketDepth: 0, bracketOpen: -1, bracketScanned: 0 }
  for (const tok of scanCounts(sentence)) {
    const gap = sentence.slice(cur.lastEnd, tok.start)
    const searchFrom = advance(sentence, tok, cur)
    const next = cur.pending.shift()
    if (next && tok.kind === 'items' && LIST_GAP_RE.test(gap)) {
      addStatement({ sentence, tok, mentions: [next], families: 1, clause: '', window: '' }, cur, out)
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
    const ctx: CountContext = { sentence, tok, mentions: pickDecisiveMentions(found), families: countFamilies(found), clause, window }
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

/** A count in brackets is a channel statement only when the bracket names the channel (「(其中网站80条、公众号40条)」). */
function readBracketed(ctx: CountContext, cur: Cursor, out: SentenceReading): void {
  if (ctx.tok.kind === 'reach') readReach(ctx, cur, out)
  else if (ctx.mentions.some(isInformative)) addStatement(ctx, cur, out)
}

/** Whether a count is the overall figure: channels of several kinds, 「多种渠道」, 「A、B等渠道」, or deduplicated over channels. */
function isOverall({ sentence, tok, mentions, families, window }: CountContext): boolean {
  if (families >= 2 || MANY_CHANNELS_RE.test(window)) return true
  if (!mentions.length || !(LISTED_CHANNELS_RE.test(window) || DEDUPLICATED_RE.test(sentence))) return false
  const from = tok.start - window.length
  return collapseCompounds(sentence, findChannelMentions(sentence, from, tok.start)).filter(isInformative).length >= 2
}

function readItems(ctx: CountContext, cur: Cursor, out: SentenceReading): void {
  const { sentence, tok, mentions, families, clause, window } = ctx
  const overall = isOverall(ctx)
  if (overall || !mentions.length) {
    if (cur.inBreakdown && !overall) return
    if (!overall && cur.current && PUBLISH_RE.test(clause) && !AGGREGATE_RE.test(clause)) {
      inheritChannel(sentence, tok, cur, out)
      return
    }
    if (!out.total && PUBLISH_RE.test(overall ? window : clause) && !NOT_TOTAL_RE.test(clause)) out.total = { quantity: tok.quantity, span: [tok.start, tok.end] }
    cur.current = null
    return
  }
  addStatement({ sentence, tok, mentions, families, clause, window }, cur, out)
}

/** Records items for the first decisive channel, filling the open statement when it is that channel's reach-only one. */
function addStatement({ sentence, tok, mentions }: CountContext, cur: Cursor, out: SentenceReading): void {
  const open = cur.current
  if (open && !open.items && open.channel === mentions[0].pattern.channel) {
    setItems(open, tok)
    return
  }
  const st = newStatement(sentence, mentions[0], tok)
  setItems(st, tok)
  out.statements.push(st)
  cur.current = st
}

/** A count with no channel word of its own continues the channel of the previous count: 「…165条;发布…1条」. */
function inheritChannel(sentence: string, tok: CountToken, cur: Cursor, out: SentenceReading): void {
  let st = cur.current as StatementDraft
  if (st.items) {
    st = { ...st, items: null, reach: null, span: [clauseStartBefore(sentence, tok.start), tok.end], itemsSpan: null, reachSpan: null }
    out.statements.push(st)
  }
  setItems(st, tok)
  cur.current = st
}

function readReach({ sentence, tok, mentions }: CountContext, cur: Cursor, out: SentenceReading): void {
  const mention = mentions[0]
  let target = cur.current
  if (mention && target?.channel !== mention.pattern.channel) {
    target = [...out.statements].reverse().find((s) => s.channel === mention.pattern.channel && !s.reach) ?? null
    if (!target) {
      target = newStatement(sentence, mention, tok)
      out.statements.push(target)
    }
  }
  if (!target) return
  setReach(target, tok)
  cur.current = target
}
