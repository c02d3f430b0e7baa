// Scoring for evaluation committees (考评): rubric model, validation, facts, scores, raters. Pure TS.
export type * from './rubric.ts'
export { createDefaultRubric } from './default-rubric.ts'
export { validateRubric, type RubricIssue } from './validate-rubric.ts'
export { restoreRubric } from './restore-rubric.ts'
export { buildScoreFacts, type ScoreFacts, type ScoreFactsOptions, type ScoreReport } from './facts.ts'
export { percentileOf, type BreakdownLine, type SectionScore } from './section-scores.ts'
export { scoreFacts, scoreUnits, gradeOf, type ScoreOptions, type ScoreResult, type UnitScore, type VetoHit } from './score-units.ts'
export { checkAdjustment, reconcileTotals, type Adjustment, type Agreement, type RaterEntry, type RaterSheet, type RaterTotal, type Reconciled } from './raters.ts'
