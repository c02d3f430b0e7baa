const REPORT_WORDS_RE = /政府信息公开|信息公开工作|政务公开|年度报告|依申请公开|主动公开/g

/** Returns a Chinese reason when a text is not a 政府信息公开工作年度报告 at all, else null. */
export function checkIsReport(text: string): string | null {
  if (!text.trim()) return '文件没有文字内容'
  const hits = new Set(text.slice(0, 200_000).match(REPORT_WORDS_RE) ?? [])
  if (hits.size < 2) return '不是政府信息公开工作年度报告（没有找到“政府信息公开”“主动公开”“依申请公开”等年报内容）'
  return null
}
