import type { SourceSpan } from '../model/report.ts'
import { parseChineseNumeral } from '../text/chinese-numerals.ts'

/** An application count the text states, with its span in the sentence. */
export interface ApplicationCount {
  value: number
  start: number
  end: number
}

const QTY = '(\\d+|[零〇一二两三四五六七八九十百]+)'
const UNIT = '\\s?(?:件次|件|份|宗|个|次|例|条|项|起)'
/** 「共收到政府信息公开申请12件」「受理依申请信息56条」「收到并处理的政府信息公开申请为0件」 */
const RECEIVED_RE = new RegExp(`(?:收到|受理|接到|新收|接收|提出|提交|处理|办理|答复)[^。;,]{0,30}?申请([^。;,\\d]{0,8}?)${QTY}${UNIT}`, 'gd')
/** 「收到3件政府信息公开申请」 */
const RECEIVED_BEFORE_RE = new RegExp(`(?:收到|受理|接到|新收|接收)(?:了|共|共计)?\\s?${QTY}${UNIT}[^。;,]{0,24}?申请`, 'gd')
/** 「依申请公开0件」「依申请公开事项仅1例」「政府信息公开申请数量为0件」「信息公开申请共3件」 */
const BARE_RE = new RegExp(`(?:依?申请公开(?:政府)?(?:信息|事项)?(?:申请)?(?:数量|总数)?|信息公开申请(?:数量|总数))(?:仅|共|共计|合计|为|是)?\\s?${QTY}${UNIT}|信息公开申请(?:共|共计|合计|总计)\\s?${QTY}${UNIT}`, 'gd')
/** 「依申请公开方面,本年度收到0件」 */
const TOPIC_RE = new RegExp(`依申请[^。;]{0,12}?(?:收到|受理|接到|办理)[^。;,\\d]{0,6}?${QTY}${UNIT}`, 'gd')
/** 「依申请公开数量为零」「政府信息公开申请数为0」 */
const ZERO_WORD_RE = /(?:依申请公开|信息公开申请)[^。;,\d]{0,8}?(?:为|是)\s?(?:0|零)(?![\d.])/g
/** 「未收到…申请」「没有依申请公开…的办理事项」「本年度无政府信息公开申请」「未接到群众要求公开的信息」 */
const NONE_RE = /(?:没有|未|无|暂无|尚无|未曾)(?:(?:收到|接到|受理|接收|发生|产生|出现|办理|有)[^。;,]{0,30}?(?:申请|要求公开)|依申请|政府信息公开申请)/g
/** A count of the applications made one way (网上, 纸质, 信函…) is a part, not the number of applications. */
const PARTIAL_RE = /网站|网上|在线|网络|纸质|信函|当面|现场|电话|邮件|传真|平台/
/** Applications that led to a review or a lawsuit are not application counts. */
const NOT_APPLICATION_RE = /复议|诉讼|引发|引起|因/
const FOLLOWS_REVIEW_RE = /^[^。;,]{0,8}(?:引发|引起|复议|诉讼)/

// The acceptance tests are module functions taking the sentence, not closures made per sentence.
function firstMatch(re: RegExp, sentence: string, accept: (m: RegExpExecArray, sentence: string) => boolean): RegExpExecArray | null {
  re.lastIndex = 0
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) if (accept(m, sentence)) return m
  return null
}

const isClean = (m: RegExpExecArray) => !NOT_APPLICATION_RE.test(m[0])
/** Not a count of the applications made one way only. */
const isWhole = (m: RegExpExecArray, sentence: string) =>
  isClean(m) && !PARTIAL_RE.test(clauseBefore(sentence, m.index) + m[0].slice(0, m[0].indexOf('申请')))
/** 「未收到…申请」 that is not followed by a review or lawsuit it led to. */
const isNone = (m: RegExpExecArray, sentence: string) =>
  isClean(m) && !FOLLOWS_REVIEW_RE.test(sentence.slice(m.index + m[0].length))

/** The part of the sentence's clause before `at` (after the last 「,」「:」「;」). */
function clauseBefore(sentence: string, at: number): string {
  const head = sentence.slice(0, at)
  return head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf(':'), head.lastIndexOf(';')) + 1)
}

function toNumber(text: string): number | null {
  return /\d/.test(text) ? Number(text) : parseChineseNumeral(text)
}

function countFrom(m: RegExpExecArray | null, qtyGroup: number): ApplicationCount | null {
  if (!m) return null
  const value = toNumber(m[qtyGroup])
  if (value === null) return null
  const [start, end] = m.indices?.[qtyGroup] ?? [m.index, m.index + m[0].length]
  return { value, start, end }
}

/** Whether a text has a word every application count needs (申请, 要求公开): a cheap test before the regexes. */
export function mayMentionApplications(text: string): boolean {
  return text.includes('申请') || text.includes('要求公开')
}

/**
 * Finds the number of information-disclosure applications a sentence states: a count after
 * 收到/受理…申请, a bare 「依申请公开N件」, or 0 for 「未收到…申请」; the earliest one wins. Counts
 * of reviews and lawsuits that applications led to are not taken.
 */
export function findApplicationCount(sentence: string): ApplicationCount | null {
  if (!mayMentionApplications(sentence)) return null
  const bare = firstMatch(BARE_RE, sentence, isClean)
  const candidates = [
    countFrom(firstMatch(RECEIVED_RE, sentence, isWhole), 2),
    countFrom(firstMatch(RECEIVED_BEFORE_RE, sentence, isClean), 1),
    countFrom(bare, bare?.[1] !== undefined ? 1 : 2),
    countFrom(firstMatch(TOPIC_RE, sentence, isClean), 1),
  ]
  const zero = firstMatch(ZERO_WORD_RE, sentence, isClean)
  if (zero) candidates.push({ value: 0, start: zero.index, end: zero.index + zero[0].length })
  const none = firstMatch(NONE_RE, sentence, isNone)
  if (none) candidates.push({ value: 0, start: none.index, end: none.index + none[0].length })
  let best: ApplicationCount | null = null
  for (const c of candidates) if (c && (!best || c.start < best.start)) best = c
  return best
}

/** The source span of an application count found in a sentence that starts at `offset`. */
export function toApplicationSpan(count: ApplicationCount, toOffset: (i: number) => number): SourceSpan {
  return { start: toOffset(count.start), end: toOffset(count.end - 1) + 1 }
}
