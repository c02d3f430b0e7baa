// `npm run bench [-- --sizes 1000,10000]`: builds the app, serves it with generated report sets and
// measures it in headless Chromium with an on-disk profile. Prints a table; writes reports/bench.json.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { execFileSync } from 'node:child_process'
import { parseArgs } from 'node:util'
import { isBenchReport, listFiles, startBenchServer } from './server.ts'
import { measureSize, type Floors, type SizeDetail, type SizeRow } from './measure-size.ts'
import { printTable } from './print-table.ts'

const ROOT = resolve(import.meta.dirname, '../..')
const DEFAULT_SIZES = [1000, 10000, 50000]
/** The bench builds into its own folder: `npm test` rebuilding dist/ mid-run must not swap the files it serves. */
const DIST = resolve(ROOT, '.cache/bench/dist')

/** The generated set of n TXT/HTML reports, made (again) unless the folder holds exactly that. */
function ensureSet(n: number): string {
  const dir = resolve(ROOT, 'data/bench', String(n))
  const reports = existsSync(dir) ? listFiles(dir).filter(isBenchReport).length : 0
  if (reports !== n) {
    rmSync(dir, { recursive: true, force: true })
    execFileSync('npx', ['tsx', 'scripts/generate-demo.ts', '--size', String(n), '--out', dir], { cwd: ROOT, stdio: 'inherit' })
  }
  return dir
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { sizes: { type: 'string' }, 'no-build': { type: 'boolean' } } })
  const sizes = values.sizes ? values.sizes.split(',').map(Number).filter((n) => n > 0) : DEFAULT_SIZES
  const sets = Object.fromEntries(sizes.map((n) => [String(n), ensureSet(n)]))
  if (!values['no-build']) execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--emptyOutDir', '--outDir', DIST], { cwd: ROOT, stdio: 'inherit' })
  const server = await startBenchServer(DIST, sets)
  const rows: SizeRow[] = []
  const details: (SizeDetail & { n: number; floors: Floors })[] = []
  let floors: Floors | null = null
  try {
    for (const n of sizes) {
      console.log(`bench: ${n} reports…`)
      const result = await measureSize(server.url, String(n))
      rows.push(result.row)
      details.push({ n, ...result.detail, floors: result.floors })
      floors = result.floors
      console.log(`  ${JSON.stringify(result.row)}`)
    }
  } finally {
    await server.close()
  }
  mkdirSync(resolve(ROOT, 'reports'), { recursive: true })
  writeFileSync(resolve(ROOT, 'reports/bench.json'), JSON.stringify({ sizes: rows, floors }, null, 2) + '\n')
  writeFileSync(resolve(ROOT, 'reports/bench-detail.json'), JSON.stringify(details, null, 2) + '\n')
  printTable(rows, details)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
