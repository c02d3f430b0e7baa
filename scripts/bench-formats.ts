// DOCX and PDF reading speed in Node, on both cores: `node --import tsx scripts/bench-formats.ts [--n 120] [--workers 2]`
// (env BENCH_ONLY=docx|pdf runs one format, BENCH_IN_FLIGHT=N sets the files in flight per worker, default 3).
// Reads the .docx/.pdf reports of ../shared/corpus/dev in place and runs extract + parse in
// worker_threads (each worker keeps a few files in flight, so pdf.js's waits overlap). Every worker
// warms up first (pdf.js, fonts, CMaps, JIT); then all start together and the timed phase prints
// reports/s, plus CPU ms per report with the rate two idle cores would give (the wall-clock figure
// is only meaningful on an otherwise idle machine). Targets on 2 cores: ≥ 20 PDF/s, ≥ 50 DOCX/s.
import { availableParallelism, loadavg } from 'node:os'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'
import { parseReport } from '../src/core/parse/parse-report.ts'
import { extractDocument, type InputFile } from '../src/ingest/index.ts'
import { createNodeIngestEnv } from '../src/ingest/node-env.ts'

const CORPUS = join(import.meta.dirname, '../../shared/corpus/dev')
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 3)
/** Workers do not inherit tsx's loader: each registers it, then loads this file (as bin/nianbao.mjs does). */
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}) })`

interface Job { files: InputFile[]; count: number }
interface Done { ok: number; failed: number }

async function workerMain({ files, count }: Job): Promise<void> {
  const env = createNodeIngestEnv()
  let ok = 0, failed = 0
  const one = async (f: InputFile) => {
    const doc = await extractDocument(f, env)
    if (doc.ok && parseReport(doc.text, { fileName: f.name }).ok) ok++
    else failed++
  }
  for (const f of files) await one(f)
  parentPort!.postMessage('ready')
  await new Promise((resolve) => parentPort!.once('message', resolve))
  ok = failed = 0
  let next = 0
  await Promise.all(Array.from({ length: IN_FLIGHT }, async () => { while (next < count) await one(files[next++ % files.length]) }))
  parentPort!.postMessage({ ok, failed } satisfies Done)
}

async function bench(ext: string, n: number, workers: number): Promise<void> {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith(`.${ext}`)).map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(CORPUS, f))) }))
  if (!files.length) { console.log(`${ext}: no files in ${CORPUS}`); return }
  const pool = Array.from({ length: workers }, () => new Worker(WORKER_BOOT, { eval: true, workerData: { files, count: Math.ceil(n / workers) } satisfies Job}))
  const next = (w: Worker) => new Promise<unknown>((resolve, reject) => { w.once('message', resolve); w.once('error', reject) })
  await Promise.all(pool.map(next))
  const cpu0 = process.cpuUsage(), t0 = performance.now()
  const done = Promise.all(pool.map(next)) as Promise<Done[]>
  pool.forEach((w) => w.postMessage('go'))
  const results = await done
  const seconds = (performance.now() - t0) / 1000, cpu = process.cpuUsage(cpu0)
  await Promise.all(pool.map((w) => w.terminate()))
  const total = results.reduce((s, r) => s + r.ok + r.failed, 0), failed = results.reduce((s, r) => s + r.failed, 0)
  const cpuMs = (cpu.user + cpu.system) / 1000 / total
  console.log(`${ext.toUpperCase().padEnd(4)} ${(total / seconds).toFixed(1).padStart(6)} reports/s on ${workers} workers (${total} reports in ${seconds.toFixed(2)} s, ${failed} failed); ` +
    `CPU ${cpuMs.toFixed(0)} ms/report ≈ ${((1000 * workers) / cpuMs).toFixed(1)} reports/s on ${workers} idle cores`)
}

if (isMainThread) {
  const { values } = parseArgs({ options: { n: { type: 'string', default: '120' }, workers: { type: 'string' } } })
  const workers = Number(values.workers ?? Math.min(2, availableParallelism()))
  const n = Number(values.n)
  console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores`)
  if (!process.env.BENCH_ONLY || process.env.BENCH_ONLY === 'docx') await bench('docx', n * 2, workers)
  if (!process.env.BENCH_ONLY || process.env.BENCH_ONLY === 'pdf') await bench('pdf', n, workers)
} else {
  await workerMain(workerData as Job)
}
