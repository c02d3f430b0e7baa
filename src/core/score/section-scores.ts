// Scores one rubric section for one report's facts, with a breakdown line for every point lost or earned.
import type { Finding } from '../model/finding.ts'
import type {
  ChannelsSection, ChecklistSection, CompletenessCheck, DeductionSection, PeerPercentileSection, RubricSection,
  SimilaritySection, TimelinessSection,
} from './rubric.ts'
import type { ScoreFacts } from './facts.ts'
import { findRule } from '../rules/index.ts'
import { CHANNEL_LABELS } from '../model/labels.ts'

/** One reason for points: a finding or a figure, and the points it cost (negative) or earned. */
export interface BreakdownLine {
  text: string
  points: number
  rule?: string
  finding?: Finding
}

export interface SectionScore {
  id: string
  label: string
  weight: number
  points: number
  lines: BreakdownLine[]
  /** True when a rater set the points by hand. */
  manual?: boolean
}

/** The peer group of a section that scores relative to the county and year. */
export interface PeerContext { proactive: number[] }

const round2 = (x: number) => Math.round(x * 100) / 100
const pct = (x: number) => `${Math.round(x * 100)}%`
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x))

function timeliness(s: TimelinessSection, f: ScoreFacts): [number, BreakdownLine[]] {
  if (f.daysLate === null) {
    const off = Math.min(s.weight, s.undatedDeduction)
    return [s.weight - off, [{ text: `报告未载明发布日期，无法核对（截止 ${f.deadline}）`, points: -off }]]
  }
  if (f.daysLate <= 0) return [s.weight, [{ text: `${f.publishedAt} 发布，按时（截止 ${f.deadline}）`, points: 0 }]]
  const weeks = Math.ceil(f.daysLate / 7)
  const off = Math.min(s.weight, weeks * s.perWeekLate)
  return [s.weight - off, [{ text: `${f.publishedAt} 发布，晚于截止日期 ${f.deadline} ${f.daysLate} 天（${weeks} 周）`, points: -off, rule: 'Z7' }]]
}

const hasRule = (f: ScoreFacts, rule: string) => f.findings.some((x) => x.rule === rule)

function checkPasses(check: CompletenessCheck, f: ScoreFacts): [boolean, string] {
  switch (check) {
    case 'sixSections': {
      const ok = f.sixSections ?? !hasRule(f, 'V-F-02')
      return [ok, ok ? '六个部分齐全' : '缺少部分章节或顺序不对']
    }
    case 'tablesPresent': return [f.tablesPresent, f.tablesPresent ? '表二、三、四齐全' : '缺少表格']
    case 'noBlankTables': {
      const ok = f.tablesPresent && f.blankTables.length === 0
      return [ok, ok ? '无空表' : f.blankTables.length ? `空表：${f.blankTables.join('、')}` : '缺少表格，无法判断']
    }
    case 'feeStatement': return [f.feeStatement === true, f.feeStatement ? '第六部分说明了信息处理费' : '第六部分未说明信息处理费（或无原文）']
  }
}

function checklist(s: ChecklistSection, f: ScoreFacts): [number, BreakdownLine[]] {
  let points = 0
  const lines = s.items.map((it) => {
    const [ok, text] = checkPasses(it.check, f)
    if (ok) points += it.points
    return { text: `${it.label}：${text}`, points: ok ? it.points : -it.points }
  })
  return [points, lines]
}

function deductions(s: DeductionSection, f: ScoreFacts): [number, BreakdownLine[]] {
  const lines: BreakdownLine[] = []
  for (const d of s.deductions) {
    if (d.rule) {
      for (const finding of f.findings.filter((x) => x.rule === d.rule)) {
        lines.push({ text: `${d.rule} ${findRule(d.rule)?.title ?? ''}：${finding.message}`, points: -d.points, rule: d.rule, finding })
      }
    } else if (d.figure === 't4Corrected' && f.t4Corrected > 0) {
      lines.push({ text: `表四 复议诉讼被纠正 ${f.t4Corrected} 件`, points: -d.points * f.t4Corrected })
    }
  }
  const lost = -lines.reduce((a, l) => a + l.points, 0)
  if (!lines.length) lines.push({ text: '未发现扣分情形', points: 0 })
  return [Math.max(0, s.weight - lost), lines]
}

function similarity(s: SimilaritySection, f: ScoreFacts): [number, BreakdownLine[]] {
  const cands = [f.similarityPrev, f.similarityPeer].filter((x) => x !== null)
  if (!cands.length) {
    const copied = f.findings.find((x) => x.rule === 'Z6')
    if (copied) return [0, [{ text: `Z6 复制年报：${copied.message}`, points: -s.weight, rule: 'Z6', finding: copied }]]
    return [s.weight, [{ text: '无可比较的上年或同年报告原文', points: 0 }]]
  }
  const top = cands.reduce((a, b) => (b.value > a.value ? b : a))
  const band = s.bands.find((b) => top.value < b.below)
  const points = Math.min(s.weight, band?.points ?? 0)
  return [points, [{ text: `第一、五部分与${top.with}最高相似度 ${pct(top.value)}`, points: points - s.weight, rule: top.value >= 0.9 ? 'Z6' : undefined }]]
}

/** Mid-rank percentile of v among values (0 = lowest, 1 = highest; ties share; one value alone is 1). */
export function percentileOf(v: number, values: readonly number[]): number {
  if (values.length <= 1) return 1
  const below = values.filter((x) => x < v).length
  const equal = values.filter((x) => x === v).length
  return clamp((below + (equal - 1) / 2) / (values.length - 1), 0, 1)
}

function peerPercentile(s: PeerPercentileSection, f: ScoreFacts, peers: PeerContext): [number, BreakdownLine[]] {
  if (f.proactive === null) return [0, [{ text: '报告未载明主动公开总数，不参与同级比较', points: -s.weight, rule: 'Z5' }]]
  const p = percentileOf(f.proactive, peers.proactive)
  const rank = peers.proactive.filter((x) => x > f.proactive!).length + 1
  const points = round2(s.weight * p)
  return [points, [{ text: `主动公开 ${f.proactive} 条（报告自述），县内同年 ${peers.proactive.length} 个单位中第 ${rank} 位，百分位 ${pct(p)}`, points: round2(points - s.weight) }]]
}

function channels(s: ChannelsSection, f: ScoreFacts): [number, BreakdownLine[]] {
  const points = Math.min(s.weight, s.perChannel * f.channels.length)
  const names = f.channels.map((c) => CHANNEL_LABELS[c]).join('、') || '无'
  return [points, [{ text: `报告提到 ${f.channels.length} 类在用渠道：${names}`, points: points - s.weight }]]
}

/** The points of one section for one report, with the reasons. */
export function scoreSection(s: RubricSection, f: ScoreFacts, peers: PeerContext): SectionScore {
  if (f.missing) return { id: s.id, label: s.label, weight: s.weight, points: 0, lines: [{ text: '缺报：没有报告', points: -s.weight, rule: 'Z7' }] }
  const [points, lines] = s.kind === 'timeliness' ? timeliness(s, f)
    : s.kind === 'checklist' ? checklist(s, f)
    : s.kind === 'deductions' ? deductions(s, f)
    : s.kind === 'similarity' ? similarity(s, f)
    : s.kind === 'peerPercentile' ? peerPercentile(s, f, peers)
    : channels(s, f)
  return { id: s.id, label: s.label, weight: s.weight, points: round2(clamp(points, 0, s.weight)), lines }
}
