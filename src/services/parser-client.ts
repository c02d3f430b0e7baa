// Main-thread side of the parse worker: one worker, requests matched by id, the ArrayBuffer transferred.
// Falls back to parsing on the main thread when workers are unavailable or the worker crashes.
import { WORKER_COMMANDS, type AnalyzedFile, type ParseRequest, type ParseResponse } from '../worker/protocol.ts'

export interface ParserClient {
  /** Parses one file; rejects with an AbortError when cancelled. */
  analyze(name: string, bytes: ArrayBuffer): Promise<AnalyzedFile[]>
  /** Stops the file being parsed now (the worker is terminated and restarted on the next call). */
  cancel(): void
  dispose(): void
}

export interface ParserClientOptions {
  /** @default true when Worker exists */
  useWorker?: boolean
}

interface Pending { resolve: (r: AnalyzedFile[]) => void; reject: (e: unknown) => void; name: string; bytes: ArrayBuffer }

const abortError = () => new DOMException('导入已取消', 'AbortError')

/** Parses on the main thread: the fallback path. Imported lazily so the worker-only code stays out of the main chunk. */
async function analyzeHere(name: string, bytes: ArrayBuffer): Promise<AnalyzedFile[]> {
  // services may not import worker internals; this one lazy import is the documented fallback.
  const { analyzeFile } = await import('../worker/analyze-file.ts')
  return analyzeFile(name, new Uint8Array(bytes))
}

/** Creates a parser client that prefers a Web Worker and falls back to the main thread after a failure. */
export function createParserClient(options: ParserClientOptions = {}): ParserClient {
  let useWorker = options.useWorker ?? typeof Worker !== 'undefined'
  let worker: Worker | null = null
  let nextId = 1
  const pending = new Map<number, Pending>()

  function failAll(error: unknown) {
    for (const p of pending.values()) p.reject(error)
    pending.clear()
  }

  function getWorker(): Worker {
    if (worker) return worker
    worker = new Worker(new URL('../worker/parse.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (e: MessageEvent<ParseResponse>) => {
      const p = pending.get(e.data.id)
      pending.delete(e.data.id)
      p?.resolve(e.data.results)
    }
    worker.onerror = (e) => {
      e.preventDefault()
      useWorker = false
      worker?.terminate()
      worker = null
      const retry = [...pending.values()]
      pending.clear()
      for (const p of retry) analyzeHere(p.name, p.bytes).then(p.resolve, p.reject)
    }
    return worker
  }

  return {
    analyze(name, bytes) {
      if (!useWorker) return analyzeHere(name, bytes)
      const id = nextId++
      const copy = bytes.slice(0)
      return new Promise<AnalyzedFile[]>((resolve, reject) => {
        pending.set(id, { resolve, reject, name, bytes: copy })
        const req: ParseRequest = { type: WORKER_COMMANDS.parse, id, name, bytes }
        getWorker().postMessage(req, [bytes])
      })
    },
    cancel() {
      worker?.terminate()
      worker = null
      failAll(abortError())
    },
    dispose() {
      this.cancel()
    },
  }
}
