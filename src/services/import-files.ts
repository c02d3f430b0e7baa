// Files → parser workers → staged rows → IndexedDB. A batch of up to ROWS_PER_COMMIT reports is written
// in one transaction together with its findings, so a failure or a cancel leaves the database as it was.
// A larger batch is committed in chunks (that size, then doubling up to MAX_ROWS_PER_COMMIT: every commit
// makes the open screens re-read the database; near the end they shrink again, see chunkLimit) while
// parsing goes on, each chunk one transaction of
// whole reports (numbers and text) that also marks its counties. A county that a chunk no longer touches
// (reports usually come county by county) has its findings computed while parsing goes on; the others
// after the last chunk, or at the next start when the page was closed in between. Nothing is ever half
// written, and a county that gets more reports after its findings were computed stays pending.
import { db, getReports, putReports, replaceFindings, storedCounties, withRecord, type ReportRow, type StoredFinding, type StoredText } from '../db/index.ts'
import { isWorkerLost, type FileBytes, type ParserClient } from './parser-client.ts'
import type { AnalyzedFile } from '../worker/protocol.ts'
import { computeCountyFindings, type HeldReport } from './findings.ts'
import { markFindingsPending, recomputePendingFindings, settleCounties, type CountyToSettle } from './findings-pending.ts'
import { UNKNOWN_COUNTY, toReportId } from './report-id.ts'
import type { GramSet } from '../core/rules/similarity.ts'
import { toStoredFinding } from './rules-adapter.ts'

export interface ImportInput {
  name: string
  /** The size in bytes when known before reading (File.size): a file over the limit is never read. */
  size?: number
  read(): Promise<ArrayBuffer>
  /**
   * The file itself, when it is one (a browser File): the files of a group are then read in one go, as
   * one Blob of them all. Chromium spends about 0.7 ms of CPU on each File it reads (a message to the
   * browser process, which opens the file); a group read as one costs about half that a file.
   */
  blob?: Blob
}

const MB = 1024 * 1024
/** Reports in the first write transaction; a batch up to this size is all-or-nothing. */
export const ROWS_PER_COMMIT = 500
/** Largest chunk: about 60 MB of staged reports, and 25 commits for 50,000 files instead of 100. */
export const MAX_ROWS_PER_COMMIT = 2000
/** Largest file read: a report is a few MB at most, a ZIP of a county's reports well under this. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024
/**
 * Most reports kept in memory for their counties' findings (record and copy grams, a few KB each). Reports
 * usually come county by county, so a county is settled and let go long before; past this, a county's
 * findings read its reports back from the database instead.
 */
export const MAX_HELD_REPORTS = 10_000
/**
 * Files read and parsed ahead of the one being staged, so that the workers stay busy while the page is
 * busy writing a chunk (8 left them idle for most of each write: a 10,000-file import took 20% longer):
 * four groups.
 */
const READ_AHEAD_FILES = 128
/** …but no more bytes ahead than this (by File.size), so a folder of large PDFs is not all in memory. */
const READ_AHEAD_BYTES = 64 * MB
const PROGRESS_EVERY_MS = 100
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
  phase: 'parsing' | 'writing' | 'findings' | 'done'
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

/**
 * A report ready to write, with the per-report findings the worker made for it. Its record stays the JSON
 * text the worker sent until a county's findings need it (withRecord): it is stored as that text.
 */
interface Staged { name: string; source: string; report: ReportRow; recordJson: string; text: StoredText; findings: StoredFinding[]; copyGrams: GramSet }


const isAbort = (e: unknown) => e instanceof Error && (e.name === 'AbortError' || e.message === '导入已取消')
const abortError = () => new DOMException('导入已取消', 'AbortError')
const isQuota = (e: unknown) => e instanceof Error && (e.name === 'QuotaExceededError' || (e as { inner?: Error }).inner?.name === 'QuotaExceededError')

/** Why a write failed, in Chinese: a full disk or browser quota gets its own advice. */
function writeFailure(e: unknown, committed: number): string {
  const kept = committed ? `此前已写入的 ${committed} 份报告完整保留，其余未写入` : '本批次未写入任何数据'
  if (isQuota(e)) return `浏览器存储空间已满（QuotaExceededError），${kept}。请先导出备份、删除不需要的数据或释放磁盘空间后，再导入其余文件`
  return `写入数据库失败，${kept}（${e instanceof Error ? e.message : String(e)}）`
}

