// V-N-05: a stated total and its listed parts (「共N条，其中a条、b条…」) must add up (DOMAIN §2.6).
// Parts above the total are always wrong; parts below it only when the list looks exhaustive
// (two or more parts, no 等 and no ellipsis), since a list of highlights is normal.
import type { ParsedReport } from '../../model/report.ts'
import type { RuleHit } from '../types.ts'

/** Sentences end at 。 ; ； and line breaks. */
const isSentenceEnd = (c: number) => c === 0x3002 || c === 59 || c === 0xff1b || c === 10
const COUNT_RE = /(\d+(?:\.\d+)?)\s*(万)?(余|多)?(条|篇|件|项|份)/g
/** COUNT_RE for lastCountIn: its own object, so that its exec loop and countsIn's never share a lastIndex. */
const LAST_COUNT_RE = new RegExp(COUNT_RE.source, 'g')
const MARKER_RE = /其中|包括|包含/g
const HAS_MARKER_RE = /其中|包括|包含/
/** For the scan over the whole text: its own object, since checkClause runs MARKER_RE inside that scan. */
const MARKER_SCAN_RE = /其中|包括|包含/g
const LEADING_MARKER_RE = /^\s*(其中|包括|包含)/
const PAREN_RE = /[(（][^()（）]*[)）]/g
/** Words that end the list of parts: what follows is another clause (replies, reach, changes). */
const STOP_RE = /办结|答复|回复|浏览|阅读|点击|访问|播放|粉丝|关注|订阅|同比|较上年|比上年|较去年|增长|增加|下降|减少|历年/
const NOT_EXHAUSTIVE_RE = /等|…|\.\.\./
const APPROX_BEFORE_RE = /(约|近|超过|逾)\s*$/

interface Count { value: number; approx: boolean; start: number; end: number }
interface Mismatch { total: number; parts: number[]; sum: number }

function toCount(text: string, m: RegExpExecArray): Count {
  return {
    value: Number(m[1]) * (m[2] ? 10000 : 1),
    approx: Boolean(m[3]) || APPROX_BEFORE_RE.test(text.slice(Math.max(0, m.index - 2), m.index)),
    start: m.index,
    end: m.index + m[0].length,
  }
}

function countsIn(text: string): Count[] {
  const counts: Count[] = []
  COUNT_RE.lastIndex = 0
  for (let m = COUNT_RE.exec(text); m; m = COUNT_RE.exec(text)) counts.push(toCount(text, m))
  return counts
}

/** The last count of a text (the total before a marker), without reading the others. */
function lastCountIn(text: string): Count | undefined {
  let last: RegExpExecArray | null = null
  LAST_COUNT_RE.lastIndex = 0
  for (let m = LAST_COUNT_RE.exec(text); m; m = LAST_COUNT_RE.exec(text)) last = m
  return last ? toCount(text, last) : undefined
}

/**
 * The clauses to check in a sentence: the sentence without bracketed notes, plus every bracketed
 * breakdown that follows a count (「59条（其中……）」), joined to that count.
 */
function clausesOf(sentence: string): string[] {
  const clauses: string[] = []
  PAREN_RE.lastIndex = 0
  for (let m = PAREN_RE.exec(sentence); m; m = PAREN_RE.exec(sentence)) {
    const inner = m[0].slice(1, -1)
    const before = lastCountIn(sentence.slice(0, m.index))
    if (LEADING_MARKER_RE.test(inner) && before && sentence.slice(before.end, m.index).trim() === '') {
      clauses.push(sentence.slice(before.start, before.end) + inner)
    }
  }
  clauses.push(sentence.replace(PAREN_RE, ''))
  return clauses
}

/** The list after a marker: up to the next marker or stop word. */
function listRegion(clause: string, from: number): string {
  let region = clause.slice(from)
  const next = region.search(HAS_MARKER_RE)
  if (next >= 0) region = region.slice(0, next)
  const stop = region.search(STOP_RE)
  return stop >= 0 ? region.slice(0, stop) : region
}

function checkClause(clause: string): Mismatch | null {
  MARKER_RE.lastIndex = 0
  for (let m = MARKER_RE.exec(clause); m; m = MARKER_RE.exec(clause)) {
    const total = lastCountIn(clause.slice(0, m.index))
    if (!total || total.approx) continue
    const region = listRegion(clause, m.index + m[0].length)
    const parts = countsIn(region)
    if (!parts.length) continue
    const sum = parts.reduce((s, p) => s + p.value, 0)
    const exhaustive = parts.length >= 2 && !NOT_EXHAUSTIVE_RE.test(region) && !parts.some((p) => p.approx)
    if (sum > total.value || (exhaustive && sum < total.value)) return { total: total.value, parts: parts.map((p) => p.value), sum }
  }
  return null
}

function firstMismatch(clauses: string[]): Mismatch | null {
  for (const clause of clauses) {
    const bad = checkClause(clause)
    if (bad) return bad
  }
  return null
}

/** Finds stated totals whose listed parts do not add up, one hit per sentence. */
export function checkBreakdowns({ text }: ParsedReport): RuleHit[] {
  const hits: RuleHit[] = []
  // Few sentences have a marker: jump from marker to marker and read only the sentence around each.
  let end = 0
  MARKER_SCAN_RE.lastIndex = 0
  for (let m = MARKER_SCAN_RE.exec(text); m; m = MARKER_SCAN_RE.exec(text)) {
    if (m.index < end) continue
    let start = m.index
    while (start > 0 && !isSentenceEnd(text.charCodeAt(start - 1))) start--
    end = m.index
    while (end < text.length && !isSentenceEnd(text.charCodeAt(end))) end++
    const sentence = text.slice(start, end)
    const bad = firstMismatch(clausesOf(sentence))
    if (!bad) continue
    hits.push({
      message: `「${sentence.trim().slice(0, 60)}」：总数 ${bad.total}，分项 ${bad.parts.join(' + ')} = ${bad.sum}`,
      cells: [],
      spans: [{ start, end }],
    })
  }
  return hits
}
