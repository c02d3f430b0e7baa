// 表四 政府信息公开行政复议、行政诉讼情况: one data row of 15 numbers, mapped by position
// (the header is often flattened or broken, DOMAIN.md §1.9).
import { T4_FIELDS, T4_GROUPS, type T4, type T4Group } from '../model/report.ts'
import type { TextLine } from './cells.ts'
import { CellSources } from './cell-sources.ts'
import { cellNumber } from './value-cell.ts'
import type { Slot } from './table-rows.ts'

const SECTION_END_RE = /^(五|六)[、.]|存在的主要问题|其他需要报告/
/** Source keys made once, not per report: per group, one per field in T4_FIELDS order ("t4.review.upheld" …). */
const SOURCE_KEYS = T4_GROUPS.map((g) => T4_FIELDS.map((f) => `t4.${g}.${f}`))

/** What a line holds for 表四: value cells (numbers or blank marks), labels and empty cells. */
interface LineCounts { values: number; labels: number; empties: number }

function countKinds(line: TextLine): LineCounts {
  const counts = { values: 0, labels: 0, empties: 0 }
  for (const { kind } of line.cells) {
    if (kind === 'label') counts.labels++
    else if (kind === 'empty') counts.empties++
    else counts.values++
  }
  return counts
}

/** The first slot of the 15 values: the window that holds every filled slot when the row has more slots. */
function windowStart(slots: Slot[]): number {
  if (slots.length <= 15) return 0
  let first = -1, last = -1
  for (let i = 0; i < slots.length; i++) if (slots[i].filled) { if (first < 0) first = i; last = i }
  return first < 0 ? 0 : Math.max(0, Math.min(first, last - 14, slots.length - 15))
}

/**
 * Reads the 15 values of 表四 from lines [from, to): the value cells of the lines after the header,
 * blanks keeping their column in multi-cell rows; null when no value is found.
 */
export function parseTableFour(
  lines: TextLine[], from: number, to: number, sources = new CellSources(),
): { t4: T4; sources: CellSources } | null {
  const slots: Slot[] = []
  let filledCount = 0
  for (let li = from; li < to && filledCount < 15; li++) {
    const line = lines[li]
    if (line.cells.length === 1 && SECTION_END_RE.test(line.cells[0].text) && slots.length) break
    const counts = countKinds(line)
    const isDataRow = counts.values > 0 && (!line.multi || counts.labels <= 1)
    if (!isDataRow) {
      // An all-blank data row of a real table: as many empty cells as columns, no label.
      if (line.multi && counts.empties === line.cells.length && line.cells.length >= 15 && !slots.length) {
        line.cells.forEach((cell, ci) => slots.push({ cell, col: ci, line: li, filled: false }))
      }
      continue
    }
    line.cells.forEach((cell, ci) => {
      if (cell.kind === 'label' || (cell.kind === 'empty' && !line.multi)) return
      slots.push({ cell, col: line.multi ? ci : null, line: li, filled: cell.kind !== 'empty' })
      if (cell.kind !== 'empty') filledCount++
    })
  }
  if (!slots.length) return null
  const start = windowStart(slots)
  const t4 = {} as T4
  for (let gi = 0; gi < T4_GROUPS.length; gi++) {
    const g = T4_GROUPS[gi]
    const group = {} as T4Group
    for (let fi = 0; fi < T4_FIELDS.length; fi++) {
      const f = T4_FIELDS[fi]
      const slot = slots[start + gi * 5 + fi]
      group[f] = cellNumber(slot?.cell)
      if (slot) sources.note(SOURCE_KEYS[gi][fi], slot.cell)
    }
    t4[g] = group
  }
  return { t4, sources }
}
