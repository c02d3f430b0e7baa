import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { CliError } from '../cli-error.ts'
import { parseFile } from '../parse-files.ts'
import { listInputFiles } from '../read-inputs.ts'
import { findCjkFont } from '../cjk-font.ts'
import { renderChartSvg, renderSvgToPng } from '../render-chart.ts'
import { buildStandardCharts } from '../standard-charts.ts'
import type { ParsedReport } from '../../core/model/report.ts'
import { runCrossRules, runReportRules } from '../../core/rules/index.ts'
import { createDefaultRubric, scoreUnits } from '../../core/score/index.ts'

export interface ExportCommandValues {
  /** Folder for the images. @default '.' */
  out?: string
  /** Only this statistical year. */
  year?: string
}

const UNKNOWN_COUNTY = '未识别县区'
const SAFE_NAME_RE = /[\\/:*?"<>|\s]+/g

function groupByCounty(reports: ParsedReport[]): Map<string, ParsedReport[]> {
  const out = new Map<string, ParsedReport[]>()
  for (const r of reports) {
    const county = r.record.county ?? UNKNOWN_COUNTY
    out.set(county, [...(out.get(county) ?? []), r])
  }
  return out
}

function parseYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const y = Number(value)
  if (!Number.isInteger(y) || y < 2000 || y > 2100) throw new CliError(`--year 应为四位年份，收到：${value}`)
  return y
}

async function parseAll(paths: string[]): Promise<{ reports: ParsedReport[]; failed: number }> {
  const reports: ParsedReport[] = []
  let failed = 0
  for (const file of listInputFiles(paths)) {
    const result = await parseFile(file)
    if (result.ok) reports.push(result)
    else { failed++; process.stderr.write(`✗ ${result.error}\n`) }
  }
  return { reports, failed }
}

/**
 * `nianbao export --out DIR [--year N] PATH...`: parses the reports and renders the standard charts of each
 * county and year to SVG and PNG (2×, white, CJK font) in DIR, without a browser. Exit 1 when a file failed.
 */
export async function run(paths: string[], values: ExportCommandValues): Promise<number> {
  if (!paths.length) throw new CliError('export 需要至少一个文件或文件夹')
  const year = parseYear(values.year)
  const font = findCjkFont()
  const out = resolve(values.out ?? '.')
  const { reports, failed } = await parseAll(paths)
  const rubric = createDefaultRubric()
  mkdirSync(out, { recursive: true })
  let written = 0
  for (const [county, group] of groupByCounty(reports)) {
    const findings = [...group.flatMap((r) => runReportRules(r)), ...runCrossRules(group, county === UNKNOWN_COUNTY ? {} : { county })]
    const scores = scoreUnits(rubric, group, findings).units
    const years = [...new Set(group.map((r) => r.record.year).filter((y): y is number => y !== null))].sort()
    for (const y of years.filter((y) => year === undefined || y === year)) {
      const charts = buildStandardCharts({ county, year: y, reports: group.filter((r) => r.record.year === y), findings, scores, rubric })
      for (const chart of charts) {
        const base = join(out, `${county}-${y}-${chart.id}`.replace(SAFE_NAME_RE, '_'))
        const svg = renderChartSvg(chart.option, chart.width, chart.height)
        writeFileSync(`${base}.svg`, svg)
        writeFileSync(`${base}.png`, renderSvgToPng(svg, font))
        process.stdout.write(`${base}.png\n${base}.svg\n`)
        written += 2
      }
    }
  }
  if (!written) throw new CliError(year === undefined ? '没有可导出的报告（未识别出年度）' : `没有 ${year} 年度的报告`, failed ? 1 : 2)
  process.stderr.write(`已写出 ${written} 个文件到 ${out}（字体：${font.file}）\n`)
  return failed ? 1 : 0
}
