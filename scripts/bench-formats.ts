// DOCX and PDF reading speed in Node, on both cores: `npx tsx scripts/bench-formats.ts [--n 120] [--workers 2]`.
// Reads the .docx/.pdf reports of ../shared/corpus/dev in place, then runs extract + parse in
// worker_threads (each PDF worker keeps a few files in flight, so pdf.js's waits overlap) and prints
// reports/s per format. Targets on the 2-core machine: ≥ 20 PDF/s, ≥ 50 DOCX/s.
import { availableParallelism } from 'node:os'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'
import { parseReport } from '../src/core/parse/parse-report.ts'
import { extractDocument } from '../src/ingest/index.ts'
import { createNodeIngestEnv } from '../src/ingest/node-env.ts'

const CORPUS = join(import.meta.dirname, '../../shared/corpus/dev')
const IN_FLIGHT = 3
/** Workers do not inherit tsx's loader: each registers it, then loads this file (as bin/nianbao.mjs does). */
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}) })`

interface Job { files: Array<{ name: string; bytes: Uint8Array }>; count: number }
interface Done { ok: number; failed: number; ms: number }

async function runJob({ files, count }: Job): Promise<Done> {
  const env = createNodeIngestEnv()
  let next = 0, ok = 0, failed = 0
  const one = async (i: number) => {
    const f = files[i % files.length]
    const doc = await extractDocument(f, env)
    if (doc.ok && parseReport(doc.text, { fileName: f.name }).ok) ok++
    else failed++
  }
  for (const f of files) await one(files.indexOf(f)) // warm-up: pdf.js, fonts, CMaps, JIT
  ok = failed = 0
  const t0 = performance.now()
  await Promise.all(Array.from({ length: IN_FLIGHT }, async () => { while (next < count) await one(next++) }))
  return { ok, failed, ms: performance.now() - t0 }
}

async function bench(ext: string, n: number, workers: number): Promise<void> {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith(`.${ext}`)).map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(CORPUS, f))) }))
  if (!files.length) { console.log(`${ext}: no files in ${CORPUS}`); return }
  const per = Math.ceil(n / workers)
  const t0 = performance.now()
  const results = await Promise.all(Array.from({ length: workers }, () => new Promise<Done>((resolve, reject) => {
    const w = new Worker(WORKER_BOOT, { eval: true, workerData: { files, count: per } satisfies Job })
    w.once('message', resolve)
    w.once('error', reject)
  })))
  const wall = (performance.now() - t0) / 1000
  const ok = results.reduce((s, r) => s + r.ok, 0), failed = results.reduce((s, r) => s + r.failed, 0)
  const steady = Math.max(...results.map((r) => r.ms)) / 1000
  console.log(`${ext.toUpperCase().padEnd(4)} ${((ok + failed) / steady).toFixed(1).padStart(6)} reports/s on ${workers} workers (${ok + failed} reports in ${steady.toFixed(2)} s after warm-up, ${failed} failed; ${wall.toFixed(2)} s with start-up)`)
}

if (isMainThread) {
  const { values } = parseArgs({ options: { n: { type: 'string', default: '120' }, workers: { type: 'string' } } })
  const workers = Number(values.workers ?? Math.min(2, availableParallelism()))
  const n = Number(values.n)
  await bench('docx', n * 2, workers)
  await bench('pdf', n, workers)
} else {
  parentPort!.postMessage(await runJob(workerData as Job))
}
