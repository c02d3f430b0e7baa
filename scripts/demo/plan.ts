// The demo county: unit profiles and the planted cases for every cross-report rule, with the findings
// they must raise. Units are addressed by index so large synthetic sets can reuse the plan per county.
import type { UnitKind } from '../../src/core/model/report.ts'
import { makeRng, seedOf } from './rng.ts'
import { shortName } from './names.ts'
import type { DemoReport, UnitPlan, UnitProfile } from './series.ts'

export const DEMO_YEARS = [2019, 2020, 2021, 2022, 2023, 2024]

/** Index of each planted unit in the county's unit list. */
export const PLANTED = {
  active: [0, 2, 6, 15],
  copySameYear: [3, 4] as const,
  copyPreviousYear: 5,
  missing: 7,
  late: 8,
  onTimeByRule: 9,
  jump: 10,
  brokenCarry: 6,
  lowProactive: 19,
  lawsuits: 2,
}

const ACCOUNT_FORMS = ['{s}发布', '印象{s}', '{s}之声', '微{s}', '{s}在线']

/** Profiles of a county's units (deterministic per unit name). */
export function makeProfiles(units: [string, UnitKind][], county: string): UnitProfile[] {
  return units.map(([unit, kind], i) => {
    const rng = makeRng(seedOf(county, unit, 'profile'))
    const active = PLANTED.active.includes(i)
    const hasDecisions = rng.chance(0.5)
    const profile: UnitProfile = {
      unit, kind, county,
      applicationRate: active ? 1.5 + rng.next() * 3 : 0.12,
      proactiveBase: i === PLANTED.lowProactive ? 4 : Math.round(Math.exp(Math.log(10) + rng.next() * Math.log(30))),
      levels: {
        licensing: hasDecisions ? rng.int(2, 40) : 0, penalty: hasDecisions ? rng.int(1, 20) : 0,
        coercion: hasDecisions && rng.chance(0.3) ? rng.int(1, 3) : 0, fees: rng.chance(0.2) ? rng.int(5, 300) / 100 : 0,
      },
      account: rng.chance(0.6) ? rng.pick(ACCOUNT_FORMS).replace('{s}', shortName(unit)) : null,
      hasBoard: rng.chance(0.4),
    }
    if (i === PLANTED.lawsuits) profile.cases = { 2022: [['review', 'upheld']], 2023: [['litDirect', 'pending']] }
    if (i === PLANTED.jump) profile.proactiveBase = 20
    return profile
  })
}

/** The planted cases of a county, by unit index. */
export function makePlans(profiles: UnitProfile[]): UnitPlan[] {
  const plans: UnitPlan[] = profiles.map(() => ({}))
  const [copier, source] = PLANTED.copySameYear
  profiles[copier].account = profiles[source].account?.replace(shortName(profiles[source].unit), shortName(profiles[copier].unit)) ?? null
  profiles[copier].hasBoard = profiles[source].hasBoard
  plans[copier] = { voiceOf: { 2022: { unit: profiles[source].unit, year: 2022 } }, applications: { 2022: 0 } }
  plans[source] = { applications: { 2022: 0 } }
  plans[PLANTED.copyPreviousYear] = { voiceOf: { 2023: { unit: profiles[PLANTED.copyPreviousYear].unit, year: 2022 } }, applications: { 2022: 0, 2023: 0 } }
  plans[PLANTED.missing] = { missingYears: [2021] }
  plans[PLANTED.late] = { publishedAt: { 2023: '2024-03-15' } }
  plans[PLANTED.onTimeByRule] = { publishedAt: { 2019: '2020-02-12' } }
  plans[PLANTED.jump] = { jump: { year: 2023, factor: 5 } }
  plans[PLANTED.brokenCarry] = { applications: { 2021: 3 }, carryOutYear: 2021, brokenCarryYear: 2022 }
  return plans
}

export interface ExpectedFinding { rule: string; unit: string; year: number; file: string | null; why: string }

/** The cross-report findings the planted county must raise, computed from the generated data (not by the rules). */
export function expectedCrossFindings(profiles: UnitProfile[], series: DemoReport[][], fileOf: (r: DemoReport) => string): ExpectedFinding[] {
  const out: ExpectedFinding[] = []
  const at = (i: number, year: number) => series[i].find((r) => r.year === year)!
  series.forEach((reports) => {
    let run: DemoReport[] = []
    const flush = () => {
      if (run.length >= 3) { const last = run[run.length - 1]; out.push({ rule: 'Z2', unit: last.unit, year: last.year, file: fileOf(last), why: `${run[0].year}—${last.year} 连续零申请` }) }
      run = []
    }
    for (const r of reports) {
      if (run.length && run[run.length - 1].year + 1 !== r.year) flush()
      if (r.t3.tot.new === 0) run.push(r); else flush()
    }
    flush()
  })
  const [copier, source] = PLANTED.copySameYear
  for (const i of [copier, source]) out.push({ rule: 'Z6', unit: profiles[i].unit, year: 2022, file: fileOf(at(i, 2022)), why: '与另一单位同年报告雷同（植入）' })
  const prev = PLANTED.copyPreviousYear
  out.push({ rule: 'Z6', unit: profiles[prev].unit, year: 2023, file: fileOf(at(prev, 2023)), why: '照搬本单位上年报告（植入）' })
  out.push({ rule: 'Z7', unit: profiles[PLANTED.missing].unit, year: 2021, file: null, why: '缺报（植入）' })
  out.push({ rule: 'Z7', unit: profiles[PLANTED.late].unit, year: 2023, file: fileOf(at(PLANTED.late, 2023)), why: '迟报：2024-03-15 发布（植入）' })
  out.push({ rule: 'V-X-01', unit: profiles[PLANTED.brokenCarry].unit, year: 2022, file: fileOf(at(PLANTED.brokenCarry, 2022)), why: '上年结转与 2021 年结转下年度不符（植入）' })
  out.push({ rule: 'V-X-05', unit: profiles[PLANTED.jump].unit, year: 2023, file: fileOf(at(PLANTED.jump, 2023)), why: '主动公开数约 ×5（植入）' })
  return out.sort((a, b) => a.unit.localeCompare(b.unit, 'zh') || a.year - b.year || a.rule.localeCompare(b.rule))
}

/** The per-report flags a demo report must carry (Z1, Z3, Z5 only: the tables are otherwise consistent). */
export function expectedFlags(r: DemoReport): string[] {
  const flags: string[] = []
  const t2Cells = JSON.stringify(r.t2 ?? r.t2Trial).match(/-?\d+(\.\d+)?/g) ?? []
  const t3Zero = Object.values(r.t3).every((col) => Object.values(col).every((v) => v === null || v === 0))
  const t4Zero = Object.values(r.t4).every((g) => Object.values(g).every((v) => v === 0))
  if (r.t3.tot.new === 0) flags.push('Z1')
  if (t3Zero && t4Zero && t2Cells.every((x) => Number(x) === 0)) flags.push('Z3')
  if (r.proactive <= 5) flags.push('Z5')
  return flags.sort()
}
