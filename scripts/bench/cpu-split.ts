// Profiling aid, not a benchmark: `npx tsx scripts/bench/cpu-split.ts [--n 10000]` builds the app, imports a
// generated set through the bench hook in headless Chromium (on-disk profile) and prints how many CPU
// milliseconds per report each Chromium process and thread used (from /proc, Linux only): the parse
// workers, the page's main thread, IndexedDB in the browser process, garbage collection and the rest.
// Generate the set first with `npm run bench -- --sizes N` (or scripts/generate-demo.ts --size N).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { execFileSync } from 'node:child_process'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { startBenchServer } from './server.ts'

const ROOT = resolve(import.meta.dirname, '../..')
const DIST = resolve(ROOT, '.cache/bench/cpu-split-dist')
/** Clock ticks per second of /proc/<pid>/task/<tid>/stat (USER_HZ). */
const TICKS_PER_SECOND = 100

/** CPU seconds used so far by every thread of every Chromium process, summed by process type and thread name. */
function chromiumThreadSeconds(): Map<string, number> {
  const out = new Map<string, number>()
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let cmd: string
    let tids: string[]
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      if (!cmd.includes('chromium')) continue
      tids = readdirSync(`/proc/${pid}/task`)
    } catch {
      continue // the process ended meanwhile
    }
    const type = /--type=([\w-]+)/.exec(cmd)?.[1] ?? 'browser'
    const utility = /--utility-sub-type=([\w.]+)/.exec(cmd)?.[1]
    for (const tid of tids) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')
        const thread = /\((.*)\)/.exec(stat)![1].replace(/\d+$/, '#')
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
        const key = `${type}${utility ? `:${utility}` : ''} ${thread}`
        out.set(key, (out.get(key) ?? 0) + (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND)
      } catch {
        // the thread ended meanwhile
      }
    }
  }
  return out
}

const { values } = parseArgs({ options: { n: { type: 'string', default: '10000' } } })
const n = values.n!
const set = resolve(ROOT, 'data/bench', n)
if (!existsSync(set)) throw new Error(`no generated set at ${set}: run npm run bench -- --sizes ${n} first`)
execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--emptyOutDir', '--outDir', DIST], { cwd: ROOT, stdio: 'inherit' })
const server = await startBenchServer(DIST, { [n]: set })
const profileDir = mkdtempSync(join(tmpdir(), 'nianbao-cpu-split-'))
const context = await chromium.launchPersistentContext(profileDir, { executablePath: '/usr/bin/chromium', headless: true, args: ['--disable-gpu', '--no-sandbox'] })
try {
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(`${server.url}/data?bench`)
  await page.waitForFunction(() => Boolean((window as unknown as { __nianbaoBench?: unknown }).__nianbaoBench))
  // The set is fetched into the page first: the split is of the import alone.
  await page.evaluate((url) => (window as unknown as { __nianbaoBench: { loadSetForImport(u: string): Promise<void> } }).__nianbaoBench.loadSetForImport(url), `${server.url}/__bench/${n}/manifest.json`)
  const before = chromiumThreadSeconds()
  const t0 = Date.now()
  const result = await page.evaluate((url) => (window as unknown as { __nianbaoBench: { importSet(u: string): Promise<unknown> } }).__nianbaoBench.importSet(url), `${server.url}/__bench/${n}/manifest.json`)
  const wall = (Date.now() - t0) / 1000
  const used = [...chromiumThreadSeconds()].map(([k, s]) => [k, s - (before.get(k) ?? 0)] as const).filter(([, s]) => s >= 0.05).sort((a, b) => b[1] - a[1])
  const total = used.reduce((sum, [, s]) => sum + s, 0)
  console.log(`import of ${n}: ${wall.toFixed(1)} s`, JSON.stringify(result).slice(0, 200))
  for (const [k, s] of used) console.log(`${s.toFixed(2).padStart(7)} s ${((1000 * s) / Number(n)).toFixed(3).padStart(7)} ms/report  ${k}`)
  console.log(`total ${total.toFixed(2)} s CPU over ${wall.toFixed(1)} s = ${(total / wall).toFixed(2)} cores busy; ${((1000 * total) / Number(n)).toFixed(3)} ms CPU per report`)
} finally {
  await context.close()
  rmSync(profileDir, { recursive: true, force: true })
  await server.close()
}