/** Turns a parsed file into a stored row, or a Chinese reason why it cannot be stored. */
function toStaged(a: AnalyzedFile, source: string, demo: boolean): Staged | string {
  if (!a.ok) return a.error
  const r = a.parsed
  if (!r.unit) return '未能识别乡镇（街道）名称'
  if (!r.year) return '未能识别报告年度'
  const county = r.county ?? UNKNOWN_COUNTY
  const id = toReportId(county, r.year, r.unit)
  return {
    name: a.name,
    source,
    report: { id, county, year: r.year, unit: r.unit, file: r.file, format: a.format, importedAt: new Date().toISOString(), demo: demo ? 1 : 0 },
    recordJson: r.recordJson,
    text: { id, text: r.text },
    findings: a.findings.map((f) => toStoredFinding(f, county, new Map([[r.file, id]]))),
    copyGrams: a.copyGrams,
  }
}

/** Reads one input under the size limit: its bytes, or the failed result that takes its place. */
async function readInput(input: ImportInput, o: ImportFilesOptions): Promise<ArrayBuffer | AnalyzedFile[]> {
  const tooBig = (bytes: number): AnalyzedFile[] => [{
    ok: false, name: input.name,
    error: `${input.name}：文件过大（${Math.ceil(bytes / MB)} MB），超过单个文件 ${MAX_FILE_BYTES / MB} MB 的上限，未导入`,
  }]
  if ((input.size ?? 0) > MAX_FILE_BYTES) return tooBig(input.size!)
  try {
    const bytes = await input.read()
    return bytes.byteLength > MAX_FILE_BYTES ? tooBig(bytes.byteLength) : bytes
  } catch (e) {
    if (isAbort(e) || o.signal?.aborted) throw e
    return readFailure(input.name, e)
  }
}

const readFailure = (name: string, e: unknown): AnalyzedFile[] => [{ ok: false, name, error: `读取文件失败（${e instanceof Error ? e.message : String(e)}）` }]

/**
 * Reads a group of inputs: the Files among them (ImportInput.blob) under the size limit in one read, each
 * of the others on its own; should the one read fail, the Files are read one by one, so that only a file
 * that cannot be read fails.
 */
async function readGroup(group: readonly ImportInput[], o: ImportFilesOptions): Promise<(ArrayBuffer | AnalyzedFile[])[]> {
  const together = group.filter((input) => input.blob && input.blob.size <= MAX_FILE_BYTES)
  let bytes: ArrayBuffer | null = null
  if (together.length > 1) {
    try {
      bytes = await new Blob(together.map((input) => input.blob!)).arrayBuffer()
    } catch (e) {
      if (isAbort(e) || o.signal?.aborted) throw e
    }
  }
  if (!bytes) return Promise.all(group.map((input) => readInput(input, o)))
  const at = new Map<ImportInput, number>()
  let offset = 0
  for (const input of together) {
    at.set(input, offset)
    offset += input.blob!.size
  }
  return Promise.all(group.map((input) => {
    const start = at.get(input)
    return start === undefined ? readInput(input, o) : bytes.slice(start, start + input.blob!.size)
  }))
}

/**
 * Reads a group of inputs and parses them in one worker message: one answer per input, in order. The bytes
 * go to the worker without a copy kept: if it stops before answering, the files are read again and parsed
 * on the main thread.
 */
export async function analyzeGroup(group: readonly ImportInput[], o: ImportFilesOptions): Promise<AnalyzedFile[][]> {
  let read = await readGroup(group, o)
  const filesOf = () => read.flatMap((r, k) => (r instanceof ArrayBuffer ? [{ name: group[k].name, bytes: r }] : []))
  let parsed: AnalyzedFile[][]
  try {
    parsed = await parseFiles(filesOf(), o)
  } catch (e) {
    if (!isWorkerLost(e)) throw e
    read = await readGroup(group, o)
    parsed = await parseFiles(filesOf(), o)
  }
  let next = 0
  return read.map((r) => (r instanceof ArrayBuffer ? parsed[next++] : r))
}

/** The parser's answers for read files; a failure other than a cancel or a lost worker fails them all. */
async function parseFiles(files: FileBytes[], o: ImportFilesOptions): Promise<AnalyzedFile[][]> {
  try {
    return files.length ? await o.parser.analyzeMany(files) : []
  } catch (e) {
    if (isAbort(e) || o.signal?.aborted || isWorkerLost(e)) throw e
    return files.map((f) => readFailure(f.name, e))
  }
}

