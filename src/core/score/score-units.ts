// Applies a rubric to reports: section points, bonus, veto caps, raters, adjustments, ranks and grades.
import type { Finding } from '../model/finding.ts'
import type { Rubric } from './rubric.ts'
import { buildScoreFacts, type ScoreFacts, type ScoreFactsOptions, type ScoreReport } from './facts.ts'
import { scoreSection, type BreakdownLine, type PeerContext, type SectionScore } from './section-scores.ts'
import { checkAdjustment, reconcileTotals, type Adjustment, type Agreement, type RaterSheet, type RaterTotal, type Reconciled } from './raters.ts'

export interface VetoHit { id: string; label: string; cap: number; reason: string }

export interface UnitScore {
  county: string
  unit: string
  year: number
  missing: boolean
  file: string | null
  sections: SectionScore[]
  bonus: { points: number; lines: BreakdownLine[] }
  vetoes: VetoHit[]
  /** Sections plus bonus, at most the scale, after veto caps: the computed total. */
  computed: number
  raters: RaterTotal[]
  reconciled: Reconciled
  adjustments: Adjustment[]
  /** The final total: reconciled plus adjustments, within 0 … scale. */
  total: number
  /** 1 for the best of its county and year; equal totals share a rank. */
  rank: number
  grade: string
  previousTotal: number | null
  previousRank: number | null
  /** total − previousTotal, null without a previous year. */
  change: number | null
}

export interface ScoreOptions extends ScoreFactsOptions {
  /** Only units of this year are returned (the year before is scored for the change). Default: every year. */
  year?: number
  raters?: RaterSheet[]
  agreements?: Agreement[]
  adjustments?: Adjustment[]
}

export interface ScoreResult {
  units: UnitScore[]
  /** Chinese messages about inputs that were ignored (an adjustment without a reason …). */
  issues: string[]
}

const round2 = (x: number) => Math.round(x * 100) / 100
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x))
const groupKey = (f: { county: string; year: number }) => `${f.county}|${f.year}`

function bonusOf(rubric: Rubric, f: ScoreFacts, decided?: Record<string, boolean>): { points: number; lines: BreakdownLine[] } {
  if (f.missing) return { points: 0, lines: [] }
  let sum = 0
  const lines: BreakdownLine[] = []
  for (const b of rubric.bonus.items) {
    const text = f.sectionTexts[b.section] ?? ''
    const auto = text.length >= b.minChars && b.keywords.some((k) => k && text.includes(k))
    const on = decided?.[b.id] ?? auto
    if (!on) continue
    sum += b.points
    lines.push({ text: `${b.label}${decided?.[b.id] !== undefined ? '（评分人认定）' : '（按关键词识别）'}`, points: b.points })
  }
  const points = Math.min(sum, rubric.bonus.max)
  if (points < sum) lines.push({ text: `加分上限 ${rubric.bonus.max} 分`, points: points - sum })
  return { points, lines }
}

function vetoesOf(rubric: Rubric, f: ScoreFacts): VetoHit[] {
  return rubric.vetoes.flatMap((v): VetoHit[] => {
    const hit = (reason: string) => [{ id: v.id, label: v.label, cap: v.cap, reason }]
    if (v.when.kind === 'missing') return f.missing ? hit('没有本年度报告') : []
    if (v.when.kind === 'rule') {
      const found = f.findings.find((x) => (v.when as { rules: string[] }).rules.includes(x.rule))
      return found ? hit(`${found.rule}：${found.message}`) : []
    }
    const min = v.when.min
    const s = [f.similarityPrev, f.similarityPeer].find((x) => x && x.value >= min)
    return s ? hit(`与${s.with}相似度 ${Math.round(s.value * 100)}%`) : []
  })
}

