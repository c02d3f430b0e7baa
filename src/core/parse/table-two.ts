// 表二 主动公开政府信息情况, in the 2021 format (10 cells) or the 2019 trial format (22 cells).
import type { SourceSpan, T2, T2Trial } from '../model/report.ts'
import type { TextLine } from './cells.ts'
import { collectRows, resolveRows, type RowValue } from './table-rows.ts'

type T2RowKey = 'rules' | 'normdocs' | 'licensing' | 'otherServices' | 'penalty' | 'coercion' | 'fees' | 'procurement'

const ROW_PATTERNS: [T2RowKey, RegExp][] = [
  ['rules', /^([(（]?[一1][)）、.]?)?规章$/],
  ['normdocs', /^(行政)?规范性文件$/],
  ['licensing', /^行政许可$/],
  ['otherServices', /其他对外管理服务/],
  ['penalty', /^行政处罚$/],
  ['coercion', /^行政强制$/],
  ['fees', /^行政事业[性型]?收费$/],
  ['procurement', /^政府集中采购$/],
]

const WIDTH_2021: Record<T2RowKey, number> = {
  rules: 3, normdocs: 3, licensing: 1, otherServices: 1, penalty: 1, coercion: 1, fees: 1, procurement: 2,
}
const WIDTH_TRIAL: Record<T2RowKey, number> = {
  rules: 3, normdocs: 3, licensing: 3, otherServices: 3, penalty: 3, coercion: 3, fees: 2, procurement: 2,
}

/** Words one of which every row label holds: most cells of the region are ruled out by one test, not eight. */
const ROW_WORDS_RE = /规章|规范性文件|行政许可|其他对外管理服务|行政处罚|行政强制|收费|政府集中采购/

const matchRow = (label: string) => {
  if (!ROW_WORDS_RE.test(label)) return null
  for (const [key, re] of ROW_PATTERNS) if (re.test(label)) return { key }
  return null
}

export interface TableTwoResult {
  t2: T2 | null
  t2Trial: T2Trial | null
  sources: Record<string, SourceSpan>
}

function read(lines: TextLine[], from: number, to: number, width: Record<T2RowKey, number>) {
  const rows = collectRows(lines, from, to, matchRow, (k) => width[k])
  return { found: rows.size, values: resolveRows(rows, (k) => width[k], 'left') }
}

/** Reads 表二 from lines [from, to) in the given template, adding cell spans to `sources`; null when none of its rows is found. */
export function parseTableTwo(
  lines: TextLine[], from: number, to: number, trial: boolean, sources: Record<string, SourceSpan> = {},
): TableTwoResult | null {
  const { found, values } = read(lines, from, to, trial ? WIDTH_TRIAL : WIDTH_2021)
  if (found === 0) return null
  const pick = (key: T2RowKey, i: number, path: string) => {
    const v: RowValue | undefined = values.get(key)?.[i]
    if (v?.cell) sources[path] = { start: v.cell.start, end: v.cell.end }
    return v?.value ?? null
  }
  if (!trial) {
    const t2: T2 = {
      rules: { made: pick('rules', 0, 't2.rules.made'), repealed: pick('rules', 1, 't2.rules.repealed'), valid: pick('rules', 2, 't2.rules.valid') },
      normdocs: { made: pick('normdocs', 0, 't2.normdocs.made'), repealed: pick('normdocs', 1, 't2.normdocs.repealed'), valid: pick('normdocs', 2, 't2.normdocs.valid') },
      licensing: pick('licensing', 0, 't2.licensing'),
      penalty: pick('penalty', 0, 't2.penalty'),
      coercion: pick('coercion', 0, 't2.coercion'),
      fees: pick('fees', 0, 't2.fees'),
    }
    return { t2, t2Trial: null, sources }
  }
  const stock = (k: 'rules' | 'normdocs') => ({
    newMade: pick(k, 0, `t2Trial.${k}.newMade`), newPublished: pick(k, 1, `t2Trial.${k}.newPublished`), totalPublished: pick(k, 2, `t2Trial.${k}.totalPublished`),
  })
  const items = (k: 'licensing' | 'otherServices' | 'penalty' | 'coercion') => ({
    prevItems: pick(k, 0, `t2Trial.${k}.prevItems`), delta: pick(k, 1, `t2Trial.${k}.delta`), decisions: pick(k, 2, `t2Trial.${k}.decisions`),
  })
  const t2Trial: T2Trial = {
    rules: stock('rules'), normdocs: stock('normdocs'),
    licensing: items('licensing'), otherServices: items('otherServices'), penalty: items('penalty'), coercion: items('coercion'),
    fees: { prevItems: pick('fees', 0, 't2Trial.fees.prevItems'), delta: pick('fees', 1, 't2Trial.fees.delta') },
    procurement: { projects: pick('procurement', 0, 't2Trial.procurement.projects'), amount: pick('procurement', 1, 't2Trial.procurement.amount') },
  }
  return { t2: null, t2Trial, sources }
}
