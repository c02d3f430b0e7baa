// Writes the fictional demo county 示例县 (20 units × 2019–2024) as TXT/HTML/DOCX report files, with its unit list,
// deadlines and the findings the planted cases must raise. With --size N writes N synthetic reports
// (several fictional counties, TXT and HTML only) for benchmarks instead.
//
//   npx tsx scripts/generate-demo.ts                       # data/demo (committed)
//   npx tsx scripts/generate-demo.ts --size 10000 --out data/bench/10k
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { DEMO_COUNTY, DEMO_UNITS, syntheticCounty, syntheticUnit } from './demo/names.ts'
import { DEMO_YEARS, expectedCrossFindings, expectedFlags, makePlans, makeProfiles } from './demo/plan.ts'
import { makeSeries, type DemoReport } from './demo/series.ts'
import { renderReport, type Layout } from './demo/render.ts'
import { makeRng, seedOf } from './demo/rng.ts'

const UNITS_PER_COUNTY = DEMO_UNITS.length
const DEADLINES = {
  default: '01-31',
  rules: [{ region: DEMO_COUNTY, year: 2019, date: '02-20', note: '2019 年度报告因首次使用新格式，县政务公开办统一延至 2月20日' }],
}

/** The share of reports written as DOCX; benchmark sets are TXT and HTML only (the issue measures those). */
const DOCX_SHARE = 0.15

function layoutOf(r: DemoReport, textOnly = false): { layout: Layout; formal: boolean } {
  const rng = makeRng(seedOf(r.unit, r.year, 'layout'))
  // Text-only sets keep the proportions of the other layouts.
  const x = rng.next() * (textOnly ? 1 - DOCX_SHARE : 1)
  return { layout: x < 0.35 ? 'tab' : x < 0.55 ? 'pipe' : x < 1 - DOCX_SHARE ? 'html' : 'docx', formal: rng.chance(0.5) }
}

const EXTENSIONS: Record<Layout, string> = { tab: 'txt', pipe: 'txt', html: 'html', docx: 'docx' }
const fileOf = (r: DemoReport, textOnly = false) => `${r.unit}-${r.year}.${EXTENSIONS[layoutOf(r, textOnly).layout]}`

function buildCounty(county: string, units: ReturnType<typeof syntheticUnit>[]) {
  const profiles = makeProfiles(units, county)
  const plans = makePlans(profiles)
  const series = profiles.map((p, i) => makeSeries(p, DEMO_YEARS, plans[i]))
  return { profiles, series }
}

function writeReports(dir: string, reports: DemoReport[], textOnly = false): void {
  mkdirSync(dir, { recursive: true })
  for (const r of reports) {
    const { layout, formal } = layoutOf(r, textOnly)
    writeFileSync(join(dir, fileOf(r, textOnly)), renderReport(r, layout, formal))
  }
}

function writeDemo(out: string): void {
  rmSync(out, { recursive: true, force: true })
  const { profiles, series } = buildCounty(DEMO_COUNTY, DEMO_UNITS)
  const reports = series.flat()
  writeReports(out, reports)
  const json = (name: string, data: unknown) => writeFileSync(join(out, name), JSON.stringify(data, null, 1) + '\n')
  json('units.json', { county: DEMO_COUNTY, units: profiles.map((p) => p.unit) })
  json('deadlines.json', DEADLINES)
  json('expected-findings.json', {
    county: DEMO_COUNTY,
    note: '虚构的示例县（地名均为虚构）。cross：按 units.json 与 deadlines.json 运行跨报告规则应得到的全部发现；reports：每份报告的 flags。',
    cross: expectedCrossFindings(profiles, series, fileOf),
    reports: Object.fromEntries(reports.map((r) => [fileOf(r), expectedFlags(r)])),
  })
  console.log(`${out}: ${reports.length} 份报告，${profiles.length} 个单位`)
}

function writeBench(out: string, size: number): void {
  let written = 0
  for (let k = 0; written < size; k++) {
    const county = syntheticCounty(k + 1)
    const units = Array.from({ length: UNITS_PER_COUNTY }, (_, j) => syntheticUnit(k * UNITS_PER_COUNTY + j))
    const reports = buildCounty(county, units).series.flat().slice(0, size - written)
    writeReports(join(out, county), reports, true)
    written += reports.length
  }
  console.log(`${out}: ${written} 份报告`)
}

const { values } = parseArgs({ options: { size: { type: 'string' }, out: { type: 'string' } } })
if (values.size) writeBench(values.out ?? `data/bench/${values.size}`, Number(values.size))
else writeDemo(values.out ?? 'data/demo')