/** The computed total of one unit for a rubric, optionally with one rater's hand-set sections and bonus. */
function computeUnit(rubric: Rubric, f: ScoreFacts, peers: PeerContext, sheet?: RaterSheet) {
  const entry = sheet?.entries[f.unit]
  const sections = rubric.sections.map((s) => {
    const auto = scoreSection(s, f, peers)
    const manual = entry?.sections?.[s.id]
    return manual === undefined || !Number.isFinite(manual) ? auto : { ...auto, points: clamp(manual, 0, s.weight), manual: true }
  })
  const bonus = bonusOf(rubric, f, entry?.bonus)
  const vetoes = vetoesOf(rubric, f)
  const raw = Math.min(rubric.scale, sections.reduce((a, s) => a + s.points, 0) + bonus.points)
  const computed = round2(vetoes.reduce((t, v) => Math.min(t, v.cap), raw))
  return { sections, bonus, vetoes, computed }
}

/** The grade of a total: the first cut-off it reaches, else the fail label. */
export function gradeOf(rubric: Rubric, total: number): string {
  return rubric.grades.find((g) => total >= g.min)?.label ?? rubric.failLabel
}

/** Competition ranks ("1, 2, 2, 4") by total within each county and year. */
function assignRanks(units: UnitScore[]): void {
  const groups = new Map<string, UnitScore[]>()
  for (const u of units) groups.set(groupKey(u), [...(groups.get(groupKey(u)) ?? []), u])
  for (const list of groups.values()) {
    for (const u of list) u.rank = list.filter((o) => round2(o.total) > round2(u.total)).length + 1
  }
}

function peerContexts(facts: readonly ScoreFacts[]): Map<string, PeerContext> {
  const out = new Map<string, PeerContext>()
  for (const f of facts) {
    const ctx = out.get(groupKey(f)) ?? { proactive: [] }
    if (!f.missing && f.proactive !== null) ctx.proactive.push(f.proactive)
    out.set(groupKey(f), ctx)
  }
  return out
}

/** Scores precomputed facts (see buildScoreFacts): cheap enough to run on every edit of the rubric. */
export function scoreFacts(rubric: Rubric, facts: readonly ScoreFacts[], options: ScoreOptions = {}): ScoreResult {
  const issues: string[] = []
  const adjustments = (options.adjustments ?? []).filter((a) => {
    const problem = checkAdjustment(a)
    if (problem) issues.push(`${problem}（${a.year} 年，未计入）`)
    return !problem
  })
  const peers = peerContexts(facts)
  const units: UnitScore[] = facts.map((f) => {
    const ctx = peers.get(groupKey(f))!
    const base = computeUnit(rubric, f, ctx)
    const sheets = (options.raters ?? []).filter((s) => s.year === f.year)
    const raters = sheets.map((s) => ({ rater: s.rater, total: computeUnit(rubric, f, ctx, s).computed }))
    const agreement = options.agreements?.find((a) => a.unit === f.unit && a.year === f.year)
    const reconciled = reconcileTotals(base.computed, raters, agreement)
    const own = adjustments.filter((a) => a.unit === f.unit && a.year === f.year)
    const total = round2(clamp(reconciled.value + own.reduce((a, x) => a + x.points, 0), 0, rubric.scale))
    return {
      county: f.county, unit: f.unit, year: f.year, missing: f.missing, file: f.file, ...base, raters, reconciled,
      adjustments: own, total, rank: 0, grade: gradeOf(rubric, total), previousTotal: null, previousRank: null, change: null,
    }
  })
  assignRanks(units)
  const byKey = new Map(units.map((u) => [`${u.county}|${u.year}|${u.unit}`, u]))
  for (const u of units) {
    const prev = byKey.get(`${u.county}|${u.year - 1}|${u.unit}`)
    if (!prev) continue
    u.previousTotal = prev.total
    u.previousRank = prev.rank
    u.change = round2(u.total - prev.total)
  }
  const selected = options.year === undefined ? units : units.filter((u) => u.year === options.year)
  return { units: selected.sort((a, b) => a.county.localeCompare(b.county) || b.year - a.year || a.rank - b.rank || a.unit.localeCompare(b.unit, 'zh-CN')), issues }
}

/**
 * Scores every unit of the given reports with a rubric: per-unit totals, ranks within county and year
 * (ties share a rank), grades, change from the previous year, and a breakdown of why.
 */
export function scoreUnits(rubric: Rubric, reports: readonly ScoreReport[], findings: readonly Finding[], options: ScoreOptions = {}): ScoreResult {
  return scoreFacts(rubric, buildScoreFacts(reports, findings, options), options)
}
