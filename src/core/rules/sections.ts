// Finds the six numbered sections (一 … 六) of a report's text (DOMAIN §1.3), by number and keyword.
import type { SourceSpan } from '../model/report.ts'

const HEADING_RE = /^[ \t]*([一二三四五六])[、.]\s*([^\n]{0,40})$/gm
const SECTION_KEYWORDS: RegExp[] = [
  /总体|概述|基本情况|概况/, /主动公开/, /申请/, /复议|诉讼/, /问题|改进|不足/, /其他|其它/,
]
const NUMERALS = '一二三四五六'

let lastText: string | undefined
let lastSections: readonly (SourceSpan | null)[] = []

/**
 * The span of each section 一 … 六 (index 0 … 5), or null when a heading is not found. Remembered for
 * the most recent text: three rules and the copy check's grams ask for the same report's sections in a
 * row, and the heading search runs over the whole text. Callers must not change the result.
 */
export function findSections(text: string): readonly (Readonly<SourceSpan> | null)[] {
  if (text !== lastText) {
    lastSections = searchSections(text)
    lastText = text
  }
  return lastSections
}

function searchSections(text: string): (SourceSpan | null)[] {
  const starts: (number | null)[] = [null, null, null, null, null, null]
  let from = 0
  for (const m of text.matchAll(HEADING_RE)) {
    const i = NUMERALS.indexOf(m[1])
    if (m.index < from || starts[i] !== null || !SECTION_KEYWORDS[i].test(m[2])) continue
    if (starts.slice(i + 1).some((s) => s !== null)) continue
    starts[i] = m.index
    from = m.index
  }
  return starts.map((start, i) => {
    if (start === null) return null
    const next = starts.slice(i + 1).find((s) => s !== null)
    return { start, end: next ?? text.length }
  })
}

/** The text of the given sections (0-based), joined by a newline; '' for sections not found. */
export function sectionText(text: string, indexes: number[]): string {
  const spans = findSections(text)
  return indexes.map((i) => spans[i]).filter((s): s is SourceSpan => s !== null)
    .map((s) => text.slice(s.start, s.end)).join('\n')
}
