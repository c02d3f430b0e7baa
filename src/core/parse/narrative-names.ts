import type { ChannelMention } from './channels.ts'

/** An account name as the report quotes it, with its span in the sentence. */
export interface AccountName {
  name: string
  start: number
  end: number
}

const OPEN_QUOTES = '“‘「『《"'
const CLOSE_FOR: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '"': '"' }
const OPEN_FOR: Record<string, string> = { '”': '“', '’': '‘', '」': '「', '』': '『', '》': '《', '"': '"' }
const QUOTE_CODES = new Set([...Object.keys(CLOSE_FOR), ...Object.keys(OPEN_FOR)].map((q) => q.charCodeAt(0)))
const MAX_NAME = 24
/** Channel words that end a quoted name: 「“微会仪公众号”」 → 微会仪. */
const TRAILING_CHANNEL_WORD_RE = /(?:微信公众号|微信公众平台|微信订阅号|公众号|微信号|订阅号|服务号|抖音号|视频号|微博号|头条号|客户端|APP|App|app|账号)$/
const LEADING_FILLER_RE = /^(?:在|通过|依托|借助|利用|经由|经|于|和|与|及|以及|的|镇|乡|街道)+/
const GAP_RE = /^[^\s,;:。、“”‘’「」『』《》()]{0,2}$/
const CJK_RUN_END_RE = /[\u4e00-\u9fa5]{2,8}\s?$/
const APP_WORD_RE = /\s?(?:APP|App|app|客户端|平台)$/

/** Where `ch` occurs walking from `from` towards `limit` (step 1 or -1), both included; -1 if nowhere. Bounded so names stay cheap. */
function indexBetween(text: string, ch: string, from: number, limit: number, step: 1 | -1): number {
  for (let i = from; step > 0 ? i <= limit && i < text.length : i >= limit && i >= 0; i += step) if (text[i] === ch) return i
  return -1
}

function quotedBefore(sentence: string, at: number): AccountName | null {
  for (let gap = 0; gap <= 2; gap++) {
    if (!QUOTE_CODES.has(sentence.charCodeAt(at - 1 - gap))) continue
    const close = sentence[at - 1 - gap]
    const open = OPEN_FOR[close ?? '']
    if (!open) continue
    if (!GAP_RE.test(sentence.slice(at - gap, at))) return null
    const start = indexBetween(sentence, open, at - 2 - gap, at - gap - MAX_NAME, -1)
    if (start < 0) return null
    return { name: sentence.slice(start + 1, at - 1 - gap), start, end: at - gap }
  }
  return null
}

function quotedAfter(sentence: string, at: number, allowParen: boolean): AccountName | null {
  const open = sentence[at]
  const close = open === '(' && allowParen ? ')' : CLOSE_FOR[open ?? '']
  if (!close) return null
  const end = indexBetween(sentence, close, at + 1, at + MAX_NAME, 1)
  if (end < 0) return null
  const name = sentence.slice(at + 1, end)
  return /\d/.test(name) ? null : { name, start: at, end: end + 1 }
}

function quotedAround(sentence: string, mention: ChannelMention): AccountName | null {
  for (let i = mention.start - 1; i >= 0 && mention.start - i <= MAX_NAME; i--) {
    // Most characters are no quote mark: skip them by code, without making a one-character string.
    if (!QUOTE_CODES.has(sentence.charCodeAt(i))) continue
    const ch = sentence[i]
    if (OPEN_FOR[ch] && ch !== '"') return null
    const close = CLOSE_FOR[ch]
    if (!close || !OPEN_QUOTES.includes(ch)) continue
    const end = indexBetween(sentence, close, mention.end, i + MAX_NAME, 1)
    if (end < 0) return null
    const name = sentence.slice(i + 1, end).replace(TRAILING_CHANNEL_WORD_RE, '')
    return { name, start: i, end: end + 1 }
  }
  return null
}

/** The unquoted name of a county app: 「大美仁寿APP」, 「云上封丘 app」, 「龙游通平台」. */
function countyAppName(sentence: string, mention: ChannelMention): AccountName | null {
  const word = sentence.slice(mention.start, mention.end).replace(APP_WORD_RE, '')
  if (!word) {
    const run = CJK_RUN_END_RE.exec(sentence.slice(Math.max(0, mention.start - 9), mention.start))
    if (!run) return null
    const name = run[0].trim().replace(LEADING_FILLER_RE, '')
    return name.length >= 2 ? { name, start: mention.start - run[0].length, end: mention.end } : null
  }
  if (/^(?:南方\+|七彩云端)/.test(word)) return null
  const name = word.replace(LEADING_FILLER_RE, '')
  return name.length >= 2 ? { name, start: mention.start + word.length - name.length, end: mention.end } : null
}

/**
 * Finds the account name a report gives for a channel: quoted around or next to the channel word
 * (「“朋普发布”微信公众号」, 「微信公众号“千泉之声”」, 「“微会仪公众号”」), in brackets right after it
 * (「公众号（兴仁市大山镇人民政府）」), or the unquoted name of a county app. Portals are named only
 * when quoted.
 */
export function findAccountName(sentence: string, mention: ChannelMention): AccountName | null {
  const found =
    quotedAround(sentence, mention) ??
    quotedBefore(sentence, mention.start) ??
    quotedAfter(sentence, mention.end, mention.pattern.channel !== 'portal') ??
    (mention.pattern.channel === 'county_app' ? countyAppName(sentence, mention) : null)
  return found && found.name.trim() ? { ...found, name: found.name.trim() } : null
}
