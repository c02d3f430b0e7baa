// Benchmark-only entry (`?bench` in the URL, see scripts/bench): imports a generated report set that the
// bench server bundles, through the same import store and pipeline as files chosen in the UI, once the
// files are in the page.
import { acknowledgementMap, allReportIds, db, demoReportIds, findingsOf, listCountyYears, reportsOfCounty } from '../db/index.ts'
import { analyzeGroup, MAX_GROUP_FILES, type ImportInput, type ImportProgress } from './import-files.ts'
import { createParserClient } from './parser-client.ts'
import { SETTING_KEYS } from './setting-keys.ts'
import { measureExportPng, measureFilterChange, measureRenderFloor, waitForFirstChart, type FilterKind } from './bench-chart.ts'
import { measureBulkPutFloor, measureSplitFloor, type FloorLayout } from './bench-floors.ts'

/** One bundle of the set: its URL and the files concatenated in it, in order. */
export interface BenchBundle { url: string; files: { name: string; length: number }[] }
export interface BenchManifest { n: number; bundles: BenchBundle[] }

/** What the bench needs from the import store (passed in: services may not import stores). */
export interface BenchImportStore {
  start(inputs: ImportInput[]): Promise<void>
  readonly results: readonly { outcome: string }[]
  readonly progress: ImportProgress | null
}

export interface BenchImportResult {
  ms: number
  files: number
  outcomes: Record<string, number>
  /** Milliseconds from the start until the import reached each phase (writing the last chunk, findings). */
  phases: Record<string, number>
  /** Milliseconds it took to fetch the files into the page from the bench server, before the import. */
  fetchMs: number
}

/** Files the parse-only probe parses untimed first (V8 optimises the parser only after many calls)… */
const PARSE_PROBE_WARM_UP = 1000
/** …and then times: enough for a steady rate, short beside the import. */
const PARSE_PROBE_FILES = 4000
/** Groups in flight at once: as many files ahead as the import parses. */
const PARSE_PROBE_LANES = 4

/** The hook the bench script calls through `page.evaluate`. */
export interface BenchHook {
  importSet(manifestUrl: string): Promise<BenchImportResult>
  /** Fetches the set into the page for the next importSet of it (which otherwise fetches it first itself). */
  loadSetForImport(manifestUrl: string): Promise<void>
  measureParse(manifestUrl: string): Promise<number>
  waitForFirstChart(): Promise<number>
  measureFilterChange(kind: FilterKind): Promise<number>
  measureExportPng(): Promise<number>
  measureRenderFloor(): Promise<number>
  measureBulkPutFloor(layout?: FloorLayout): Promise<number>
  measureSplitFloor(manifestUrl: string): Promise<number>
  storageBytes(): Promise<number | null>
  timeQueries(): Promise<Record<string, number>>
}

/**
 * A set's files in the page: each bundle's bytes, fetched before any timing starts. The import measures
 * what the app does with the files (parse in the workers, store), as the floors do; getting them to the
 * page from the bench server is measured apart (`fetchMs`): over loopback HTTP it cost about 0.9 s of
 * CPU per 10,000 files, and reading real files from the disk costs the browser more (see README).
 */
export interface LoadedSet { bundles: BenchBundle[]; bytes: (ArrayBuffer | null)[]; fetchMs: number }

/** Fetches the set's bundles (those holding the first `upTo` files), one after another. */
export async function loadSet(manifestUrl: string, upTo = Infinity): Promise<LoadedSet> {
  const manifest = (await (await fetch(manifestUrl)).json()) as BenchManifest
  const bundles: BenchBundle[] = []
  let files = 0
  for (const bundle of manifest.bundles) {
    if (files >= upTo) break
    bundles.push(bundle)
    files += bundle.files.length
  }
  const t0 = performance.now()
  const bytes: (ArrayBuffer | null)[] = []
  for (const bundle of bundles) bytes.push(await (await fetch(bundle.url)).arrayBuffer())
  return { bundles, bytes, fetchMs: performance.now() - t0 }
}

/** Import inputs reading their bytes out of the loaded bundles; a bundle is let go after its last file is read. */
export function toBenchInputs(set: LoadedSet): ImportInput[] {
  const left = set.bundles.map((bundle) => bundle.files.length)
  const inputs: ImportInput[] = []
  set.bundles.forEach((bundle, b) => {
    let offset = 0
    for (const f of bundle.files) {
      const start = offset
      offset += f.length
      inputs.push({
        name: f.name,
        async read() {
          const bytes = set.bytes[b]
          if (!bytes) throw new Error(`bench: bundle ${b} read again after its last file`)
          const out = bytes.slice(start, start + f.length)
          if (--left[b] === 0) set.bytes[b] = null
          return out
        },
      })
    }
  })
  return inputs
}

