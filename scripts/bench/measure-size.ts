// One size of the bench: a fresh on-disk Chromium profile, the set imported through the app's hook, then
// first chart on the full database, filter changes, PNG export, heap, IndexedDB bytes and the floors.
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { chromium, type Page } from 'playwright-core'
import type { BenchHook } from '../../src/services/bench-hook.ts'

const CHROMIUM = '/usr/bin/chromium'
const ARGS = ['--disable-gpu', '--disable-quic', '--no-sandbox', '--enable-precise-memory-info']
const MB = 1024 * 1024
const REPEATS = 3

export interface SizeRow { n: number; importPerSec: number; firstChartMs: number; filterMs: number; exportPngMs: number; heapMB: number; idbMB: number }
/** `bulkPutPerSec`: the reports laid out as the app stores them; `bulkPutRowsPerSec`: a row per report, as before schema 5. */
export interface Floors { bulkPutPerSec: number; bulkPutRowsPerSec: number; splitPerSec: number; echartsRenderMs: number }
export interface SizeDetail { firstCharts: number[]; queries: Record<string, number>; importMs: number; phases: Record<string, number>; parsePerSec: number; fetchPerSec: number; load: number[]; outcomes: Record<string, number>; peakHeapMB: number; heapAfterGcMB: number; idbDiskMB: number; filters: Record<string, number[]>; exportRuns: number[] }

type BenchWindow = Window & { __nianbaoBench: BenchHook }
type HookMethod = keyof BenchHook
/** Calls one method of the page's bench hook with at most one string argument. */
const hookCall = <M extends HookMethod>(page: Page, method: M, arg = ''): Promise<Awaited<ReturnType<BenchHook[M]>>> =>
  page.evaluate(([m, a]) => ((window as unknown as BenchWindow).__nianbaoBench[m] as (x: string) => Promise<never>)(a), [method, arg] as const)

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const round = (x: number, digits = 0) => Number(x.toFixed(digits))

async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.waitForFunction(() => Boolean((window as unknown as BenchWindow).__nianbaoBench))
}

function diskBytes(dir: string): number {
  try {
    return Number(execFileSync('du', ['-sb', join(dir, 'Default', 'IndexedDB')]).toString().split('\t')[0])
  } catch {
    return 0
  }
}

/** Runs the whole measurement for the set served under `/__bench/<key>/`. */
export async function measureSize(base: string, key: string): Promise<{ row: SizeRow; floors: Floors; detail: SizeDetail }> {
  const profile = mkdtempSync(join(tmpdir(), 'nianbao-bench-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1440, height: 900 }, locale: 'zh-CN',
  })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    page.on('pageerror', (e) => console.error(`  [page error] ${e.message}`))
    const manifest = `${base}/__bench/${key}/manifest.json`
    await openApp(page, `${base}/data?bench`)
    const cdp = await context.newCDPSession(page)
    let peak = 0
    const sampler = setInterval(() => {
      cdp.send('Runtime.getHeapUsage').then((h) => (peak = Math.max(peak, h.usedSize)), () => {})
    }, 250)
    const parsePerSec = await hookCall(page, 'measureParse', manifest)
    const imported = await hookCall(page, 'importSet', manifest)
    clearInterval(sampler)
    const heapAfter = (await cdp.send('Runtime.getHeapUsage')).usedSize
    await cdp.send('HeapProfiler.collectGarbage')
    const heapAfterGc = (await cdp.send('Runtime.getHeapUsage')).usedSize
    const idb = (await hookCall(page, 'storageBytes')) ?? 0

    const firstCharts: number[] = []
    for (let i = 0; i < REPEATS; i++) {
      await openApp(page, `${base}/compare?bench`)
      firstCharts.push(await hookCall(page, 'waitForFirstChart'))
    }
    const queries = await hookCall(page, 'timeQueries')
    const filters: Record<string, number[]> = { county: [], year: [], metric: [] }
    for (let i = 0; i < REPEATS; i++) {
      for (const kind of ['county', 'year', 'metric'] as const) {
        filters[kind].push(await hookCall(page, 'measureFilterChange', kind))
      }
    }
    const exportRuns: number[] = []
    for (let i = 0; i < REPEATS; i++) exportRuns.push(await hookCall(page, 'measureExportPng'))
    const echartsRenderMs = await hookCall(page, 'measureRenderFloor')
    const bulkPutPerSec = await hookCall(page, 'measureBulkPutFloor', 'packs')
    const bulkPutRowsPerSec = await hookCall(page, 'measureBulkPutFloor', 'rows')
    const splitPerSec = await hookCall(page, 'measureSplitFloor', manifest)

    const row: SizeRow = {
      n: imported.files,
      importPerSec: round(imported.files / (imported.ms / 1000)),
      firstChartMs: round(median(firstCharts)),
      filterMs: round(Math.max(...Object.values(filters).map(median))),
      exportPngMs: round(median(exportRuns)),
      heapMB: round(heapAfter / MB, 1),
      idbMB: round(idb / MB, 1),
    }
    const detail: SizeDetail = {
      firstCharts: firstCharts.map((x) => round(x)), queries, importMs: round(imported.ms), phases: Object.fromEntries(Object.entries(imported.phases).map(([k, v]) => [k, round(v)])), parsePerSec: round(parsePerSec),
      fetchPerSec: round(imported.files / (imported.fetchMs / 1000)), load: loadavg().map((x) => round(x, 1)), outcomes: imported.outcomes, peakHeapMB: round(peak / MB, 1), heapAfterGcMB: round(heapAfterGc / MB, 1),
      idbDiskMB: round(diskBytes(profile) / MB, 1), filters, exportRuns,
    }
    const floors: Floors = { bulkPutPerSec: round(bulkPutPerSec), bulkPutRowsPerSec: round(bulkPutRowsPerSec), splitPerSec: round(splitPerSec), echartsRenderMs: round(echartsRenderMs, 1) }
    return { row, floors, detail }
  } finally {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  }
}