/**
 * Files in one message to a worker: a message costs both threads about as much as parsing part of a
 * report, so files go a group at a time (a 10,000-file import: 16 to a group 3% slower than 32, 64 no
 * faster). Small imports get small groups, to keep both workers busy.
 */
export const MAX_GROUP_FILES = 32
/** …and no more bytes in a group than this (by File.size), so that one large file travels alone. */
const MAX_GROUP_BYTES = 4 * MB

/** How many files make a group in an import of `total` files: at least 8 groups, at most MAX_GROUP_FILES each. */
export const groupSize = (total: number) => Math.max(1, Math.min(MAX_GROUP_FILES, Math.ceil(total / 8)))

/** The state of one import: results so far, report ids seen in the batch, the one replace answer. */
interface Batch {
  inputs: readonly ImportInput[]
  o: ImportFilesOptions
  results: FileResult[]
  seen: Map<string, string>
  replace: boolean | null
  counties: Set<string>
  committed: number
  chunks: number
  /** The chunk being written while parsing goes on. */
  writing: Promise<void>
  /** Per-report findings of every report written so far: the county pass after the last chunk reuses them. */
  known: Map<string, StoredFinding[]>
  /** Chunks staged per county: findings computed early are written only if no chunk touched it since. */
  versions: Map<string, number>
  /** Counties written by some chunk whose findings have not been queued yet (see settleFinished). */
  unsettled: Set<string>
  /** The rows being staged for the next chunk. */
  staging: readonly Staged[]
  /** Findings of finished counties, computed one after another while parsing goes on. */
  settling: Promise<void>
  /**
   * Every report written so far of each county that had none stored when the import began, so its
   * findings need not read them (and their texts) back. A county leaves when it is settled or when
   * MAX_HELD_REPORTS is reached, and then joins `unheld`.
   */
  held: Map<string, HeldReport[]>
  heldCount: number
  /** Counties whose stored reports are not all held: their findings read the database. */
  unheld: Set<string>
  /** Counties that had stored reports when the import began: only their reports can replace stored ones. */
  storedBefore: ReadonlySet<string>
}

/** Keeps a written report for its county's findings, unless the county is not held. */
function hold(b: Batch, s: Staged): void {
  const county = s.report.county
  if (b.unheld.has(county)) return
  if (b.heldCount >= MAX_HELD_REPORTS) return letGo(b, county)
  const list = b.held.get(county) ?? []
  list.push({ report: s.report, recordJson: s.recordJson, copyGrams: s.copyGrams })
  b.held.set(county, list)
  b.heldCount++
}

/** From now on the county's findings read its reports from the database. */
function letGo(b: Batch, county: string): void {
  b.heldCount -= b.held.get(county)?.length ?? 0
  b.held.delete(county)
  b.unheld.add(county)
}

/**
 * Computes these counties' findings now, unless the import is cancelled; a county stays pending if more of
 * it comes meanwhile. Settled or not, the counties are let go: reports of them in a later chunk are rare
 * and read them back.
 */
function settleEarly(counties: readonly string[], b: Batch): Promise<void> {
  if (b.o.signal?.aborted) return Promise.resolve()
  const list = counties.map((county): CountyToSettle => {
    const version = b.versions.get(county)
    const held = b.held.get(county)
    letGo(b, county)
    return { county, held, stillCurrent: () => b.versions.get(county) === version && !b.o.signal?.aborted }
  })
  return settleCounties(list, b.o.parser, b.known).then(() => {}, () => {})
}

/**
 * Queues the findings of every written county that the rows being staged no longer touch (reports come
 * county by county): they are computed while parsing goes on, those of one chunk together, instead of all
 * after the last chunk.
 */
function settleFinished(b: Batch): void {
  const staging = new Set(b.staging.map((s) => s.report.county))
  const finished = [...b.unsettled].filter((c) => !staging.has(c))
  if (!finished.length) return
  for (const c of finished) b.unsettled.delete(c)
  // Computed together and written in one transaction.
  b.settling = b.settling.then(() => settleEarly(finished, b))
}

/** The per-report findings of staged rows, by report id. */
const knownOf = (rows: readonly Staged[]) => new Map(rows.map((r) => [r.report.id, r.findings]))

