import type { Quantity, ReachMetric } from '../model/report.ts'
import { toQuantity } from '../text/numbers.ts'

/** A stated count in a sentence: items published, a reach figure, or a number of no interest. */
export interface CountToken {
  start: number
  end: number
  quantity: Quantity
  kind: 'items' | 'reach'
  metric: ReachMetric | null
  /** Where the reach word (阅读量 …) starts, for the source span. */
  metricStart: number
}

/** An Arabic number and what may follow it: 万/亿, 余/多 and any unit (reach figures often have none). */
const ARABIC_COUNT = String.raw`(\d{1,3}(?:,\d{3}){1,4}(?!\d)|\d{1,15}(?:\.\d{1,6})?)\s?([万亿])?\s?(余|多)?\s?(件次|人次|条|篇|件|项|期|次|份|张|本|册|幅|则|例|宗|封|个|人|户|场|名|台|块|处|家|类|年|月|日|号|%)?`
/** A Chinese numeral counts only with an item unit right after it (「三条」), which keeps 「一是」「三审」 out. */
const CHINESE_COUNT = String.raw`([一二两三四五六七八九十百千][零〇一二两三四五六七八九十百千万亿]{0,7})(余|多)?(件次|条|篇|件|项|期|次|份|张|本|册|幅|则|例|宗|封)`
/**
 * A number and what follows it, Arabic or Chinese. Every repeat is bounded so that a run of digits or
 * numerals cannot make the scan quadratic.
 */
const TOKEN_RE = new RegExp(`(?:${ARABIC_COUNT}|${CHINESE_COUNT})`, 'g')
const DIGIT_RE = /\d/
const CHINESE_COUNT_RE = new RegExp(CHINESE_COUNT)
/** 约/近/逾/超过 just before a number mark it as approximate. */
const APPROX_BEFORE_RE = /(?:约|近|逾|超过)$/
const ITEM_UNITS = new Set(['件次', '条', '篇', '件', '项', '期', '次', '份', '张', '本', '册', '幅', '则', '例', '宗', '封'])
/** 「个」 counts items only for videos and works: 「发布短视频12个」. */
const PIECE_BEFORE_RE = /(?:视频|作品|短片)[^\d,。;]{0,4}$/
const REACH_UNITS = new Set(['', '次', '人次', '人', '个', '户'])
/** The units a count of interest may have; one look-up drops years, dates and the like. */
const COUNT_UNITS = new Set([...ITEM_UNITS, ...REACH_UNITS])
/** A unit followed by these characters is part of another word: 条例, 项目, 期间, 本年 … */
const UNIT_WORD_RE = /^(?:条例|条款|项目|期间|期限|篇幅|次日|次年|本年|本级|本镇|本乡|件事|份额)/
const ARABIC_BEFORE_RE = /[\dA-Za-z.\-/_第]/
/** Ordinals, rates and vague amounts: 第三条, 每一条, 数百条, 几十篇. */
const CHINESE_BEFORE_RE = /[第每之这那同单唯任周初星数几上成]/
/** A count written without a unit right after 信息/数量: 「主动公开政府信息260余」. */
const UNITLESS_BEFORE_RE = /(?:信息|数量|总数|总量)(?:为|是|达|:)?$/
const REACH_BEFORE_RE = /(阅读量|阅读数|阅读次数|浏览量|浏览次数|浏览人次|浏览人数|点击量|点击率|点击数|点击次数|访问量|访问次数|播放量|播放次数|粉丝数?|关注数|关注人数|关注量|订阅数|订阅量|订阅用户|注册用户|用户数?|阅读|浏览|点击)[^\d,。;]{0,6}$/
/** A count in Chinese numerals must end its clause or name what was published: 「信息三条,」 not 「三项工作」. */
const CHINESE_COUNT_AFTER_RE = /^(?:$|[,;。、:)\s]|信息|内容|动态|文件|推文|视频|图文|简报|稿件)/
const LOOK_BEHIND = 16
const LOOK_AHEAD = 4

