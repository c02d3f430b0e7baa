// 表三 收到和处理政府信息公开申请情况: 25 rows (2021) or 23 rows (trial) × 7 columns.
import { T3_COLUMNS, T3_ROWS, type T3, type T3Column, type T3RowKey } from '../model/report.ts'
import type { TextLine } from './cells.ts'
import { CellSources } from './cell-sources.ts'
import { collectRows, resolveRows, type CollectedRow, type LabelMatch, type LabelMatcher, type RowCells } from './table-rows.ts'
import { cellNumber } from './value-cell.ts'

/** Row labels, matched on the squeezed label text (aliases and typos of DOMAIN.md §1.12 included). */
const ROW_PATTERNS: [T3RowKey, RegExp][] = [
  ['new', /本年(度)?新收|新收.*申请/],
  ['carryIn', /上年(度)?(结转|转结)/],
  ['open', /予以公开$|^\(一\)予以公开|^予以公开/],
  ['partial', /部分公开/],
  ['deny1', /国家秘密/],
  ['deny2', /法律行政法规禁止|禁止公开/],
  ['deny3', /三安全一稳定|危及/],
  ['deny4', /第三方合法权益|保护第三方/],
  ['deny5', /三类内|内部事务|内容事务/],
  ['deny6', /过程性信息|四类过程/],
  ['deny7', /执法案卷/],
  ['deny8', /查询事项|行政查询/],
  ['unable1', /不掌握/],
  ['unable2', /另行制作|没有现成/],
  ['unable3', /补正后|仍不明确/],
  ['noproc1', /信访|举报投诉/],
  ['noproc2', /重复申请/],
  ['noproc3', /公开出版物|出版物/],
  ['noproc4', /大量反复|无正当理由大量/],
  ['noproc5', /确认或重新出具|重新出具|已获取信息/],
  ['other1', /不补正|逾期不补/],
  ['other2', /缴纳费用|收费通知/],
  ['carryOut', /结转下年|下年度继续|转下年/],
]
const GROUP_PATTERNS: [string, RegExp][] = [
  ['deny', /不予公开$/],
  ['unable', /无法提供$/],
  ['noproc', /不予处理$/],
  ['other', /其他处理$/],
  ['result', /本年度办理结果$|办理结果$/],
]
const ITEM_NUMBER_RE = /^(\d)[.、]/
const TOTAL_RE = /^(\(七\)|七、|\(7\))?(总计|合计)$/
const OTHER3_RE = /^(3[.、])?其他(情形)?$/

const GROUP_ITEMS: Record<string, T3RowKey[]> = {
  deny: ['deny1', 'deny2', 'deny3', 'deny4', 'deny5', 'deny6', 'deny7', 'deny8'],
  unable: ['unable1', 'unable2', 'unable3'],
  noproc: ['noproc1', 'noproc2', 'noproc3', 'noproc4', 'noproc5'],
  other: ['other1', 'other2', 'other3'],
}

function matchLabel(label: string, group: string | undefined, started: boolean): LabelMatch<T3RowKey> | null {
  for (const [g, re] of GROUP_PATTERNS) {
    if (re.test(label) && !/^\d[.、]/.test(label)) {
      // The trial format's (六)其他处理 is a data row of its own; decided later from its values.
      return g === 'other' && started ? { key: 'other', group: 'other' } : { group: g }
    }
  }
  for (const [key, re] of ROW_PATTERNS) {
    // A sub-row also tells its group, for labels whose group label was merged into the same cell.
    if (re.test(label)) return { key, group: /^(deny|unable|noproc|other)\d$/.exec(key)?.[1] }
  }
  if (!started) return null
  if (TOTAL_RE.test(label)) return { key: 'total', group: 'end' }
  if (group === 'other' && OTHER3_RE.test(label)) return { key: 'other3' }
  const item = ITEM_NUMBER_RE.exec(label)
  if (item && group && GROUP_ITEMS[group]) return { key: GROUP_ITEMS[group][Number(item[1]) - 1] }
  return null
}

type MatchCache = Map<string | undefined, Map<string, LabelMatch<T3RowKey> | null>>
/**
 * Labels repeat across reports (they are the template's), so matches are remembered: by `started`,
 * then group, then label (no key string is built per lookup).
 */
const MATCH_CACHE: [MatchCache, MatchCache] = [new Map(), new Map()]
const MATCH_CACHE_LIMIT = 20_000
let matchCacheSize = 0

function cachedMatch(label: string, group: string | undefined, started: boolean): LabelMatch<T3RowKey> | null {
  const byGroup = MATCH_CACHE[started ? 1 : 0]
  let byLabel = byGroup.get(group)
  if (!byLabel) { byLabel = new Map(); byGroup.set(group, byLabel) }
  let m = byLabel.get(label)
  if (m === undefined) {
    m = matchLabel(label, group, started)
    if (matchCacheSize >= MATCH_CACHE_LIMIT) { for (const c of MATCH_CACHE) c.clear(); matchCacheSize = 0; byGroup.set(group, byLabel = new Map()) }
    byLabel.set(label, m)
    matchCacheSize++
  }
  return m
}

/** The label matcher of 表三; `started` turns true once the first data row is seen (so header 「总计」/「其他」 are not rows). */
function makeMatcher(): LabelMatcher<T3RowKey> {
  let started = false
  return (label, group) => {
    const m = cachedMatch(label, group, started)
    if (m?.key && m.key !== 'other') started = true
    return m
  }
}

export interface TableThreeResult {
  t3: T3
  /** True when 「（六）其他处理」 has sub-rows 1–3 (2021 format), false when it is one row (trial), null if unknown. */
  otherSplit: boolean | null
  /** The cells of the values, by record path ("t3.tot.new"). */
  sources: CellSources
  /** The line range the table was read from. */
  lines: [number, number]
}