/** Writes staged rows in one transaction: with their counties' findings (`atomic`) or marking them pending. */
async function commitRows(rows: Staged[], b: Batch, atomic: boolean): Promise<void> {
  const { o } = b
  // A report id holds its county, and the batch has each id once: only counties stored before can clash.
  const mayExist = rows.filter((r) => b.storedBefore.has(r.report.county)).map((r) => r.report.id)
  // Report id → the pack holding the stored report's text, which a replacement takes out of it.
  const existing = new Map((await getReports(mayExist)).filter((r) => r !== undefined).map((r) => [r.id, r.textPack]))
  const conflicts = rows.filter((r) => existing.has(r.report.id))
  if (conflicts.length && b.replace === null) b.replace = await (o.confirmReplace?.(conflicts.map((c) => c.name)) ?? Promise.resolve(true))
  const toWrite = (b.replace === false ? rows.filter((r) => !existing.has(r.report.id)) : rows)
    .map((r) => (existing.has(r.report.id) ? { ...r, replacedPack: existing.get(r.report.id) } : r))
  const counties = [...new Set(toWrite.map((s) => s.report.county))]
  if (!atomic) for (const c of counties) b.versions.set(c, (b.versions.get(c) ?? 0) + 1)
  if (o.signal?.aborted) throw abortError()
  if (atomic) {
    const known = knownOf(toWrite)
    const staged = toWrite.map((s) => ({ report: withRecord(s.report, s.recordJson), text: s.text, copyGrams: s.copyGrams }))
    const findings = await Promise.all(counties.map((c) => computeCountyFindings(c, o.parser, { staged, stored: b.unheld.has(c) ? undefined : [] }, known)))
    if (o.signal?.aborted) throw abortError()
    await db.transaction('rw', [db.reportPacks, db.textPacks, db.countyFindings], async () => {
      await putReports(toWrite, { signal: o.signal })
      for (let i = 0; i < counties.length; i++) await replaceFindings(counties[i], findings[i])
    })
  } else {
    await db.transaction('rw', [db.reportPacks, db.textPacks, db.settings], async () => {
      await putReports(toWrite)
      await markFindingsPending(counties)
    })
    for (const s of toWrite) {
      b.known.set(s.report.id, s.findings)
      hold(b, s)
    }
    for (const c of counties) b.unsettled.add(c)
    settleFinished(b)
  }
  for (const s of rows) {
    const outcome: FileOutcome = !existing.has(s.report.id) ? 'imported' : b.replace === false ? 'skipped' : 'replaced'
    b.results.push({ name: s.name, source: s.source, outcome, reportId: s.report.id, reason: outcome === 'skipped' ? '已存在同一单位同一年度的报告，未替换' : undefined })
  }
  for (const c of counties) b.counties.add(c)
  b.committed += toWrite.length
  b.chunks++
}

/** Stages one parsed file: a failure, a duplicate of the batch, or a row for the next chunk. */
function stage(a: AnalyzedFile, source: string, b: Batch, chunk: Staged[]): void {
  const s = toStaged(a, source, b.o.demo ?? false)
  if (typeof s === 'string') b.results.push({ name: a.name, source, outcome: 'failed', reason: s })
  else if (b.seen.has(s.report.id)) {
    b.results.push({ name: a.name, source, outcome: 'failed', reason: `与本批次的 ${b.seen.get(s.report.id)} 是同一单位同一年度` })
  } else {
    b.seen.set(s.report.id, s.name)
    chunk.push(s)
  }
}

/**
 * Rows that make the next chunk full: ROWS_PER_COMMIT, then doubling up to MAX_ROWS_PER_COMMIT; but no
 * more than the files still to parse (and at least ROWS_PER_COMMIT). The last chunk is written after
 * parsing ends, with nothing to overlap it: this keeps it under ROWS_PER_COMMIT rows instead of up to
 * MAX_ROWS_PER_COMMIT.
 */
export function chunkLimit(committedChunks: number, filesLeft: number): number {
  const growing = Math.min(ROWS_PER_COMMIT << committedChunks, MAX_ROWS_PER_COMMIT)
  return Math.max(ROWS_PER_COMMIT, Math.min(growing, filesLeft))
}

