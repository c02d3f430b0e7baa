// Main-thread side of the parse workers: a small pool (one worker per core, at most two), each request sent
// to the least busy worker and matched by id, ArrayBuffers transferred. Falls back to the main thread when
// workers are unavailable or a worker crashes.
import {
  WORKER_COMMANDS, type AnalyzedFile, type CrossRuleOptions, type FileBytes, type Finding, type ParsedReportList,
  type WorkerRequest, type WorkerResponse,
} from '../worker/protocol.ts'

export type { FileBytes }

export interface ParserClient {
  /** Parses one file (a ZIP yields several reports); rejects with an AbortError when cancelled. */
  analyze(name: string, bytes: ArrayBuffer): Promise<AnalyzedFile[]>
  /**
   * Parses several files in one worker, in one message each way (what a message costs is per message, not
   * per file): one answer per file, in order. The bytes are handed over and must not be used again: if the
   * worker stops before it answers, this rejects with a WorkerLostError (isWorkerLost), and the caller
   * reads the files again and asks again, which the client then answers on the main thread.
   */
  analyzeMany(files: readonly FileBytes[]): Promise<AnalyzedFile[][]>
  /** Runs every rule over one county's reports, off the main thread (the per-report ones except on `skipReportRules` files). */
  findings(reports: ParsedReportList, options: CrossRuleOptions, skipReportRules?: string[]): Promise<Finding[]>
  /** Stops the work in progress (the worker is terminated and restarted on the next call). */
  cancel(): void
  dispose(): void
}

export interface ParserClientOptions {
  /** @default true when Worker exists */
  useWorker?: boolean
  /** How many workers parse in parallel. @default DEFAULT_WORKERS */
  workers?: number
}

/** One worker per core, at most two: a third worker only competes with the main thread and IndexedDB. */
export const DEFAULT_WORKERS = Math.max(1, Math.min(2, (typeof navigator !== 'undefined' && navigator.hardwareConcurrency) || 2))

type Reply = AnalyzedFile[][] | Finding[]
/** `fallback`: how to answer on the main thread if the worker is lost; none for files, whose bytes were handed over. */
interface Pending { resolve: (r: Reply) => void; reject: (e: unknown) => void; fallback?: () => Promise<Reply> }
interface Slot { worker: Worker; busy: number }

const abortError = () => new DOMException('导入已取消', 'AbortError')

/** The name of the error a request for files rejects with when its worker stopped before answering. */
export const WORKER_LOST = 'WorkerLostError'
const workerLost = () => new DOMException('解析进程意外停止', WORKER_LOST)
/** True for the error of a request whose worker stopped: read the files again and ask again (see analyzeMany). */
export const isWorkerLost = (e: unknown) => e instanceof DOMException && e.name === WORKER_LOST

// services may not import worker internals; these lazy imports are the documented main-thread fallback.
async function analyzeHere(files: readonly FileBytes[]): Promise<AnalyzedFile[][]> {
  const { analyzeFile } = await import('../worker/analyze-file.ts')
  const out: AnalyzedFile[][] = []
  for (const f of files) out.push(await analyzeFile(f.name, new Uint8Array(f.bytes)))
  return out
}
const findingsHere = async (reports: ParsedReportList, options: CrossRuleOptions, skip?: string[]) => (await import('../worker/compute-findings.ts')).computeFindings(reports, options, skip)

/**
 * The most pairs of same-year reports whose cross-report rules alone run on the main thread: a county of
 * 30 townships has 435 a year. Near-identical texts cost the copy check about 3 µs a pair.
 */
export const MAX_PAIRS_HERE = 2000

/** How many pairs of reports of the same year the set holds (what the copy check compares). */
export function sameYearPairs(reports: ParsedReportList): number {
  const perYear = new Map<number | null, number>()
  for (const r of reports) perYear.set(r.record.year, (perYear.get(r.record.year) ?? 0) + 1)
  let pairs = 0
  for (const n of perYear.values()) pairs += (n * (n - 1)) / 2
  return pairs
}

