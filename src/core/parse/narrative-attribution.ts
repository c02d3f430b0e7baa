// What one count of a sentence becomes once its channel words are known: a channel statement (new,
// continued or completed with a reach figure), the overall proactive count, or nothing.

import type { ChannelCode, Quantity, Reach } from '../model/report.ts'
import { collapseCompounds, findChannelMentions, isInformative, type ChannelMention } from './channels.ts'
import { findAccountName } from './narrative-names.ts'
import type { CountToken } from './narrative-tokens.ts'
import {
  AGGREGATE_RE, CLAUSE_BREAKS, LISTED_CHANNELS_RE, MANY_CHANNELS_RE, NOT_TOTAL_RE, PROACTIVE_RE, PUBLISH_RE,
} from './narrative-words.ts'

/** A clause that only carries the count of a 主动公开 heading: 「主动公开情况:共计32条」「数量:120条」. */
const BARE_TOTAL_CLAUSE_RE = /^\s*(?:全年|本年度?|年度|今年)?\s*(?:共计?|合计|总计|累计|总数|数量|总量)?\s*(?:为|达|是)?\s*$/

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

/** What one sentence states: its channel statements and its overall proactive count. */
export interface SentenceReading {
  statements: StatementDraft[]
  /** The first overall proactive count of the sentence. */
  total: { quantity: Quantity; span: [number, number] } | null
}

/** Where the walk through a sentence's counts stands. */
export interface Cursor {
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

/** What is known about one count when it is attributed. */
export interface CountContext {
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
  /** Whether the sentence says its count is deduplicated over channels (「不同渠道…计为1条」). */
  deduplicated: boolean
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

/** Whether a count is the overall figure: channels of several kinds, 「多种渠道」, 「A、B等渠道」, or deduplicated over channels. */
function isOverall({ sentence, tok, mentions, families, window, deduplicated }: CountContext): boolean {
  if (families >= 2 || MANY_CHANNELS_RE.test(window)) return true
  if (!mentions.length || !(LISTED_CHANNELS_RE.test(window) || deduplicated)) return false
  const from = tok.start - window.length
  return collapseCompounds(sentence, findChannelMentions(sentence, from, tok.start)).filter(isInformative).length >= 2
}

/**
 * Whether a count with no single channel is phrased as the proactive count: a publishing verb in its
 * clause (「全年主动公开政府信息32条」), or a short clause after 主动公开 (「主动公开情况:共32条」).
 */
function isTotalPhrase({ clause, window }: CountContext, overall: boolean): boolean {
  if (NOT_TOTAL_RE.test(clause)) return false
  if (PUBLISH_RE.test(overall ? window : clause)) return true
  return BARE_TOTAL_CLAUSE_RE.test(clause) && PROACTIVE_RE.test(window)
}

/**
 * Attributes an items count: the overall figure, a statement of its own channel, a continuation of the
 * previous channel, or nothing (a category breakdown, a count that publishes nothing).
 */
export function readItems(ctx: CountContext, cur: Cursor, out: SentenceReading): void {
  const { sentence, tok, mentions, clause } = ctx
  const overall = isOverall(ctx)
  if (overall || !mentions.length) {
    if (cur.inBreakdown && !overall) return
    if (!overall && cur.current && PUBLISH_RE.test(clause) && !AGGREGATE_RE.test(clause)) {
      inheritChannel(sentence, tok, cur, out)
      return
    }
    if (!out.total && isTotalPhrase(ctx, overall)) out.total = { quantity: tok.quantity, span: [tok.start, tok.end] }
    cur.current = null
    return
  }
  addStatement(ctx, cur, out)
}

/** Records items for the first decisive channel, filling the open statement when it is that channel's reach-only one. */
export function addStatement({ sentence, tok, mentions }: CountContext, cur: Cursor, out: SentenceReading): void {
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

/** Attaches a reach figure to the statement of its channel in the sentence, or starts a reach-only statement. */
export function readReach({ sentence, tok, mentions }: CountContext, cur: Cursor, out: SentenceReading): void {
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

/** A count in brackets is a channel statement only when the bracket names the channel (「(其中网站80条、公众号40条)」). */
export function readBracketed(ctx: CountContext, cur: Cursor, out: SentenceReading): void {
  if (ctx.tok.kind === 'reach') readReach(ctx, cur, out)
  else if (ctx.mentions.some(isInformative)) addStatement(ctx, cur, out)
}
