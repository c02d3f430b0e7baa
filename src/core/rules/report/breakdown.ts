// V-N-05: a stated total and its listed parts (「共N条，其中a条、b条…」) must add up (DOMAIN §2.6).
// Parts above the total are always wrong; parts below it only when the list looks exhaustive
// (two or more parts, no 等 and no ellipsis), since a list of highlights is normal.
import type { ParsedReport } from '../../model/report.ts'
import type { RuleHit } from '../types.ts'

const SENTENCE_RE = /[^。;；\n]+/g
const COUNT_RE = /(\d+(?:\.\d+)?)\s*(万)?(余|多)?(条|篇|件|项|份)/g
const MARKER_RE = /其中|包括|包含/g
const PAREN_RE = /[(（][^()（）]*[)）]/g
/** Words that end the list of parts: what follows is another clause (replies, reach, changes). */
const STOP_RE = /办结|答复|回复|浏览|阅读|点击|访问|播放|粉丝|关注|订阅|同比|较上年|比上年|增长|下降|减少|历年/
const NOT_EXHAUSTIVE_RE = /等|…|\.\.\./
const APPROX_BEFORE_RE = /(约|近|超过|逾)\s*$/

interface Count { value: number; approx: boolean; start: number; end: number }

function countsIn(text: string): Count[] {
  return [...text.matchAll(COUNT_RE)].map((m) => ({
    value: Number(m[1]) * (m[2] ? 10000 : 1),
    approx: Boolean(m[2] || m[3]) || APPROX_BEFORE_RE.test(text.slice(Math.max(0, m.index - 2), m.index)),
    start: m.index,
    end: m.index + m[0].length,
  }))
}

/** The list after a marker: up to the next marker or stop word, without parenthesised notes. */
function listRegion(sentence: string, from: number): string {
  let region = sentence.slice(from)
  const next = region.search(/其中|包括|包含/)
  if (next >= 0) region = region.slice(0, next)
  const stop = region.search(STOP_RE)
  if (stop >= 0) region = region.slice(0, stop)
  return region.replace(PAREN_RE, '')
}

function checkSentence(sentence: string, offset: number): RuleHit | null {
  for (const m of sentence.matchAll(MARKER_RE)) {
    const before = countsIn(sentence.slice(0, m.index))
    const total = before[before.length - 1]
    if (!total || total.approx) continue
    const region = listRegion(sentence, m.index + m[0].length)
    const parts = countsIn(region)
    if (!parts.length) continue
    const sum = parts.reduce((s, p) => s + p.value, 0)
    const exhaustive = parts.length >= 2 && !NOT_EXHAUSTIVE_RE.test(region) && !parts.some((p) => p.approx)
    if (sum > total.value || (exhaustive && sum < total.value)) {
      return {
        message: `「${sentence.trim().slice(0, 60)}」：总数 ${total.value}，分项 ${parts.map((p) => p.value).join(' + ')} = ${sum}`,
        cells: [],
        spans: [{ start: offset, end: offset + sentence.length }],
      }
    }
  }
  return null
}

/** Finds stated totals whose listed parts do not add up, one hit per sentence. */
export function checkBreakdowns({ text }: ParsedReport): RuleHit[] {
  const hits: RuleHit[] = []
  for (const m of text.matchAll(SENTENCE_RE)) {
    if (!/其中|包括|包含/.test(m[0])) continue
    const hit = checkSentence(m[0], m.index)
    if (hit) hits.push(hit)
  }
  return hits
}