/** True when every report's per-report rules are skipped (its file is in `skip`). */
function allSkipped(reports: ParsedReportList, skip: readonly string[]): boolean {
  if (skip.length < reports.length) return false
  const skipped = new Set(skip)
  return reports.every((r) => skipped.has(r.record.file))
}

/** Creates a client that prefers a Web Worker and falls back to the main thread after a failure. */
export function createParserClient(options: ParserClientOptions = {}): ParserClient {
  let useWorker = options.useWorker ?? typeof Worker !== 'undefined'
  const size = Math.max(1, options.workers ?? DEFAULT_WORKERS)
  let slots: Slot[] = []
  let nextId = 1
  const pending = new Map<number, Pending>()

  function stopWorkers() {
    for (const s of slots) s.worker.terminate()
    slots = []
  }

  function startWorker(): Slot {
    const slot: Slot = { worker: new Worker(new URL('../worker/parse.worker.ts', import.meta.url), { type: 'module' }), busy: 0 }
    slot.worker.onmessage = (e: MessageEvent<WorkerResponse>) => {
      const p = pending.get(e.data.id)
      pending.delete(e.data.id)
      slot.busy--
      p?.resolve('results' in e.data ? e.data.results : e.data.findings)
    }
    slot.worker.onerror = (e) => {
      e.preventDefault()
      useWorker = false
      stopWorkers()
      const retry = [...pending.values()]
      pending.clear()
      for (const p of retry) {
        if (p.fallback) p.fallback().then(p.resolve, p.reject)
        else p.reject(workerLost())
      }
    }
    return slot
  }

  /** The least busy worker, starting another one while the pool is not full. */
  function pickSlot(): Slot {
    const idle = slots.find((s) => s.busy === 0)
    if (idle) return idle
    if (slots.length < size) {
      slots.push(startWorker())
      return slots[slots.length - 1]
    }
    return slots.reduce((a, b) => (b.busy < a.busy ? b : a))
  }

  function send<T extends Reply>(req: WorkerRequest, transfer: Transferable[], here: () => Promise<T>, fallback?: () => Promise<T>): Promise<T> {
    if (!useWorker) return here()
    return new Promise<T>((resolve, reject) => {
      const slot = pickSlot()
      slot.busy++
      pending.set(req.id, { resolve: resolve as (r: Reply) => void, reject, fallback })
      slot.worker.postMessage(req, transfer)
    })
  }

  return {
    analyze(name, bytes) {
      return this.analyzeMany([{ name, bytes }]).then((r) => r[0])
    },
    analyzeMany(files) {
      // The bytes are handed over, not copied: should the worker stop, the caller reads them again.
      return send({ type: WORKER_COMMANDS.parse, id: nextId++, files: [...files] }, [...new Set(files.map((f) => f.bytes))], () => analyzeHere(files))
    },
    findings(reports, opts, skipReportRules) {
      // Only the cross-report rules left (an import's counties): they run here, on the records this thread
      // holds. A worker would first need a copy of every record and send the findings back, which took
      // longer than the rules themselves (about 10 ms a county). Not when a year has many reports: the
      // copy check compares every pair of a year's texts, which would hold up the page.
      if (skipReportRules && sameYearPairs(reports) <= MAX_PAIRS_HERE && allSkipped(reports, skipReportRules)) return findingsHere(reports, opts, skipReportRules)
      const here = () => findingsHere(reports, opts, skipReportRules)
      return send({ type: WORKER_COMMANDS.findings, id: nextId++, reports, options: opts, skipReportRules }, [], here, here)
    },
    cancel() {
      stopWorkers()
      for (const p of pending.values()) p.reject(abortError())
      pending.clear()
    },
    dispose() {
      this.cancel()
    },
  }
}

let shared: ParserClient | null = null

/** The app's parser client for work outside an import (findings after a correction or deletion). */
export function sharedParserClient(): ParserClient {
  shared ??= createParserClient()
  return shared
}
