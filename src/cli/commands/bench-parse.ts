import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { extractDocument } from '../../ingest/index.ts'
import { createNodeIngestEnv } from '../../ingest/node-env.ts'
import { parseReport } from '../../core/parse/parse-report.ts'
import { CliError } from '../cli-error.ts'

export interface BenchParseOptions {
  /** How many reports to parse. @default 10000 */
  n: number
  /** Folders whose TXT/HTML reports are repeated to make up n. */
  dirs?: string[]
}

/** Reports parsed before timing starts. */
const WARM_UP = 2000

const DEFAULT_DIRS = ['../shared/corpus/dev', '../shared/corpus/seed', 'data/demo']

/** `nianbao bench-parse`: parses n TXT/HTML reports (bytes → record, one core) and prints reports/s and MB/s. */
export async function runBenchParse(options: BenchParseOptions): Promise<number> {
  const dirs = (options.dirs ?? DEFAULT_DIRS).filter((d) => existsSync(d))
  const files = dirs.flatMap((d) => readdirSync(d).filter((f) => /\.(txt|html?)$/i.test(f)).map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(d, f))) })))
  if (!files.length) throw new CliError('没有找到用于基准测试的 TXT/HTML 报告')
  // The same ingest environment as `nianbao parse`.
  const env = createNodeIngestEnv()
  const n = Number.isFinite(options.n) && options.n > 0 ? Math.floor(options.n) : 10000
  // Warm-up, not timed: V8 optimises the parser's functions only after many calls, as it has early in a
  // long import; the timed loop then measures the steady rate. Same files, same order as the timed loop.
  for (let i = 0; i < WARM_UP; i++) { const f = files[i % files.length]; const d = await extractDocument(f, env); if (d.ok) parseReport(d.text, { fileName: f.name }) }
  let bytes = 0, failed = 0
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  for (let i = 0; i < n; i++) {
    const f = files[i % files.length]
    bytes += f.bytes.length
    const doc = await extractDocument(f, env)
    const r = doc.ok ? parseReport(doc.text, { fileName: f.name }) : doc
    if (!r.ok) failed++
  }
  const seconds = (performance.now() - t0) / 1000
  const cpu = process.cpuUsage(cpu0)
  const cpuSeconds = (cpu.user + cpu.system) / 1e6
  const perSec = n / seconds, perCpuSec = n / cpuSeconds
  process.stdout.write(`解析 ${n} 份 TXT/HTML 报告（${files.length} 个不同文件循环，单核，${(bytes / n / 1024).toFixed(1)} KB/份）：用时 ${seconds.toFixed(2)} 秒，CPU ${cpuSeconds.toFixed(2)} 秒\n`)
  process.stdout.write(`速度：${Math.round(perSec)} 份/秒，${(bytes / 1e6 / seconds).toFixed(1)} MB/秒（按 CPU 时间：${Math.round(perCpuSec)} 份/秒，${(bytes / 1e6 / cpuSeconds).toFixed(1)} MB/秒）${failed ? `，失败 ${failed} 份` : ''}\n`)
  process.stdout.write(JSON.stringify({ n, seconds: +seconds.toFixed(3), cpuSeconds: +cpuSeconds.toFixed(3), reportsPerSec: Math.round(perSec), reportsPerCpuSec: Math.round(perCpuSec), mbPerSec: +(bytes / 1e6 / seconds).toFixed(2) }) + '\n')
  return 0
}