/** A set loaded by `loadSetForImport` ahead of the import, so that a profiler can leave the fetch out. */
let prepared: { url: string; set: LoadedSet } | null = null

async function importSet(store: BenchImportStore, manifestUrl: string): Promise<BenchImportResult> {
  const set = prepared?.url === manifestUrl ? prepared.set : await loadSet(manifestUrl)
  prepared = null
  const inputs = toBenchInputs(set)
  const phases: Record<string, number> = {}
  const t0 = performance.now()
  const watch = setInterval(() => {
    const phase = store.progress?.phase
    if (phase && !(phase in phases)) phases[phase] = performance.now() - t0
  }, 20)
  await store.start(inputs)
  clearInterval(watch)
  const ms = performance.now() - t0
  const outcomes: Record<string, number> = {}
  for (const r of store.results) outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + 1
  return { ms, files: inputs.length, outcomes, phases, fetchMs: set.fetchMs }
}

/** Files per second parsed by the worker pool alone (nothing stored), in the import's groups, after a warm-up. */
async function measureParse(manifestUrl: string): Promise<number> {
  const all = toBenchInputs(await loadSet(manifestUrl, PARSE_PROBE_WARM_UP + PARSE_PROBE_FILES))
  const parser = createParserClient()
  const parseAll = async (list: ImportInput[]) => {
    let next = 0
    const lane = async () => {
      while (next < list.length) {
        const group = list.slice(next, (next += MAX_GROUP_FILES))
        await analyzeGroup(group, { parser })
      }
    }
    await Promise.all(Array.from({ length: PARSE_PROBE_LANES }, lane))
  }
  const warmUp = Math.min(PARSE_PROBE_WARM_UP, Math.floor(all.length / 2))
  await parseAll(all.slice(0, warmUp))
  const timed = all.slice(warmUp, warmUp + PARSE_PROBE_FILES)
  const t0 = performance.now()
  await parseAll(timed)
  const ms = performance.now() - t0
  parser.dispose()
  return timed.length / (ms / 1000)
}

/** Milliseconds of each read the comparison screen makes on load: where first-chart time goes. */
async function timeQueries(): Promise<Record<string, number>> {
  const out: Record<string, number> = {}
  const time = async <T>(name: string, read: () => Promise<T>): Promise<T> => {
    const t0 = performance.now()
    const value = await read()
    out[name] = Math.round(performance.now() - t0)
    return value
  }
  const list = await time('listCountyYears', listCountyYears)
  await time('demoReportIds', demoReportIds)
  const county = list[0]?.county ?? ''
  await time('reportsOfCounty', () => reportsOfCounty(county))
  await time('findingsOf', () => findingsOf(county))
  await time('acknowledgementMap', acknowledgementMap)
  await time('allReportIds', allReportIds)
  return out
}

async function storageBytes(): Promise<number | null> {
  const estimate = (await navigator.storage?.estimate?.()) as (StorageEstimate & { usageDetails?: { indexedDB?: number } }) | undefined
  return estimate?.usageDetails?.indexedDB ?? estimate?.usage ?? null
}

/**
 * Installs `window.__nianbaoBench`. The bench profile starts empty, so the demo is turned off before the
 * app mounts there (a read, not a write, on the later page loads that time the first chart).
 */
export async function installBenchHook(store: BenchImportStore): Promise<void> {
  if (!(await db.settings.get(SETTING_KEYS.demoDismissed))) await db.settings.put({ key: SETTING_KEYS.demoDismissed, value: true })
  // Watched from before the app mounts, so the time counts from navigation start to the painted frame.
  const firstChart = location.pathname.startsWith('/compare') ? waitForFirstChart() : null
  firstChart?.catch(() => {})
  const hook: BenchHook = {
    importSet: (url) => importSet(store, url),
    loadSetForImport: async (url) => { prepared = { url, set: await loadSet(url) } },
    measureParse,
    waitForFirstChart: () => firstChart ?? waitForFirstChart(),
    measureFilterChange, measureExportPng, measureRenderFloor, measureBulkPutFloor, measureSplitFloor, storageBytes, timeQueries,
  }
  ;(window as unknown as { __nianbaoBench: BenchHook }).__nianbaoBench = hook
}
