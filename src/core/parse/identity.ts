// Who and when: the unit, its kind, its county and the statistical year, from the report's title
// (or, failing that, from the text), with the span each came from.
import type { SourceSpan, UnitKind } from '../model/report.ts'

export interface Identity {
  unit: string | null
  unitKind: UnitKind | null
  county: string | null
  year: number | null
  sources: Record<string, SourceSpan>
}

const TITLE_RE = /^(.{0,60}?)(\d{4})\s*年\s*(?:度)?\s*(?:的)?\s*(?:政府|政务)?\s*信息\s*(?:公开)?\s*(?:工作)?\s*(?:的)?\s*(?:年度)?\s*(?:工作)?\s*(?:报\s*告|年\s*报)/
/** Titles that put the year first: 「2018年建新镇政府信息公开工作年度报告」. */
const YEAR_FIRST_TITLE_RE = /^()(\d{4})\s*年\s*度?\s*([\u4e00-\u9fa5]{2,30}?)\s*(?:政府|政务)?\s*信息\s*公开.{0,12}(?:报\s*告|年\s*报)/
const UNIT_TAIL_RE = /(?:人民政府|政府|党政办公室|办公室|党委|关于)$/
const UNIT_SUFFIX_RE = /(民族乡|街道办事处|街道|苏木|镇|乡|工作办事处|办事处)$/
const COUNTY_SUFFIX_RE = /(县|市|区|旗|自治县|自治旗|林区|特区)$/
const COUNTY_SPLIT_CHARS = new Set(['县', '市', '区', '旗', '省', '州', '盟'])
/** A county-level name's last character, when an office or site of it follows (示例县人民政府, 示例县门户网站). */
const COUNTY_BEFORE_OFFICE_RE = /(?:自治县|自治旗|县|市|区|旗)(?=人民政府|政府|委|门户网站|政务|融媒体|信息公开|党委|纪委)/g
const COUNTY_SUFFIX_CHARS = new Set(['县', '市', '区', '旗'])
const GENERIC_PLACE_RE = /^(全|本|我|各|该|市|县|区|省|镇|乡|上级|辖|城区|新区|社区|小区|园区|景区|山区|片区|街区|城市|县市|市区|县区)/
/** The title is looked for in the lines of the text's first 4000 characters. */
const TITLE_SEARCH_END = 4000
const YEAR_IN_PERIOD_RE = /(\d{4})年\s*1\s*月\s*1\s*日\s*(?:起)?\s*至\s*(\d{4})\s*年/

/** The kind of a unit from the ending of its name. */
export function detectUnitKind(unit: string): UnitKind {
  if (/街道(办事处)?$/.test(unit)) return 'subdistrict'
  if (/镇$/.test(unit)) return 'town'
  if (/(乡|苏木)$/.test(unit)) return 'township'
  return 'other'
}

/** Splits a title prefix such as 「湛江市遂溪县北坡镇人民政府」 into county and unit. */
function splitPlace(prefix: string): { unit: string; county: string | null; unitAt: number } | null {
  // The place is the run of Chinese characters (digits inside a name, as in 测试12镇, included) just before
  // the year: breadcrumbs, brackets and 关于 are not part of it.
  let place = /[\u4e00-\u9fa5][\u4e00-\u9fa5\d]*$/.exec(prefix.replace(/\s+/g, ''))?.[0] ?? ''
  place = place.replace(/^关于/, '')
  while (UNIT_TAIL_RE.test(place)) place = place.replace(UNIT_TAIL_RE, '')
  if (!UNIT_SUFFIX_RE.test(place)) return null
  // Split points from the right: the unit is the shortest tail whose name has two or more characters;
  // a one-character name (甲镇, 螅镇) only when no split gives a longer one.
  let single: { unit: string; county: string | null; unitAt: number } | null = null
  for (let i = place.length - 2; i >= 0; i--) {
    if (!COUNTY_SPLIT_CHARS.has(place[i])) continue
    const unit = place.slice(i + 1)
    const core = unit.replace(UNIT_SUFFIX_RE, '')
    const found = { unit: unit.replace(/街道办事处$/, '街道'), county: lastCounty(place.slice(0, i + 1)), unitAt: prefix.lastIndexOf(unit[0]) }
    if (core.length >= 2) return found
    if (core.length === 1 && !single && i >= 2) single = found
  }
  if (single) return single
  const unit = place.replace(/^.*?(?:省|自治区)/, '').replace(/街道办事处$/, '街道')
  if (unit.replace(UNIT_SUFFIX_RE, '') === '') return null
  return { unit, county: null, unitAt: Math.max(0, prefix.indexOf(unit)) }
}

/** The last county-level name in a string of places (「湛江市遂溪县」 → 遂溪县). */
function lastCounty(places: string): string | null {
  if (!COUNTY_SUFFIX_RE.test(places)) return null
  const cut = places.replace(/^.*?(?:省|自治区)/, '')
  const parts = cut.match(/[\u4e00-\u9fa5]+?(?:自治县|自治旗|经济技术开发区|开发区|新区|县|市|区|旗|州|盟)/g) ?? [cut]
  const last = parts[parts.length - 1]
  return last.length >= 2 ? last : null
}

