// 表二 主动公开政府信息情况, in the 2021 format (10 cells) or the 2019 trial format (22 cells).
import type { T2, T2Trial } from '../model/report.ts'
import type { TextLine } from './cells.ts'
import { CellSources } from './cell-sources.ts'
import { collectRows, resolveRows, type RowCells } from './table-rows.ts'
import { cellNumber } from './value-cell.ts'

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
  /** The cells of the values, by record path ("t2.rules.made"). */
  sources: CellSources
}

function read(lines: TextLine[], from: number, to: number, width: Record<T2RowKey, number>) {
  const rows = collectRows(lines, from, to, matchRow, (k) => width[k])
  return { found: rows.size, values: resolveRows(rows, (k) => width[k], 'left') }
}

// The pickers are module functions over the resolved rows, not closures made on every call.
interface Picked { values: Map<T2RowKey, RowCells>; sources: CellSources }

/** The value of cell i of a row, recording its source span under `path`. */
function pick({ values, sources }: Picked, key: T2RowKey, i: number, path: string): number | null {
  const cell = values.get(key)?.[i]
  if (!cell) return null
  sources.note(path, cell)
  return cellNumber(cell)
}

function stock(p: Picked, k: 'rules' | 'normdocs') {
  return { newMade: pick(p, k, 0, `t2Trial.${k}.newMade`), newPublished: pick(p, k, 1, `t2Trial.${k}.newPublished`), totalPublished: pick(p, k, 2, `t2Trial.${k}.totalPublished`) }
}

function items(p: Picked, k: 'licensing' | 'otherServices' | 'penalty' | 'coercion') {
  return { prevItems: pick(p, k, 0, `t2Trial.${k}.prevItems`), delta: pick(p, k, 1, `t2Trial.${k}.delta`), decisions: pick(p, k, 2, `t2Trial.${k}.decisions`) }
}

/** Reads 表二 from lines [from, to) in the given template, adding cell spans to `sources`; null when none of its rows is found. */
export function parseTableTwo(
  lines: TextLine[], from: number, to: number, trial: boolean, sources = new CellSources(),
): TableTwoResult | null {
  const { found, values } = read(lines, from, to, trial ? WIDTH_TRIAL : WIDTH_2021)
  if (found === 0) return null
  const p: Picked = { values, sources }
  if (!trial) {
    const t2: T2 = {
      rules: { made: pick(p, 'rules', 0, 't2.rules.made'), repealed: pick(p, 'rules', 1, 't2.rules.repealed'), valid: pick(p, 'rules', 2, 't2.rules.valid') },
      normdocs: { made: pick(p, 'normdocs', 0, 't2.normdocs.made'), repealed: pick(p, 'normdocs', 1, 't2.normdocs.repealed'), valid: pick(p, 'normdocs', 2, 't2.normdocs.valid') },
      licensing: pick(p, 'licensing', 0, 't2.licensing'),
      penalty: pick(p, 'penalty', 0, 't2.penalty'),
      coercion: pick(p, 'coercion', 0, 't2.coercion'),
      fees: pick(p, 'fees', 0, 't2.fees'),
    }
    return { t2, t2Trial: null, sources }
  }
  const t2Trial: T2Trial = {
    rules: stock(p, 'rules'), normdocs: stock(p, 'normdocs'),
    licensing: items(p, 'licensing'), otherServices: items(p, 'otherServices'), penalty: items(p, 'penalty'), coercion: items(p, 'coercion'),
    fees: { prevItems: pick(p, 'fees', 0, 't2Trial.fees.prevItems'), delta: pick(p, 'fees', 1, 't2Trial.fees.delta') },
    procurement: { projects: pick(p, 'procurement', 0, 't2Trial.procurement.projects'), amount: pick(p, 'procurement', 1, 't2Trial.procurement.amount') },
  }
  return { t2: null, t2Trial, sources }
}