/** Parses every input (several at a time, staged in input order) and commits full chunks as they fill. */
async function parseAndCommit(b: Batch): Promise<Staged[]> {
  const { inputs, o } = b
  const ahead: Promise<AnalyzedFile[]>[] = []
  const perGroup = groupSize(inputs.length)
  let launched = 0
  let bytesAhead = 0
  let chunk: Staged[] = []
  b.staging = chunk
  const started = Date.now()
  let reported = 0
  for (let i = 0; i < inputs.length; i++) {
    if (o.signal?.aborted) throw abortError()
    while (launched < inputs.length && launched <= i + READ_AHEAD_FILES && (launched === i || bytesAhead < READ_AHEAD_BYTES)) {
      const from = launched
      let groupBytes = inputs[launched++].size ?? 0
      while (launched < inputs.length && launched - from < perGroup && groupBytes + (inputs[launched].size ?? 0) <= MAX_GROUP_BYTES) groupBytes += inputs[launched++].size ?? 0
      bytesAhead += groupBytes
      const group = analyzeGroup(inputs.slice(from, launched), o)
      group.catch(() => {})
      for (let k = 0; k < launched - from; k++) {
        const one = group.then((r) => r[k])
        one.catch(() => {})
        ahead.push(one)
      }
    }
    const now = Date.now()
    if (i < 20 || now - reported >= PROGRESS_EVERY_MS) {
      reported = now
      o.onProgress?.({ phase: 'parsing', done: i, total: inputs.length, current: inputs[i].name, etaMs: i === 0 ? null : ((now - started) / i) * (inputs.length - i) })
    }
    for (const a of await ahead.shift()!) stage(a, inputs[i].name, b, chunk)
    bytesAhead -= inputs[i].size ?? 0
    if (chunk.length >= chunkLimit(b.chunks, inputs.length - 1 - i) && i < inputs.length - 1) {
      await b.writing
      const rows = chunk
      chunk = []
      b.staging = chunk
      b.writing = commitRows(rows, b, false)
      b.writing.catch(() => {})
    }
  }
  await b.writing
  b.staging = []
  return chunk
}

/** Imports report files: parse in the workers, ask once about replacements, write in whole transactions. */
export async function importFiles(inputs: readonly ImportInput[], o: ImportFilesOptions): Promise<ImportFilesResult> {
  const b: Batch = { inputs, o, results: [], seen: new Map(), replace: null, counties: new Set(), committed: 0, chunks: 0, writing: Promise.resolve(), known: new Map(),
    versions: new Map(), unsettled: new Set(), staging: [], settling: Promise.resolve(), held: new Map(), heldCount: 0, unheld: new Set(), storedBefore: new Set() }
  const onAbort = () => o.parser.cancel()
  o.signal?.addEventListener('abort', onAbort)
  /** Every input with no committed report gets `outcome` (cancelled or failed); committed ones keep theirs. */
  const finish = (outcome: 'cancelled' | 'failed', reason: string): ImportFilesResult => {
    const kept = b.results.filter((r) => r.outcome !== 'failed')
    const sources = new Set(kept.map((r) => r.source))
    const rest = inputs.filter((f) => !sources.has(f.name)).map((f): FileResult => ({ name: f.name, source: f.name, outcome, reason }))
    return { cancelled: outcome === 'cancelled', counties: [...b.counties], results: orderLike(inputs, [...kept, ...rest]) }
  }
  try {
    b.storedBefore = new Set(await storedCounties())
    b.unheld = new Set(b.storedBefore)
    const last = await parseAndCommit(b)
    o.onProgress?.({ phase: 'writing', done: inputs.length, total: inputs.length, current: null, etaMs: 0 })
    if (b.chunks === 0) await commitRows(last, b, true)
    else {
      await commitRows(last, b, false)
      await b.settling
      o.onProgress?.({ phase: 'findings', done: 0, total: b.counties.size, current: null, etaMs: null })
      await recomputePendingFindings(o.parser, {
        signal: o.signal,
        known: b.known,
        held: b.held,
        onCounty: (done, total) => o.onProgress?.({ phase: 'findings', done, total, current: null, etaMs: null }),
      })
    }
    o.onProgress?.({ phase: 'done', done: inputs.length, total: inputs.length, current: null, etaMs: 0 })
    return { results: orderLike(inputs, b.results), cancelled: false, counties: [...b.counties] }
  } catch (e) {
    await b.writing.catch(() => {})
    await b.settling
    if (isAbort(e) || o.signal?.aborted) {
      return finish('cancelled', b.committed ? '已取消，此文件未写入（已写入的报告完整保留）' : '已取消，未写入任何数据')
    }
    return finish('failed', writeFailure(e, b.committed))
  } finally {
    o.signal?.removeEventListener('abort', onAbort)
  }
}

function orderLike(inputs: readonly ImportInput[], results: FileResult[]): FileResult[] {
  const rank = new Map(inputs.map((f, i) => [f.name, i]))
  return [...results].sort((a, b) => (rank.get(a.source) ?? 0) - (rank.get(b.source) ?? 0))
}