/** Words that stand before a place name in a sentence and are not part of it. */
const LEADING_WORD_RE = /^(?:其中|请与|位于|通过|依托|按照|根据|依据|联系|登录|关注|同时|以及|并在|并|在|与|由|经|为|向|对|从|于|及|和|将|是|的|据|至|即|到)(?=[\u4e00-\u9fa5]{2})/

// Module functions, not closures made for every report.
const addCount = (counts: Map<number, number>, key: number) => counts.set(key, (counts.get(key) ?? 0) + 1)

/** How often `name` occurs in the text, up to 50. */
function countOf(text: string, name: string): number {
  let n = 0
  for (let i = text.indexOf(name); i >= 0 && n < 50; i = text.indexOf(name, i + 1)) n++
  return n
}

/** The best reading of a county name that the text writes before 人民政府/政府网站… or before the unit's name. */
function countyFromText(text: string, unit: string | null): string | null {
  const tails = new Map<number, number>()
  COUNTY_BEFORE_OFFICE_RE.lastIndex = 0
  for (let m = COUNTY_BEFORE_OFFICE_RE.exec(text); m; m = COUNTY_BEFORE_OFFICE_RE.exec(text)) addCount(tails, m.index + m[0].length)
  if (unit) {
    for (let i = text.indexOf(unit, 1); i > 0; i = text.indexOf(unit, i + 1)) if (COUNTY_SUFFIX_CHARS.has(text[i - 1])) addCount(tails, i)
  }
  const scores = new Map<string, number>()
  for (const end of tails.keys()) {
    const before = text.slice(Math.max(0, end - 14), end)
    const run = /[\u4e00-\u9fa5]+$/.exec(before)?.[0] ?? ''
    const longest = /自治[县旗]$/.test(run) ? 14 : 6
    for (let len = 2; len <= Math.min(run.length, longest); len++) {
      const name = run.slice(run.length - len)
      if (GENERIC_PLACE_RE.test(name) || (unit && (name.includes(unit) || unit.includes(name)))) continue
      scores.set(name, (scores.get(name) ?? 0) + 1)
    }
  }
  let best: string | null = null, bestScore = 0
  for (const [name, score] of scores) {
    const count = countOf(text, name)
    const weight = Math.min(score, 3) * 10 + count
    if (!/(?:县|市|区|旗)$/.test(name)) continue
    if (weight > bestScore || (weight === bestScore && best && name.length > best.length)) { best = name; bestScore = weight }
  }
  if (!best) return null
  while (LEADING_WORD_RE.test(best)) best = best.replace(LEADING_WORD_RE, '')
  return lastCounty(best) ?? best
}

/** Finds the unit, its kind, the county and the statistical year from the title and the text. */
export function parseIdentity(text: string): Identity {
  const sources: Record<string, SourceSpan> = {}
  let unit: string | null = null, county: string | null = null, year: number | null = null
  // The lines of the first 4000 characters, read one by one: the title is most often in the first few.
  const head = Math.min(text.length, TITLE_SEARCH_END)
  for (let offset = 0, end = 0; offset <= head; offset = end + 1) {
    end = text.indexOf('\n', offset)
    if (end < 0 || end > head) end = head
    const line = text.slice(offset, end)
    const trimmed = line.trim()
    const m = TITLE_RE.exec(trimmed) ?? YEAR_FIRST_TITLE_RE.exec(trimmed)
    const lead = line.length - line.trimStart().length
    if (m) {
      year ??= Number(m[2])
      sources.year ??= { start: offset + lead + m[1].length, end: offset + lead + m[1].length + 4 }
      const place = splitPlace((m[1] || m[3] || '').replace(/^.*[:：|]/, ''))
      if (place && !unit) {
        unit = place.unit
        county = place.county
        const at = text.indexOf(unit, offset)
        if (at >= 0) sources.unit = { start: at, end: at + unit.length }
        break
      }
    }
  }
  if (!unit) {
    const counts = new Map<string, number>()
    for (const m of text.matchAll(/([\u4e00-\u9fa5]{2,8}?(?:民族乡|街道|苏木|镇|乡))(?:人民政府|政府|办事处)/g)) {
      counts.set(m[1], (counts.get(m[1]) ?? 0) + 1)
    }
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]
    if (best) unit = splitPlace(best[0])?.unit ?? best[0]
  }
  if (year === null) {
    const p = YEAR_IN_PERIOD_RE.exec(text)
    if (p) { year = Number(p[1]); sources.year = { start: p.index, end: p.index + 4 } }
  }
  county ??= countyFromText(text, unit)
  if (county) {
    const at = text.indexOf(county)
    if (at >= 0) sources.county = { start: at, end: at + county.length }
  }
  return { unit, unitKind: unit ? detectUnitKind(unit) : null, county, year, sources }
}
