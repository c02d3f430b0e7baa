// Files → parser (worker) → staged records → one transaction. Nothing of a batch is written unless
// all of its writes succeed, so a failure or a cancel leaves the database as it was.
import { db, putReports, replaceFindings, type StoredReport, type StoredText } from '../db/index.ts'
import type { ParserClient } from './parser-client.ts'
import type { AnalyzedFile } from '../worker/protocol.ts'
import { computeCountyFindings } from './findings.ts'
import { UNKNOWN_COUNTY, toReportId } from './report-id.ts'

export interface ImportInput { name: string; read(): Promise<ArrayBuffer> }
export type FileOutcome = 'imported' | 'replaced' | 'skipped' | 'failed' | 'cancelled'
export interface FileResult {
  /** The report's file name (inside a ZIP: the entry's name). */
  name: string
  /** The imported file it came from (the ZIP itself for archive entries). */
  source: string
  outcome: FileOutcome
  reason?: string
  reportId?: string
}
export interface ImportProgress {
  phase: 'parsing' | 'writing' | 'done'
  done: number
  total: number
  current: string | null
  /** Estimated milliseconds left, null until the first file is done. */
  etaMs: number | null
}
export interface ImportFilesOptions {
  parser: ParserClient
  onProgress?: (p: ImportProgress) => void
  signal?: AbortSignal
  /** Asked once when files would replace stored reports; the answer applies to all of them. */
  confirmReplace?: (names: string[]) => Promise<boolean>
  /** Marks the reports as 示例数据. @default false */
  demo?: boolean
}
export interface ImportFilesResult { results: FileResult[]; cancelled: boolean; counties: string[] }

interface Staged { name: string; source: string; report: StoredReport; text: StoredText }

const isAbort = (e: unknown) => e instanceof Error && (e.name === 'AbortError' || e.message === '导入已取消')

/** Turns a parsed file into a stored row, or a Chinese reason why it cannot be stored. */
function toStaged(a: AnalyzedFile, source: string, demo: boolean): Staged | string {
  if (!a.ok) return a.error
  const r = a.parsed.record
  if (!r.unit) return '未能识别乡镇（街道）名称'
  if (!r.year) return '未能识别报告年度'
  const county = r.county ?? UNKNOWN_COUNTY
  const id = toReportId(county, r.year, r.unit)
  return {
    name: a.name,
    source,
    report: { id, county, year: r.year, unit: r.unit, file: r.file, format: a.format, importedAt: new Date().toISOString(), demo: demo ? 1 : 0, record: r },
    text: { id, text: a.parsed.text, sources: a.parsed.sources },
  }
}

async function parseAll(inputs: readonly ImportInput[], o: ImportFilesOptions, results: FileResult[]): Promise<Staged[]> {
  const staged = new Map<string, Staged>()
  const started = Date.now()
  for (let i = 0; i < inputs.length; i++) {
    if (o.signal?.aborted) throw new DOMException('导入已取消', 'AbortError')
    const input = inputs[i]
    const etaMs = i === 0 ? null : ((Date.now() - started) / i) * (inputs.length - i)
    o.onProgress?.({ phase: 'parsing', done: i, total: inputs.length, current: input.name, etaMs })
    let analyzed: AnalyzedFile[]
    try {
      analyzed = await o.parser.analyze(input.name, await input.read())
    } catch (e) {
      if (isAbort(e) || o.signal?.aborted) throw e
      analyzed = [{ ok: false, name: input.name, error: `读取文件失败（${e instanceof Error ? e.message : String(e)}）` }]
    }
    for (const a of analyzed) {
      const s = toStaged(a, input.name, o.demo ?? false)
      if (typeof s === 'string') results.push({ name: a.name, source: input.name, outcome: 'failed', reason: s })
      else if (staged.has(s.report.id)) {
        results.push({ name: a.name, source: input.name, outcome: 'failed', reason: `与本批次的 ${staged.get(s.report.id)!.name} 是同一单位同一年度` })
      } else staged.set(s.report.id, s)
    }
  }
  return [...staged.values()]
}

/** Imports report files: parse each in the worker, ask once about replacements, then write all in one transaction. */
export async function importFiles(inputs: readonly ImportInput[], o: ImportFilesOptions): Promise<ImportFilesResult> {
  const results: FileResult[] = []
  const onAbort = () => o.parser.cancel()
  o.signal?.addEventListener('abort', onAbort)
  const cancelAll = (): ImportFilesResult => ({
    cancelled: true, counties: [],
    results: inputs.map((f) => ({ name: f.name, source: f.name, outcome: 'cancelled', reason: '已取消，未写入任何数据' })),
  })
  try {
    const staged = await parseAll(inputs, o, results)
    const existing = await db.reports.bulkGet(staged.map((s) => s.report.id))
    const conflicts = staged.filter((_, i) => existing[i])
    const replace = conflicts.length === 0 || (await (o.confirmReplace?.(conflicts.map((c) => c.name)) ?? Promise.resolve(true)))
    const skipped = new Set(replace ? [] : conflicts.map((c) => c.report.id))
    const toWrite = staged.filter((s) => !skipped.has(s.report.id))
    o.onProgress?.({ phase: 'writing', done: inputs.length, total: inputs.length, current: null, etaMs: 0 })
    const counties = [...new Set(toWrite.map((s) => s.report.county))]
    const findings = await Promise.all(counties.map((c) => computeCountyFindings(c, o.parser, { staged: toWrite })))
    if (o.signal?.aborted) throw new DOMException('导入已取消', 'AbortError')
    await db.transaction('rw', [db.reports, db.texts, db.findings], async () => {
      await putReports(toWrite, { signal: o.signal })
      for (let i = 0; i < counties.length; i++) await replaceFindings(counties[i], findings[i])
    })
    const replacedIds = new Set(conflicts.map((c) => c.report.id))
    for (const s of staged) {
      const outcome: FileOutcome = skipped.has(s.report.id) ? 'skipped' : replacedIds.has(s.report.id) ? 'replaced' : 'imported'
      results.push({ name: s.name, source: s.source, outcome, reportId: s.report.id, reason: outcome === 'skipped' ? '已存在同一单位同一年度的报告，未替换' : undefined })
    }
    o.onProgress?.({ phase: 'done', done: inputs.length, total: inputs.length, current: null, etaMs: 0 })
    return { results: orderLike(inputs, results), cancelled: false, counties }
  } catch (e) {
    if (isAbort(e) || o.signal?.aborted) return cancelAll()
    const reason = `写入数据库失败，本批次未写入任何数据（${e instanceof Error ? e.message : String(e)}）`
    return { cancelled: false, counties: [], results: inputs.map((f) => ({ name: f.name, source: f.name, outcome: 'failed', reason })) }
  } finally {
    o.signal?.removeEventListener('abort', onAbort)
  }
}

function orderLike(inputs: readonly ImportInput[], results: FileResult[]): FileResult[] {
  const rank = new Map(inputs.map((f, i) => [f.name, i]))
  return [...results].sort((a, b) => (rank.get(a.source) ?? 0) - (rank.get(b.source) ?? 0))
}
