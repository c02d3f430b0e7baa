import { readFileSync } from 'node:fs'
import { CliError } from '../cli-error.ts'
import { parseFile } from '../parse-files.ts'
import { listInputFiles } from '../read-inputs.ts'
import type { Finding } from '../../core/model/finding.ts'
import type { ParsedReport } from '../../core/model/report.ts'
import {
  findRule, runCrossRules, runReportRules, sortFindings, SEVERITY_LABELS, type DeadlineOptions,
} from '../../core/rules/index.ts'

export interface CheckCommandValues {
  /** Print one JSON array of findings. @default false */
  json?: boolean
  /** A units.json file: {"county": "...", "units": ["...", ...]}. */
  units?: string
  /** The default deadline "MM-DD" of year N+1, or a deadlines.json file ({"default", "rules": [{region, year, date}]}). */
  deadline?: string
}

interface UnitList { county?: string; units: string[] }

function readJson(path: string, what: string): unknown {
  try { return JSON.parse(readFileSync(path, 'utf8')) } catch (e) {
    throw new CliError(`无法读取${what} ${path}（${e instanceof Error ? e.message : String(e)}）`)
  }
}

function readUnits(path: string | undefined): UnitList | null {
  if (!path) return null
  const data = readJson(path, '单位名单') as Partial<UnitList>
  if (!Array.isArray(data.units) || !data.units.every((u) => typeof u === 'string')) throw new CliError(`单位名单 ${path} 应为 {"county": "...", "units": ["...", ...]}`)
  return { county: typeof data.county === 'string' ? data.county : undefined, units: data.units }
}

function readDeadlines(value: string | undefined): DeadlineOptions {
  if (!value) return {}
  if (/^\d{2}-\d{2}$/.test(value)) return { default: value }
  if (value.endsWith('.json')) return readJson(value, '截止日期设置') as DeadlineOptions
  throw new CliError(`--deadline 应为 MM-DD（如 01-31）或 deadlines.json 文件，收到：${value}`)
}

/** Cross-report findings: one run per county (or one run over the county of the unit list). */
function crossFindings(reports: ParsedReport[], list: UnitList | null, deadlines: DeadlineOptions): Finding[] {
  if (list) return runCrossRules(reports, { units: list.units, county: list.county, deadlines })
  const byCounty = new Map<string, ParsedReport[]>()
  for (const r of reports) {
    // A report that never names its county is compared only with its own unit's other years.
    const key = r.record.county ?? `?${r.record.unit ?? r.record.file}`
    byCounty.set(key, [...(byCounty.get(key) ?? []), r])
  }
  return [...byCounty.values()].flatMap((group) => runCrossRules(group, { deadlines }))
}

function formatFindings(findings: Finding[]): string {
  const lines: string[] = []
  let unit: string | null | undefined, year: number | null | undefined
  for (const f of findings) {
    if (f.unit !== unit) { lines.push('', f.unit ?? '（未识别单位）'); unit = f.unit; year = undefined }
    if (f.year !== year) { lines.push(`  ${f.year ?? '（年度不明）'} 年${f.file ? `（${f.file}）` : '（无报告）'}`); year = f.year }
    lines.push(`    [${SEVERITY_LABELS[f.severity]}] ${f.rule} ${findRule(f.rule)?.title ?? ''}：${f.message}`)
  }
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length
  lines.push('', `共 ${findings.length} 条：错误 ${count('ERROR')}，警告 ${count('WARN')}，提示 ${count('INFO')}`)
  return lines.join('\n').trimStart()
}

/**
 * `nianbao check [--json] [--units units.json] [--deadline MM-DD|deadlines.json] PATH...`: parses the reports,
 * runs the per-report and cross-report rules and prints every finding by unit and year.
 * Exit code 1 when a file could not be parsed, else 0 (findings are results, not failures).
 */
export async function run(paths: string[], values: CheckCommandValues): Promise<number> {
  if (!paths.length) throw new CliError('check 需要至少一个文件或文件夹')
  const list = readUnits(values.units)
  const deadlines = readDeadlines(values.deadline)
  const reports: ParsedReport[] = []
  let failed = 0
  for (const file of listInputFiles(paths)) {
    const result = await parseFile(file)
    if (result.ok) reports.push(result)
    else { failed++; process.stderr.write(`✗ ${result.error}\n`) }
  }
  const findings = sortFindings([...reports.flatMap((r) => runReportRules(r)), ...crossFindings(reports, list, deadlines)])
  process.stdout.write((values.json ? JSON.stringify(findings, null, 1) : formatFindings(findings)) + '\n')
  return failed ? 1 : 0
}