function toMetric(word: string): ReachMetric {
  if (word.startsWith('阅读')) return 'reads'
  if (word.startsWith('播放')) return 'views'
  if (word.startsWith('订阅')) return 'subscribers'
  if (word.startsWith('粉丝') || word.startsWith('关注') || word.includes('用户')) return 'followers'
  return 'visits'
}

/** Whether a number starts here rather than continuing a code, a date, a time (16:24) or an ordinal (第3). */
function isNumberStart(sentence: string, index: number, chinese: boolean): boolean {
  const before = sentence[index - 1]
  if (before === undefined) return true
  if (chinese) return !CHINESE_BEFORE_RE.test(before)
  if (before === ':') return !/\d/.test(sentence[index - 2] ?? '')
  return !ARABIC_BEFORE_RE.test(before)
}

type Reading = Pick<CountToken, 'kind' | 'metric' | 'metricStart'>

/** Classifies a number by its unit and the words before it; null when it is no count of interest. */
function classify(sentence: string, start: number, end: number, unit: string, chinese: boolean): Reading | null {
  const behind = sentence.slice(Math.max(0, start - LOOK_BEHIND), start)
  const itemUnit = ITEM_UNITS.has(unit) || (unit === '个' && PIECE_BEFORE_RE.test(behind))
  if (!itemUnit && !REACH_UNITS.has(unit)) return null
  if (unit && UNIT_WORD_RE.test(sentence.slice(end - unit.length, end + 2))) return null
  const reach = chinese ? null : REACH_BEFORE_RE.exec(behind)
  if (reach && REACH_UNITS.has(unit)) {
    return { kind: 'reach', metric: toMetric(reach[1]), metricStart: start - behind.length + reach.index }
  }
  const items: Reading = { kind: 'items', metric: null, metricStart: start }
  const after = sentence.slice(end, end + LOOK_AHEAD)
  if (itemUnit) return !chinese || CHINESE_COUNT_AFTER_RE.test(after) ? items : null
  return !unit && UNITLESS_BEFORE_RE.test(behind) && !/^\s?[\d.]/.test(after) ? items : null
}

/**
 * Whether a text holds any number scanCounts would look at. A cheap test for whole passages: most
 * (headings, short lines) hold none, and then none of their sentences needs reading.
 */
export function mayHoldCount(text: string): boolean {
  // All that follows an Arabic number is optional: any digit is a match of TOKEN_RE, and /\d/ is a far smaller regex to run.
  return DIGIT_RE.test(text) || CHINESE_COUNT_RE.test(text)
}

/** Finds the counts of a sentence that are items published or reach figures. */
export function scanCounts(sentence: string): CountToken[] {
  const out: CountToken[] = []
  TOKEN_RE.lastIndex = 0
  for (let m = TOKEN_RE.exec(sentence); m; m = TOKEN_RE.exec(sentence)) {
    const chinese = m[5] !== undefined
    const unit = (chinese ? m[7] : m[4]) ?? ''
    // Years and dates (2023年, 1月1日) are most numbers of a report: drop them before looking around.
    if (!COUNT_UNITS.has(unit)) continue
    if (!isNumberStart(sentence, m.index, chinese)) continue
    const prefix = APPROX_BEFORE_RE.exec(sentence.slice(Math.max(0, m.index - 2), m.index))?.[0] ?? ''
    const start = m.index - prefix.length
    const end = m.index + m[0].trimEnd().length
    const reading = classify(sentence, start, m.index + m[0].length, unit, chinese)
    if (!reading) continue
    const quantity = chinese
      ? toQuantity({ chinese: m[5], approx: Boolean(prefix || m[6]) })
      : toQuantity({ digits: m[1], scale: m[2], approx: Boolean(prefix || m[3]) })
    if (!quantity || (chinese && quantity.value < 2)) continue
    out.push({ start, end, quantity, kind: reading.kind, metric: reading.metric, metricStart: reading.metricStart })
  }
  return out
}
