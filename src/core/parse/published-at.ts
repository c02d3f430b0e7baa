// The date a report states for itself: the date under the signature, else the page's date line.
import type { SourceSpan } from '../model/report.ts'
import { parseChineseInteger } from '../text/chinese-date.ts'
import { linesOf } from '../text/lines.ts'

const META_DATE_RE = /(?:^|[\s|:：,，;；])(?:发布时间|发布日期|生成日期|成文日期|发文日期|公开日期|印发日期|更新时间|日期|时间)\s*[:：|]?\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?(?!\s*至)/
const SIGNATURE_DATE_RE = /^[\s\u4e00-\u9fa5()（）]{0,30}?(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,3}|[一二三四五六七八九十]{1,3})\s*日\s*$/

/** A page's date line without a keyword: 「2026年01月21日 来源：…」 at the top of the page. */
const HEAD_DATE_RE = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:$|(?:来源|作者|浏览|点击|字号|发布机构|信息来源|编辑)|\|)/

/** How many lines at the top of a page may hold a date line without a keyword. */
const HEAD_LINES = 12
/** How many lines at the bottom of a report may hold its signature date. */
const TAIL_LINES = 12

/** Every keyword of META_DATE_RE holds 日期 or 时间: lines without either are not tried. */
const hasDateWord = (line: string) => line.includes('日期') || line.includes('时间')

export interface PublishedAt { date: string; span: SourceSpan }

function toIso(y: string, m: string, d: string): string | null {
  const year = /^\d+$/.test(y) ? Number(y) : Number([...y].map((c) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c)).join(''))
  const month = parseChineseInteger(m), day = parseChineseInteger(d)
  if (!(year > 1990 && year < 2100) || month == null || day == null || month < 1 || month > 12 || day < 1 || day > 31) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Finds the report's own date ("YYYY-MM-DD") with its span, or null when the text states none. */
export function parsePublishedAt(text: string): PublishedAt | null {
  const lines = linesOf(text)
  // The signature: the last 12 lines that are not blank, from the bottom up.
  let start = text.length
  for (let i = lines.length - 1, seen = 0; i >= 0 && seen < TAIL_LINES; i--) {
    const line = lines[i]
    start -= line.length + (i < lines.length - 1 ? 1 : 0)
    if (!line.trim()) continue
    seen++
    // A signature date ends its line with 日: the regex is tried on those lines only.
    if (!line.trimEnd().endsWith('日')) continue
    const m = SIGNATURE_DATE_RE.exec(line)
    const date = m && toIso(m[1], m[2], m[3])
    if (date) return { date, span: { start: start + line.indexOf(m![1]), end: start + line.trimEnd().length } }
  }
  // Past the first lines only a line with 日期/时间 can hold the date: most texts have none, so one look at the whole text saves testing each line.
  const last = hasDateWord(text) ? lines.length : Math.min(lines.length, HEAD_LINES)
  let lineStart = 0
  for (let i = 0; i < last; i++) {
    const line = lines[i]
    const head = i < HEAD_LINES && line.length < 100 ? HEAD_DATE_RE.exec(line) : null
    const headDate = head && toIso(head[1], head[2], head[3])
    if (headDate) {
      const at = lineStart + line.indexOf(head![1])
      return { date: headDate, span: { start: at, end: lineStart + head![0].trimEnd().length } }
    }
    if (line.length < 160 && hasDateWord(line)) {
      const m = META_DATE_RE.exec(line)
      const date = m && toIso(m[1], m[2], m[3])
      if (date) {
        const at = lineStart + line.indexOf(m![1], m!.index)
        return { date, span: { start: at, end: lineStart + m!.index + m![0].trimEnd().length } }
      }
    }
    lineStart += line.length + 1
  }
  return null
}
