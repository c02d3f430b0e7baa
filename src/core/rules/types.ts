import type { RuleId, Severity } from '../model/finding.ts'
import type { Cell, ParsedReport, SourceSpan } from '../model/report.ts'
import type { DeadlineOptions } from './deadlines.ts'

/** What a rule's check returns: the engine adds id, severity, unit, year, file and spans of the cells. */
export interface RuleHit {
  message: string
  /** Record paths of the cells concerned ("t3.np.new"). */
  cells?: string[]
  /** Explicit spans (e.g. a sentence of the text); default: the source spans of `cells`. */
  spans?: SourceSpan[]
}

/** A hit of a cross-report rule names its unit and year; `report` (when there is one) gives file and spans. */
export interface CrossHit extends RuleHit {
  unit: string | null
  year: number | null
  report?: ParsedReport
}

interface RuleBase {
  id: RuleId
  severity: Severity
  /** Short Chinese title (「零申请」). */
  title: string
  /** One or two Chinese sentences: what the rule checks and why. */
  explanation: string
  /** True for the per-report ids of RULES.md, the only ones listed in a record's `flags`. */
  flag?: boolean
}

/**
 * What the engine works out once per report and hands to every rule, rather than each rule that
 * needs it working it out again on every report.
 */
export interface ReportFacts {
  /** 表三 as a grid (t3-grid.ts), which several rules sum or scan; null without 表三. */
  t3Grid: Cell[][] | null
}

/** A rule over one report. */
export interface ReportRule extends RuleBase {
  scope: 'report'
  check: (report: ParsedReport, facts: ReportFacts) => RuleHit[]
}

/** A county's reports, grouped for the cross-report rules. */
export interface CrossContext {
  reports: ParsedReport[]
  /** unit → year → report (the first one when a unit has two reports for one year). */
  byUnit: Map<string, Map<number, ParsedReport>>
  /** The units that should report (the county list, or those with reports). */
  units: string[]
  /** The years that should be covered: from the earliest to the latest year of the set. */
  years: number[]
  county: string | null
  deadlines: DeadlineOptions
}

/** A rule over all reports of a county (several units and years). */
export interface CrossRule extends RuleBase {
  scope: 'cross'
  check: (context: CrossContext) => CrossHit[]
}

export type Rule = ReportRule | CrossRule
