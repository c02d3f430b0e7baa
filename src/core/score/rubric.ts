// The scoring rubric (DOMAIN §3.4): weighted sections, per-rule deductions, veto caps, bonus items and
// grade cut-offs. A rubric is plain data, so it can be edited in a form, stored and exported as a file.
import type { RuleId } from '../model/finding.ts'

/** Figures of a report that a deduction may be based on (not findings). */
export type ScoreFigure = 't4Corrected'

/** A deduction from a section: `points` per finding of `rule`, or per unit of a figure. */
export interface Deduction {
  rule?: RuleId
  figure?: ScoreFigure
  points: number
}

/** The checks a completeness section can award points for. */
export type CompletenessCheck = 'sixSections' | 'tablesPresent' | 'noBlankTables' | 'feeStatement'

export interface ChecklistItem { check: CompletenessCheck; label: string; points: number }

/** A similarity band: up to (excluding) `below`, the section earns `points`. */
export interface SimilarityBand { below: number; points: number }

interface SectionBase { id: string; label: string; weight: number }

/** On time: full weight; late: `perWeekLate` off for each started week after the deadline. */
export interface TimelinessSection extends SectionBase {
  kind: 'timeliness'
  perWeekLate: number
  /** Points off when the report states no publication date. @default 0 */
  undatedDeduction: number
}
/** Points per item of a checklist; the items' points add up to the weight. */
export interface ChecklistSection extends SectionBase { kind: 'checklist'; items: ChecklistItem[] }
/** The weight minus per-finding (or per-figure) deductions, never below 0. */
export interface DeductionSection extends SectionBase { kind: 'deductions'; deductions: Deduction[] }
/** Points by text similarity to the unit's previous report (bands in ascending order). */
export interface SimilaritySection extends SectionBase { kind: 'similarity'; bands: SimilarityBand[] }
/** The weight times the unit's percentile among the same county and year (proactive total). */
export interface PeerPercentileSection extends SectionBase { kind: 'peerPercentile' }
/** `perChannel` points for each channel type the report names as active, up to the weight. */
export interface ChannelsSection extends SectionBase { kind: 'channels'; perChannel: number }

export type RubricSection =
  | TimelinessSection | ChecklistSection | DeductionSection | SimilaritySection | PeerPercentileSection | ChannelsSection
export type SectionKind = RubricSection['kind']

/** A veto caps the total: a missing report, a rule that fired, or a near-copy of another report. */
export interface Veto {
  id: string
  label: string
  cap: number
  when: { kind: 'missing' } | { kind: 'rule'; rules: RuleId[] } | { kind: 'similarity'; min: number }
}

/** A bonus item: awarded when the named section of the text matches a keyword, or by a rater. */
export interface BonusItem {
  id: string
  label: string
  points: number
  /** 0-based section (一 = 0 … 六 = 5) searched for the keywords. */
  section: number
  keywords: string[]
  /** Section text shorter than this never earns the bonus. @default 0 */
  minChars: number
}

export interface Grade { label: string; min: number }

export interface Rubric {
  /** Name under which the rubric is saved, with its year. */
  name: string
  year: number | null
  scale: number
  sections: RubricSection[]
  vetoes: Veto[]
  bonus: { max: number; items: BonusItem[] }
  /** Grades from the highest cut-off down; below the last one, `failLabel`. */
  grades: Grade[]
  failLabel: string
}
