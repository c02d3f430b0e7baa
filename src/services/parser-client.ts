// Main-thread side of the parse worker: one worker, requests matched by id, ArrayBuffers transferred.
// Falls back to the main thread when workers are unavailable or the worker crashes.
import {
  WORKER_COMMANDS, type AnalyzedFile, type CrossRuleOptions, type Finding, type ParsedReportList,
  type WorkerRequest, type WorkerResponse,
} from '../worker/protocol.ts'

export interface ParserClient {
  /** Parses one file (a ZIP yields several reports); rejects with an AbortError when cancelled. */
  analyze(name: string, bytes: ArrayBuffer): Promise<AnalyzedFile[]>
  /** Runs every rule over one county's reports, off the main thread. */
  findings(reports: ParsedReportList, options: CrossRuleOptions): Promise<Finding[]>
  /** Stops the work in progress (the worker is terminated and restarted on the next call). */
  cancel(): void
  dispose(): void
}

export interface ParserClientOptions {
  /** @default true when Worker exists */
  useWorker?: boolean
}

type Reply = AnalyzedFile[] | Finding[]
interface Pending { resolve: (r: Reply) => void; reject: (e: unknown) => void; fallback: () => Promise<Reply> }

const abortError = () => new DOMException('导入已取消', 'AbortError')

// services may not import worker internals; these lazy imports are the documented main-thread fallback.
const analyzeHere = async (name: string, bytes: ArrayBuffer) => (await import('../worker/analyze-file.ts')).analyzeFile(name, new Uint8Array(bytes))
const findingsHere = async (reports: ParsedReportList, options: CrossRuleOptions) => (await import('../worker/compute-findings.ts')).computeFindings(reports, options)

/** Creates a client that prefers a Web Worker and falls back to the main thread after a failure. */
export function createParserClient(options: ParserClientOptions = {}): ParserClient {
  let useWorker = options.useWorker ?? typeof Worker !== 'undefined'
  let worker: Worker | null = null
  let nextId = 1
  const pending = new Map<number, Pending>()

  function getWorker(): Worker {
    if (worker) return worker
    worker = new Worker(new URL('../worker/parse.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (e: MessageEvent<WorkerResponse>) => {
      const p = pending.get(e.data.id)
      pending.delete(e.data.id)
      p?.resolve('results' in e.data ? e.data.results : e.data.findings)
    }
    worker.onerror = (e) => {
      e.preventDefault()
      useWorker = false
      worker?.terminate()
      worker = null
      const retry = [...pending.values()]
      pending.clear()
      for (const p of retry) p.fallback().then(p.resolve, p.reject)
    }
    return worker
  }

  function send<T extends Reply>(req: WorkerRequest, transfer: Transferable[], fallback: () => Promise<T>): Promise<T> {
    if (!useWorker) return fallback()
    return new Promise<T>((resolve, reject) => {
      pending.set(req.id, { resolve: resolve as (r: Reply) => void, reject, fallback })
      getWorker().postMessage(req, transfer)
    })
  }

  return {
    analyze(name, bytes) {
      const copy = useWorker ? bytes.slice(0) : bytes
      return send({ type: WORKER_COMMANDS.parse, id: nextId++, name, bytes }, useWorker ? [bytes] : [], () => analyzeHere(name, copy))
    },
    findings(reports, opts) {
      return send({ type: WORKER_COMMANDS.findings, id: nextId++, reports, options: opts }, [], () => findingsHere(reports, opts))
    },
    cancel() {
      worker?.terminate()
      worker = null
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
