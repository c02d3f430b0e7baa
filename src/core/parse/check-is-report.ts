const REPORT_WORDS_RE = /政府信息公开|信息公开工作|政务公开|年度报告|依申请公开|主动公开/g
/** Any character that is not blank: testing for one stops at the first, where trim() would copy the text. */
const VISIBLE_RE = /\S/

/** Returns a Chinese reason when a text is not a 政府信息公开工作年度报告 at all, else null. */
export function checkIsReport(text: string): string | null {
  if (!VISIBLE_RE.test(text)) return '文件没有文字内容'
  // Two different report words are enough: stop at the second instead of collecting every hit.
  const head = text.slice(0, 200_000)
  let first: string | undefined
  let found = false
  REPORT_WORDS_RE.lastIndex = 0
  for (let m = REPORT_WORDS_RE.exec(head); m; m = REPORT_WORDS_RE.exec(head)) {
    if (first === undefined) first = m[0]
    else if (m[0] !== first) { found = true; break }
  }
  if (!found) return '不是政府信息公开工作年度报告（没有找到“政府信息公开”“主动公开”“依申请公开”等年报内容）'
  return null
}
