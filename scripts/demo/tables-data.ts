// Table values of one demo report: 表二 (either template), 表三 with its carry-over, 表四.
import type { T2, T2Trial, T3, T3Column, T3ColumnKey, T3RowKey, T4, Template } from '../../src/core/model/report.ts'
import { T3_APPLICANT_COLUMNS, T3_COLUMNS, T3_ROWS } from '../../src/core/model/report.ts'
import type { Rng } from './rng.ts'

export type Carry = Record<T3ColumnKey, number>

export const NO_CARRY: Carry = { np: 0, ent: 0, sci: 0, npo: 0, law: 0, oth: 0, tot: 0 }

const APPLICANT_WEIGHTS: [T3ColumnKey, number][] = [['np', 0.75], ['ent', 0.12], ['law', 0.06], ['oth', 0.07]]
const RESULT_WEIGHTS: [T3RowKey, number][] = [['open', 0.5], ['partial', 0.15], ['unable1', 0.15], ['noproc1', 0.08], ['deny4', 0.04], ['other3', 0.08]]

function weighted<T>(rng: Rng, items: [T, number][]): T {
  let x = rng.next()
  for (const [item, w] of items) { if (x < w) return item; x -= w }
  return items[items.length - 1][0]
}

function emptyColumn(template: Template): T3Column {
  const col = Object.fromEntries(T3_ROWS.map((k) => [k, 0])) as T3Column
  if (template === '2019') { col.other1 = null; col.other2 = null; col.other3 = null } else col.other = null
  return col
}

/** 表三 for `applications` new requests and the carry-in of last year; returns the table and this year's carry-out. */
export function makeT3(rng: Rng, template: Template, applications: number, carryIn: Carry, forceCarry = false): { t3: T3; carryOut: Carry } {
  const t3 = Object.fromEntries(T3_COLUMNS.map((c) => [c, emptyColumn(template)])) as T3
  for (let i = 0; i < applications; i++) (t3[i === 0 && forceCarry ? 'np' : weighted(rng, APPLICANT_WEIGHTS)].new as number)++
  const carryOut = { ...NO_CARRY }
  for (const c of T3_APPLICANT_COLUMNS) {
    const col = t3[c]
    col.carryIn = carryIn[c]
    const open = (col.new as number) + carryIn[c]
    const out = c === 'np' && ((open > 1 && rng.chance(0.3)) || (forceCarry && open > 0)) ? 1 : 0
    col.carryOut = out
    carryOut[c] = out
    for (let i = 0; i < open - out; i++) {
      let row = weighted(rng, RESULT_WEIGHTS)
      if (row === 'other3' && template === '2019') row = 'other'
      ;(col[row] as number)++
    }
    col.total = open - out
  }
  for (const k of T3_ROWS) {
    const cells = T3_APPLICANT_COLUMNS.map((c) => t3[c][k])
    t3.tot[k] = cells.every((v) => v === null) ? null : cells.reduce<number>((s, v) => s + (v ?? 0), 0)
  }
  carryOut.tot = T3_APPLICANT_COLUMNS.reduce((s, c) => s + carryOut[c], 0)
  return { t3, carryOut }
}

/** 表四 of zeros, with optional cases: [group, field] pairs each adding one case. */
export function makeT4(cases: [keyof T4, 'upheld' | 'corrected' | 'other' | 'pending'][] = []): T4 {
  const g = () => ({ upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 })
  const t4: T4 = { review: g(), litDirect: g(), litAfterReview: g() }
  for (const [group, field] of cases) { t4[group][field]! += 1; t4[group].total! += 1 }
  return t4
}

export interface DecisionLevels { licensing: number; penalty: number; coercion: number; fees: number }

/** 表二, 2021 format; `stock` is last year's 现行有效 行政规范性文件, returned updated. */
export function makeT2(rng: Rng, levels: DecisionLevels, stock: number): { t2: T2; stock: number } {
  const made = rng.chance(0.3) ? rng.int(1, 2) : 0
  const repealed = stock > 0 && rng.chance(0.2) ? 1 : 0
  const valid = stock + made - repealed
  const vary = (x: number) => (x === 0 ? 0 : Math.max(1, Math.round(x * (0.8 + rng.next() * 0.4))))
  return {
    t2: {
      rules: { made: 0, repealed: 0, valid: 0 }, normdocs: { made, repealed, valid },
      licensing: vary(levels.licensing), penalty: vary(levels.penalty), coercion: vary(levels.coercion),
      fees: levels.fees === 0 ? 0 : Math.round(levels.fees * (0.8 + rng.next() * 0.4) * 100) / 100,
    },
    stock: valid,
  }
}

/** 表二, 2019 trial format; `stock` is the 对外公开总数量 of 规范性文件, returned updated. */
export function makeT2Trial(rng: Rng, levels: DecisionLevels, stock: number): { t2Trial: T2Trial; stock: number } {
  const made = rng.chance(0.3) ? rng.int(1, 2) : 0
  const items = (n: number) => ({ prevItems: n === 0 ? 0 : rng.int(3, 15), delta: n === 0 ? 0 : rng.int(-1, 2), decisions: n })
  return {
    t2Trial: {
      rules: { newMade: 0, newPublished: 0, totalPublished: 0 },
      normdocs: { newMade: made, newPublished: made, totalPublished: stock + made },
      licensing: items(levels.licensing), otherServices: items(0), penalty: items(levels.penalty), coercion: items(levels.coercion),
      fees: { prevItems: levels.fees ? 1 : 0, delta: 0 }, procurement: { projects: 0, amount: 0 },
    },
    stock: stock + made,
  }
}
