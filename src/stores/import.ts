import { defineStore, acceptHMRUpdate } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { createParserClient, type ParserClient } from '../services/parser-client.ts'
import { importFiles, type FileResult, type ImportInput, type ImportProgress } from '../services/import-files.ts'
import { listDemoInputs, loadDemoIfEmpty } from '../services/demo-data.ts'
import { recomputePendingFindings } from '../services/findings-pending.ts'

/** A file in the results list, with what is needed to retry it. */
export interface ResultRow extends FileResult { input: ImportInput }

/** The import queue: progress, per-file results, the one replace question, cancel. */
export const useImportStore = defineStore('import', () => {
  const running = ref(false)
  const runningDemo = ref(false)
  /**
   * True while the user's files are imported: screens then stop following the database (each chunk
   * commit would make them re-read indexes of every report, competing with the import for the CPU and
   * IndexedDB) and read once more when it ends. The progress panel shows what is happening meanwhile.
   */
  const holdViews = computed(() => running.value && !runningDemo.value)
  const progress = shallowRef<ImportProgress | null>(null)
  const results = shallowRef<ResultRow[]>([])
  const lastCancelled = ref(false)
  /** Reports the last cancelled or failed import had already committed (whole) before it stopped. */
  const lastKept = ref(0)
  /** Set while the import waits for the user's answer to "replace the existing reports?". */
  const replaceQuestion = shallowRef<{ names: string[]; answer: (replace: boolean) => void } | null>(null)
  let controller: AbortController | null = null
  let parser: ParserClient | null = null

  const askReplace = (names: string[]) => new Promise<boolean>((resolve) => {
    replaceQuestion.value = { names, answer: (replace) => { replaceQuestion.value = null; resolve(replace) } }
  })

  /** Imports run one after another: files dropped during an import wait for it to finish. */
  let queue: Promise<void> = Promise.resolve()
  const run = (inputs: ImportInput[], demo: boolean): Promise<void> => (queue = queue.then(() => runNow(inputs, demo)))

  async function runNow(inputs: ImportInput[], demo: boolean): Promise<void> {
    if (inputs.length === 0) return
    running.value = true
    runningDemo.value = demo
    lastCancelled.value = false
    controller = new AbortController()
    parser ??= createParserClient()
    const options = { parser, signal: controller.signal, onProgress: (p: ImportProgress) => (progress.value = p), confirmReplace: askReplace }
    try {
      const out = demo ? await loadDemoIfEmpty(options) : await importFiles(inputs, options)
      if (!out || demo) return
      lastCancelled.value = out.cancelled
      lastKept.value = out.results.filter((r) => r.outcome === 'imported' || r.outcome === 'replaced').length
      const byName = new Map(inputs.map((i) => [i.name, i]))
      const fresh = out.results.map((r) => ({ ...r, input: byName.get(r.source)! }))
      const sources = new Set(fresh.map((r) => r.source))
      results.value = [...fresh, ...results.value.filter((r) => !sources.has(r.source))]
    } finally {
      running.value = false
      runningDemo.value = false
      progress.value = null
      controller = null
    }
  }

  /** Imports user files (File objects or anything with a name and bytes). */
  const start = (inputs: ImportInput[]) => run(inputs, false)
  /**
   * Loads the demo county when the database is empty (and the user has not dismissed it), then finishes
   * the findings a large import left pending when the page was closed.
   */
  const startDemo = () => run(listDemoInputs(), true).then(async () => {
    parser ??= createParserClient()
    await recomputePendingFindings(parser)
  })
  /** Cancels the running import; nothing of it is written. */
  function cancel() {
    controller?.abort()
    replaceQuestion.value?.answer(false)
  }
  const retry = (row: ResultRow) => start([row.input])
  const remove = (row: ResultRow) => (results.value = results.value.filter((r) => r !== row))
  const clearResults = () => (results.value = [])

  return { running, holdViews, progress, results, lastCancelled, lastKept, replaceQuestion, start, startDemo, cancel, retry, remove, clearResults }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useImportStore, import.meta.hot))