type Row = RowCells | undefined
const val = (row: Row, i: number): number | null => (row ? cellNumber(row[i]) : null)

/** The resolved rows looked up once per table, as fixed fields (the seven columns read them all). */
function rowsOf(v: Map<T3RowKey, RowCells>): Record<T3RowKey, Row> {
  return {
    new: v.get('new'), carryIn: v.get('carryIn'), open: v.get('open'), partial: v.get('partial'),
    deny1: v.get('deny1'), deny2: v.get('deny2'), deny3: v.get('deny3'), deny4: v.get('deny4'),
    deny5: v.get('deny5'), deny6: v.get('deny6'), deny7: v.get('deny7'), deny8: v.get('deny8'),
    unable1: v.get('unable1'), unable2: v.get('unable2'), unable3: v.get('unable3'),
    noproc1: v.get('noproc1'), noproc2: v.get('noproc2'), noproc3: v.get('noproc3'), noproc4: v.get('noproc4'), noproc5: v.get('noproc5'),
    other1: v.get('other1'), other2: v.get('other2'), other3: v.get('other3'), other: v.get('other'),
    total: v.get('total'), carryOut: v.get('carryOut'),
  }
}

/**
 * Column i of 表三 as one object literal, fields in T3Column order. Writing values by a varying row
 * key (column[key] = …) made every store a megamorphic keyed store; a literal has one fixed shape.
 */
function column(r: Record<T3RowKey, Row>, i: number, skipOther: boolean): T3Column {
  return {
    new: val(r.new, i), carryIn: val(r.carryIn, i), open: val(r.open, i), partial: val(r.partial, i),
    deny1: val(r.deny1, i), deny2: val(r.deny2, i), deny3: val(r.deny3, i), deny4: val(r.deny4, i),
    deny5: val(r.deny5, i), deny6: val(r.deny6, i), deny7: val(r.deny7, i), deny8: val(r.deny8, i),
    unable1: val(r.unable1, i), unable2: val(r.unable2, i), unable3: val(r.unable3, i),
    noproc1: val(r.noproc1, i), noproc2: val(r.noproc2, i), noproc3: val(r.noproc3, i), noproc4: val(r.noproc4, i), noproc5: val(r.noproc5, i),
    other1: val(r.other1, i), other2: val(r.other2, i), other3: val(r.other3, i),
    other: skipOther ? null : val(r.other, i),
    total: val(r.total, i), carryOut: val(r.carryOut, i),
  }
}

/** Source keys made once, not per report: row → one per column, in T3_COLUMNS order ("t3.np.new", "t3.ent.new" …). */
const SOURCE_KEYS = new Map<string, string[]>(T3_ROWS.map((r) => [r, T3_COLUMNS.map((c) => `t3.${c}.${r}`)]))

const ROWS_2021 = T3_ROWS.filter((r) => r !== 'other')
const ROWS_TRIAL = T3_ROWS.filter((r) => !/^other\d$/.test(r))

/**
 * Reads a 表三 whose row labels are lost (only numbers survive): 25 (2021) or 23 (trial) consecutive
 * rows of seven values, mapped by position.
 */
function collectByPosition(lines: TextLine[], from: number, to: number): Map<T3RowKey, CollectedRow<T3RowKey>> | null {
  const numeric = lines.slice(from, to).filter((l) => l.cells.filter((c) => c.kind !== 'label').length >= 7 && l.cells.some((c) => c.kind === 'number'))
  const order = numeric.length === 25 ? ROWS_2021 : numeric.length === 23 ? ROWS_TRIAL : null
  if (!order) return null
  const rows = new Map<T3RowKey, CollectedRow<T3RowKey>>()
  numeric.forEach((line, i) => {
    const slots = line.cells.map((cell, ci) => ({ cell, col: ci, line: line.index, filled: cell.kind !== 'empty' }))
      .filter((s) => s.cell.kind !== 'label')
    rows.set(order[i], { key: order[i], label: line.cells[0], slots })
  })
  return rows
}

/** Reads 表三 from lines [from, to) by its row labels, or by position when only numbers survive; null when absent. */
export function parseTableThree(
  lines: TextLine[], from: number, to: number, sources = new CellSources(),
): TableThreeResult | null {
  let rows = collectRows(lines, from, to, makeMatcher(), () => 7)
  if (rows.size < 3) rows = collectByPosition(lines, from, to) ?? rows
  if (rows.size < 3) return null
  const values = resolveRows(rows, () => 7, 'right')
  const otherRow = rows.get('other')
  const otherHasValues = otherRow?.slots.some((s) => s.filled) ?? false
  const otherSplit = rows.has('other1') || rows.has('other2') ? true : otherHasValues ? false : null
  const skipOther = otherSplit === true
  const r = rowsOf(values)
  const t3: T3 = {
    np: column(r, 0, skipOther), ent: column(r, 1, skipOther), sci: column(r, 2, skipOther), npo: column(r, 3, skipOther),
    law: column(r, 4, skipOther), oth: column(r, 5, skipOther), tot: column(r, 6, skipOther),
  }
  for (const [key, cells] of values) {
    if (key === 'other' && skipOther) continue
    const keys = SOURCE_KEYS.get(key)!
    for (let i = 0; i < T3_COLUMNS.length; i++) {
      const cell = cells[i]
      if (cell) sources.note(keys[i], cell)
    }
  }
  // A row's slots come in line order, so its last slot is on its last line.
  let last = from
  for (const { slots } of rows.values()) if (slots.length) last = Math.max(last, slots[slots.length - 1].line)
  return { t3, otherSplit, sources, lines: [from, last + 1] }
}
