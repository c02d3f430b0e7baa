// The bench table: each size with its targets, then the floors of each size and the ratios to them.
import type { Floors, SizeDetail, SizeRow } from './measure-size.ts'

interface Target { key: keyof SizeRow; label: string; ok: (v: number, n: number) => boolean | null }

/** Targets on the 2-core machine (issue 7); null where a size has no target. */
const TARGETS: Target[] = [
  { key: 'importPerSec', label: 'import/s', ok: (v, n) => (n >= 50000 ? v >= 1500 : n >= 10000 ? v >= 2500 : null) },
  { key: 'firstChartMs', label: 'first chart ms', ok: (v, n) => (n >= 50000 ? v <= 1500 : null) },
  { key: 'filterMs', label: 'filter ms', ok: (v, n) => (n >= 50000 ? v <= 100 : null) },
  { key: 'exportPngMs', label: 'PNG ms', ok: (v) => v <= 200 },
  { key: 'heapMB', label: 'heap MB', ok: (v, n) => (n >= 50000 ? v <= 400 : null) },
  { key: 'idbMB', label: 'IDB MB', ok: () => null },
]

const mark = (ok: boolean | null) => (ok === null ? '' : ok ? ' ✓' : ' ✗')
const pad = (s: string, w: number) => s.padStart(w)

/** Prints the sizes table and the floors table. */
export function printTable(rows: SizeRow[], details: (SizeDetail & { n: number; floors: Floors })[]): void {
  const width = 18
  console.log(`\n${pad('n', 8)}${TARGETS.map((t) => pad(t.label, width)).join('')}`)
  for (const r of rows) console.log(`${pad(String(r.n), 8)}${TARGETS.map((t) => pad(`${r[t.key]}${mark(t.ok(r[t.key], r.n))}`, width)).join('')}`)
  console.log(`\n${pad('n', 8)}${['bulkPut/s', 'row/report/s', 'split/s', 'echarts ms', 'parse only/s', 'stored/s', 'import/parse', 'findings %', 'peak heap MB', 'IDB disk MB', 'fetch/s'].map((h) => pad(h, 14)).join('')}`)
  for (const [i, d] of details.entries()) {
    const r = rows[i]
    const findingsAt = d.phases.findings ?? d.importMs
    const cells = [d.floors.bulkPutPerSec, d.floors.bulkPutRowsPerSec, d.floors.splitPerSec, d.floors.echartsRenderMs, d.parsePerSec,
      Math.round(d.n / (findingsAt / 1000)), (r.importPerSec / d.parsePerSec).toFixed(2), Math.round((1 - findingsAt / d.importMs) * 100), d.peakHeapMB, d.idbDiskMB, d.fetchPerSec]
    console.log(`${pad(String(d.n), 8)}${cells.map((c) => pad(String(c), 14)).join('')}`)
  }
  for (const d of details) console.log(`  ${d.n}: parse only ${d.parsePerSec}/s; import ${d.importMs} ms ${JSON.stringify(d.phases)} ${JSON.stringify(d.outcomes)}; load ${d.load.join(' ')}; first charts ${d.firstCharts.join('/')} ms; load queries ${JSON.stringify(d.queries)}; filters ${JSON.stringify(d.filters)}; PNG runs ${d.exportRuns.map((x) => Math.round(x)).join('/')} ms`)
}
