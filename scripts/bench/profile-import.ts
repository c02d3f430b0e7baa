// Profiling aid, not a benchmark: `npx tsx scripts/bench/profile-import.ts [--n 10000]` builds the app with
// source maps, imports a generated set through the bench hook with the main thread's CPU profiler on, and
// prints where the main thread's time went (self time by file and by function, mapped to our sources).
// Generate the set first with `npm run bench -- --sizes N` (or scripts/generate-demo.ts --size N).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { execFileSync } from 'node:child_process'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { SourceMapConsumer } from 'source-map-js'
import { startBenchServer } from './server.ts'

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const ROOT = resolve(import.meta.dirname, '../..')
const DIST = resolve(ROOT, '.cache/bench/profile-dist')
const { values } = parseArgs({ options: { n: { type: 'string', default: '10000' } } })
const n = values.n!
const set = resolve(ROOT, 'data/bench', n)
if (!existsSync(set)) throw new Error(`no generated set at ${set}: run npm run bench -- --sizes ${n} first`)
execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--emptyOutDir', '--sourcemap', '--outDir', DIST], { cwd: ROOT, stdio: 'inherit' })

const maps = new Map<string, SourceMapConsumer | null>()
/** `function file:line` in our sources when the bundle has a map, else in the bundle. */
function place(cf: ProfileNode['callFrame']): { fn: string; file: string } {
  const asset = /\/assets\/([^?]+)$/.exec(cf.url)?.[1]
  if (!asset) return { fn: `${cf.functionName || '(anon)'} ${cf.url || '(native)'}`, file: cf.url || '(native)' }
  if (!maps.has(asset)) {
    const mapFile = join(DIST, 'assets', `${asset}.map`)
    maps.set(asset, existsSync(mapFile) ? new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8'))) : null)
  }
  const pos = maps.get(asset)?.originalPositionFor({ line: cf.lineNumber + 1, column: cf.columnNumber })
  if (!pos?.source) return { fn: `${cf.functionName || '(anon)'} ${asset}`, file: asset }
  const file = pos.source.replace(/^.*?(node_modules\/|src\/)/, '$1')
  return { fn: `${pos.name ?? cf.functionName ?? '(anon)'} ${file}:${pos.line}`, file }
}

const server = await startBenchServer(DIST, { [n]: set })
const profileDir = mkdtempSync(join(tmpdir(), 'nianbao-prof-'))
const context = await chromium.launchPersistentContext(profileDir, { executablePath: '/usr/bin/chromium', headless: true, args: ['--disable-gpu', '--no-sandbox'] })
try {
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(`${server.url}/data?bench`)
  await page.waitForFunction(() => Boolean((window as unknown as { __nianbaoBench?: unknown }).__nianbaoBench))
  // The set is fetched into the page first: the profile is of the import alone.
  await page.evaluate((url) => (window as unknown as { __nianbaoBench: { loadSetForImport(u: string): Promise<void> } }).__nianbaoBench.loadSetForImport(url), `${server.url}/__bench/${n}/manifest.json`)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 })
  await cdp.send('Profiler.start')
  const t0 = Date.now()
  const result = await page.evaluate((url) => (window as unknown as { __nianbaoBench: { importSet(u: string): Promise<unknown> } }).__nianbaoBench.importSet(url), `${server.url}/__bench/${n}/manifest.json`)
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }
  console.log(`import of ${n}: ${Date.now() - t0} ms`, JSON.stringify(result).slice(0, 300))
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const byFn = new Map<string, number>(), byFile = new Map<string, number>()
  let total = 0
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0
    total += dt
    const { fn, file } = place(byId.get(id)!.callFrame)
    byFn.set(fn, (byFn.get(fn) ?? 0) + dt)
    byFile.set(file, (byFile.get(file) ?? 0) + dt)
  })
  const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k)
    .map(([name, t]) => `${((100 * t) / total).toFixed(1).padStart(5)}% ${(t / 1000).toFixed(0).padStart(6)} ms ${name}`).join('\n')
  console.log(`main thread sampled ${(total / 1000).toFixed(0)} ms\n${top(byFile, 15)}\n---\n${top(byFn, 30)}`)
} finally {
  await context.close()
  rmSync(profileDir, { recursive: true, force: true })
  await server.close()
}
