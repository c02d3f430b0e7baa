// The data of one unit over the years: table values, proactive counts, dates, with carry-over chained.
import type { T2, T2Trial, T3, T4, Template, UnitKind } from '../../src/core/model/report.ts'
import { makeRng, seedOf } from './rng.ts'
import { makeT2, makeT2Trial, makeT3, makeT4, NO_CARRY, type Carry, type DecisionLevels } from './tables-data.ts'

export interface UnitProfile {
  unit: string
  kind: UnitKind
  county: string
  /** Expected new applications per year (0 for most units). */
  applicationRate: number
  proactiveBase: number
  levels: DecisionLevels
  account: string | null
  hasBoard: boolean
  /** 表四 cases by year. */
  cases?: Record<number, Parameters<typeof makeT4>[0]>
}

/** What the generator changes on purpose for one unit (the planted cases). */
export interface UnitPlan {
  missingYears?: number[]
  /** year → publication date overriding the normal one. */
  publishedAt?: Record<number, string>
  /** year: the carry-in of this year is written as 0 although last year carried applications over. */
  brokenCarryYear?: number
  /** year: at least one application is carried over to next year. */
  carryOutYear?: number
  /** From this year on the proactive count is multiplied by `factor` (a change of counting basis). */
  jump?: { year: number; factor: number }
  /** year → the voice (sentence choice) of another report, so the text is a copy of it. */
  voiceOf?: Record<number, { unit: string; year: number }>
  /** year → applications, overriding the random draw. */
  applications?: Record<number, number>
}

export interface DemoReport {
  unit: string
  kind: UnitKind
  county: string
  year: number
  template: Template
  t2: T2 | null
  t2Trial: T2Trial | null
  t3: T3
  t4: T4
  proactive: number
  channels: { portal: number; wechat: number | null; board: number | null }
  account: string | null
  reads: number | null
  publishedAt: string
  /** Seed of the sentence choice of sections 一/五/六. */
  voice: number
}

function poisson(next: () => number, rate: number): number {
  let k = 0, p = Math.exp(-rate), s = p
  const u = next()
  while (u > s && k < 40) { k++; p *= rate / k; s += p }
  return k
}

function splitChannels(rng: ReturnType<typeof makeRng>, p: UnitProfile, total: number): DemoReport['channels'] {
  if (!p.account && !p.hasBoard) return { portal: total, wechat: null, board: null }
  const board = p.hasBoard ? Math.max(1, Math.round(total * (0.1 + rng.next() * 0.15))) : null
  const wechat = p.account ? Math.max(1, Math.round((total - (board ?? 0)) * (0.4 + rng.next() * 0.3))) : null
  return { portal: total - (board ?? 0) - (wechat ?? 0), wechat, board }
}

/** Generates a unit's reports for the given years, following its plan. */
export function makeSeries(p: UnitProfile, years: number[], plan: UnitPlan = {}): DemoReport[] {
  const out: DemoReport[] = []
  let carry: Carry = { ...NO_CARRY }, stock = makeRng(seedOf(p.unit, 'stock')).int(0, 6)
  for (const year of years) {
    const rng = makeRng(seedOf(p.unit, year))
    const template: Template = year <= 2020 ? '2019' : '2021'
    const apps = plan.applications?.[year] ?? poisson(rng.next, p.applicationRate)
    const carryIn = plan.brokenCarryYear === year ? { ...NO_CARRY } : carry
    const { t3, carryOut } = makeT3(rng, template, apps, carryIn, plan.carryOutYear === year)
    const t2Part = template === '2021' ? makeT2(rng, p.levels, stock) : null
    const trialPart = template === '2019' ? makeT2Trial(rng, p.levels, stock) : null
    const factor = plan.jump && year >= plan.jump.year ? plan.jump.factor : 1
    const proactive = Math.max(1, Math.round(p.proactiveBase * (0.8 + rng.next() * 0.4))) * factor
    const voiceSource = plan.voiceOf?.[year]
    const report: DemoReport = {
      unit: p.unit, kind: p.kind, county: p.county, year, template,
      t2: t2Part?.t2 ?? null, t2Trial: trialPart?.t2Trial ?? null, t3, t4: makeT4(p.cases?.[year]),
      proactive, channels: splitChannels(rng, p, proactive), account: p.account,
      reads: p.account && rng.chance(0.5) ? rng.int(8, 90) * 1000 : null,
      publishedAt: plan.publishedAt?.[year] ?? `${year + 1}-01-${String(rng.int(6, 28)).padStart(2, '0')}`,
      voice: voiceSource ? seedOf(voiceSource.unit, voiceSource.year, 'voice') : seedOf(p.unit, year, 'voice'),
    }
    stock = t2Part?.stock ?? trialPart?.stock ?? stock
    carry = carryOut
    if (!plan.missingYears?.includes(year)) out.push(report)
  }
  return out
}
