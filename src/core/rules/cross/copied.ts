// Z6: copied report — sections 一 and 五 at least 90% similar to the unit's previous year or to another
// unit's report of the same year (DOMAIN §2.5 V-X-03/V-X-04), years, digits and the unit's name masked.
import type { ParsedReport } from '../../model/report.ts'
import type { CrossRule, CrossContext, CrossHit } from '../types.ts'
import { consecutivePairs } from '../cross-context.ts'
import { findSections } from '../sections.ts'
import { candidatePairs, jaccardAtLeast, type GramSet } from '../similarity.ts'
import { maskedGramSet } from '../masked-grams.ts'

/** Similarity at or above this is a copy. */
export const COPY_THRESHOLD = 0.9
/** Texts shorter than this (masked characters) are not compared: too little to judge. */
export const COPY_MIN_CHARS = 120

/**
 * A report may bring the gram set of its sections 一 and 五 made beforehand (by the import's worker, where
 * the text was at hand): the copy check then needs no text, so a county's texts are not read back.
 */
export interface WithCopyGrams { copyGrams?: GramSet }

/** The sections Z6 compares: 一 (总体情况) and 五 (存在的主要问题及改进情况). */
const COPY_SECTIONS = [0, 4]

/**
 * The gram set Z6 compares for a report's text (sections 一 and 五, masked): gramSet(maskText(sectionText(
 * text, [0, 4]), unit)), made in one pass; empty when too short to judge. Its own copy, not a view.
 */
export function copyGrams(text: string, unit: string | null): GramSet {
  const sections = findSections(text)
  const stretches = COPY_SECTIONS.map((i) => sections[i]).filter((s) => s !== null)
  return maskedGramSet(text, stretches, unit, COPY_MIN_CHARS) ?? new Uint32Array(0)
}

function gramsOf(cache: Map<ParsedReport, GramSet>, r: ParsedReport & WithCopyGrams): GramSet {
  let set = cache.get(r)
  if (!set) {
    set = r.copyGrams ?? copyGrams(r.text, r.record.unit)
    cache.set(r, set)
  }
  return set
}

const pct = (x: number) => `${(x * 100).toFixed(0)}%`

function previousYearHits(context: CrossContext, cache: Map<ParsedReport, GramSet>): CrossHit[] {
  return consecutivePairs(context).flatMap(([prev, cur]) => {
    const a = gramsOf(cache, prev), b = gramsOf(cache, cur)
    const sim = jaccardAtLeast(a, b, COPY_THRESHOLD)
    if (sim === null) return []
    return [{ unit: cur.record.unit, year: cur.record.year, report: cur,
      message: `第一、五部分与本单位 ${prev.record.year} 年报告相似度 ${pct(sim)}（≥ ${pct(COPY_THRESHOLD)}），疑似照搬上年` }]
  })
}

function sameYearHits(context: CrossContext, cache: Map<ParsedReport, GramSet>): CrossHit[] {
  const byYear = new Map<number, ParsedReport[]>()
  for (const unit of [...context.byUnit.keys()].sort()) {
    for (const [year, r] of context.byUnit.get(unit)!) byYear.set(year, [...(byYear.get(year) ?? []), r])
  }
  const hits: CrossHit[] = []
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    const reports = byYear.get(year)!
    const sets = reports.map((r) => gramsOf(cache, r))
    for (const [i, j] of candidatePairs(sets)) {
      const sim = jaccardAtLeast(sets[i], sets[j], COPY_THRESHOLD)
      if (sim === null) continue
      for (const [r, other] of [[reports[i], reports[j]], [reports[j], reports[i]]]) {
        hits.push({ unit: r.record.unit, year, report: r,
          message: `第一、五部分与${other.record.unit}同年报告相似度 ${pct(sim)}（≥ ${pct(COPY_THRESHOLD)}），疑似雷同` })
      }
    }
  }
  return hits
}

export const COPIED_RULE: CrossRule = {
  id: 'Z6', severity: 'WARN', scope: 'cross', title: '复制年报',
  explanation: `第一部分（总体情况）和第五部分（问题及改进）与本单位上年或其他单位同年报告的相似度达到 ${COPY_THRESHOLD * 100}%（年份、数字、单位名称不计）。`,
  check: (context) => {
    const cache = new Map<ParsedReport, GramSet>()
    return [...previousYearHits(context, cache), ...sameYearHits(context, cache)]
  },
}
