// Large imports cut short: by a closed page, a full disk or a cancel. What was committed is whole (each
// report with its text), the counties it touched are marked for findings, and a re-run completes it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { allFindings, countReports, db, findingsOf } from '../db/index.ts'
import { chunkLimit, importFiles, MAX_ROWS_PER_COMMIT, ROWS_PER_COMMIT } from './import-files.ts'
import { recomputePendingFindings } from './findings-pending.ts'
import { recomputeFindings } from './findings.ts'
import { exportBackup, restoreBackup } from './backup.ts'
import { SETTING_KEYS } from './setting-keys.ts'
import { analyzed, fakeParser, inputs, resetDb } from './test-helpers.ts'
import { halfRecords, snapshotDb } from './fault-fixtures.ts'
import type { AnalyzedFile } from '../worker/protocol.ts'

const N = 1200
const names = Array.from({ length: N }, (_, i) => `r${i}.txt`)
/** Report r0 says it published only 2 items (Z5), so the county has a finding to compute. */
const table: Record<string, AnalyzedFile[]> = Object.fromEntries(names.map((n, i) => [n, [analyzed(n, (r) => {
  r.unit = `测${i}镇`
  if (i === 0) r.narrative.proactiveTotal = { value: 2, approx: false }
})]]))
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')
const pending = async () => ((await db.settings.get(SETTING_KEYS.findingsPending))?.value as string[] | undefined) ?? []

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 500 && !(await check()); i++) await new Promise((r) => setTimeout(r, 10))
}

describe('chunkLimit', () => {
  /** The chunk sizes an import of n files commits, the last one written after parsing ends. */
  function chunks(n: number): number[] {
    const sizes: number[] = []
    let rows = 0
    for (let i = 0; i < n; i++) {
      rows++
      if (rows >= chunkLimit(sizes.length, n - 1 - i) && i < n - 1) { sizes.push(rows); rows = 0 }
    }
    return [...sizes, rows]
  }

  it('grows the chunks from ROWS_PER_COMMIT to MAX_ROWS_PER_COMMIT, and shrinks them near the end', () => {
    const sizes = chunks(10_000)
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(10_000)
    expect(sizes.slice(0, 4)).toEqual([ROWS_PER_COMMIT, 2 * ROWS_PER_COMMIT, MAX_ROWS_PER_COMMIT, MAX_ROWS_PER_COMMIT])
    expect(Math.max(...sizes)).toBe(MAX_ROWS_PER_COMMIT)
    expect(sizes.at(-1)).toBeLessThan(ROWS_PER_COMMIT)
    expect(sizes.length).toBeLessThan(12)
  })

  it('leaves a batch of up to ROWS_PER_COMMIT files in one chunk', () => {
    expect(chunks(ROWS_PER_COMMIT)).toEqual([ROWS_PER_COMMIT])
    expect(chunks(ROWS_PER_COMMIT + 1)).toEqual([ROWS_PER_COMMIT, 1])
  })
})

describe('large imports', { timeout: 60_000 }, () => {
  beforeEach(resetDb)
  afterEach(() => vi.restoreAllMocks())

  it('commits whole chunks, then computes the findings and clears the pending mark', async () => {
    const out = await importFiles(inputs(...names), { parser: fakeParser(table) })
    expect(out.results.every((r) => r.outcome === 'imported')).toBe(true)
    expect((await countReports()).total).toBe(N)
    expect(await halfRecords()).toEqual([])
    expect(await pending()).toEqual([])
    expect((await findingsOf('示例县')).length).toBeGreaterThan(0)
  })

  it('reuses the per-report findings made at parse time: the same findings as running every rule again', async () => {
    const parser = fakeParser(table)
    const runs: number[] = []
    const findings = parser.findings
    parser.findings = (reports, options, skip) => { runs.push(reports.length - (skip?.length ?? 0)); return findings(reports, options, skip) }
    await importFiles(inputs(...names), { parser })
    expect(runs).toEqual([0])
    const view = async () => (await allFindings()).map((f) => `${f.key} ${f.severity} ${f.message}`).sort()
    const fromImport = await view()
    expect(fromImport.some((f) => f.startsWith('Z5#'))).toBe(true)
    await recomputeFindings(['示例县'], fakeParser(table))
    expect(await view()).toEqual(fromImport)
  })

  it('computes a county that the chunks have moved past while parsing goes on, and one touched again after it at the end', async () => {
    // Chunks of 500, then 550 (丙县), then 500 (丙县 and 甲县), then the rest: 甲县 and 乙县 end in the
    // first, and 甲县 comes back at the end (so its early findings are replaced by the final pass).
    const plan = [['甲县', 300], ['乙县', 200], ['丙县', 1000], ['甲县', 100]] as const
    const files: Record<string, AnalyzedFile[]> = {}
    const order: string[] = []
    for (const [county, n] of plan) {
      for (let i = 0; i < n; i++) {
        const name = `${county}-${order.length}.txt`
        order.push(name)
        files[name] = [analyzed(name, (r) => {
          r.county = county
          r.unit = `测${order.length}镇`
          if (i === 0) r.narrative.proactiveTotal = { value: 2, approx: false }
        })]
      }
    }
    const parser = fakeParser(files)
    const calls: string[] = []
    const findings = parser.findings
    parser.findings = (reports, options, skip) => { calls.push(options.county!); return findings(reports, options, skip) }
    await importFiles(inputs(...order), { parser })
    expect(calls.slice(0, 2).sort()).toEqual(['乙县', '甲县'])
    expect(calls.slice(2).sort()).toEqual(['丙县', '甲县'])
    expect(await pending()).toEqual([])
    const view = async () => (await allFindings()).map((f) => `${f.county} ${f.key} ${f.message}`).sort()
    const fromImport = await view()
    expect(fromImport.filter((f) => f.includes('Z5#'))).toHaveLength(4)
    await recomputeFindings(['甲县', '乙县', '丙县'], fakeParser(files))
    expect(await view()).toEqual(fromImport)
  })

  it('leaves only whole chunks when the page dies mid-import, and a re-run completes it', async () => {
    const parser = fakeParser(table, async (name) => { if (Number(name.slice(1, -4)) >= 700) await new Promise(() => {}) })
    void importFiles(inputs(...names), { parser })
    await until(async () => ((await countReports()).total) >= ROWS_PER_COMMIT)
    await new Promise((r) => setTimeout(r, 50))
    expect((await countReports()).total).toBe(ROWS_PER_COMMIT)
    expect(await halfRecords()).toEqual([])
    expect(await pending()).toEqual(['示例县'])

    expect(await recomputePendingFindings(fakeParser(table))).toBe(1)
    expect((await findingsOf('示例县')).length).toBeGreaterThan(0)
    expect(await pending()).toEqual([])
    let asked = 0
    const rerun = await importFiles(inputs(...names), { parser: fakeParser(table), confirmReplace: async () => { asked++; return true } })
    expect(asked).toBe(1)
    expect(rerun.results.filter((r) => r.outcome === 'replaced')).toHaveLength(ROWS_PER_COMMIT)
    expect(rerun.results.filter((r) => r.outcome === 'imported')).toHaveLength(N - ROWS_PER_COMMIT)
    expect((await countReports()).total).toBe(N)
    expect(await halfRecords()).toEqual([])
  })

  it('keeps the committed chunks whole and explains a full disk, failing only the rest', async () => {
    const real = db.textPacks.bulkPut.bind(db.textPacks)
    let calls = 0
    vi.spyOn(db.textPacks, 'bulkPut').mockImplementation(((rows: never) => (++calls === 2 ? Promise.reject(quota()) : real(rows))) as typeof db.textPacks.bulkPut)
    const out = await importFiles(inputs(...names), { parser: fakeParser(table) })
    expect(out.results.filter((r) => r.outcome === 'imported')).toHaveLength(ROWS_PER_COMMIT)
    const failed = out.results.filter((r) => r.outcome === 'failed')
    expect(failed).toHaveLength(N - ROWS_PER_COMMIT)
    expect(failed[0].reason).toContain('浏览器存储空间已满')
    expect(failed[0].reason).toContain(`已写入的 ${ROWS_PER_COMMIT} 份报告完整保留`)
    expect((await countReports()).total).toBe(ROWS_PER_COMMIT)
    expect(await halfRecords()).toEqual([])
  })

  it('writes nothing of a small batch when the disk is full', async () => {
    await importFiles(inputs('r0.txt'), { parser: fakeParser(table) })
    const before = await snapshotDb()
    vi.spyOn(db.textPacks, 'bulkPut').mockImplementation((() => Promise.reject(quota())) as unknown as typeof db.textPacks.bulkPut)
    const out = await importFiles(inputs('r1.txt', 'r2.txt'), { parser: fakeParser(table) })
    expect(out.results.map((r) => r.outcome)).toEqual(['failed', 'failed'])
    expect(out.results[0].reason).toMatch(/^浏览器存储空间已满.*本批次未写入任何数据/)
    expect(await snapshotDb()).toBe(before)
  })

  it('keeps the committed chunks when a large import is cancelled, and marks the rest cancelled', async () => {
    const controller = new AbortController()
    const parser = fakeParser(table, async (name) => {
      if (name !== 'r800.txt') return
      await until(async () => ((await countReports()).total) >= ROWS_PER_COMMIT)
      controller.abort()
    })
    const out = await importFiles(inputs(...names), { parser, signal: controller.signal })
    expect(out.cancelled).toBe(true)
    expect(out.results.filter((r) => r.outcome === 'imported')).toHaveLength(ROWS_PER_COMMIT)
    expect(out.results.filter((r) => r.outcome === 'cancelled')).toHaveLength(N - ROWS_PER_COMMIT)
    expect(await halfRecords()).toEqual([])
  })
})

describe('restoreBackup under a full disk', () => {
  beforeEach(resetDb)
  afterEach(() => vi.restoreAllMocks())

  it('leaves the current data untouched when the restore cannot be written', async () => {
    await importFiles(inputs('r0.txt', 'r1.txt'), { parser: fakeParser(table) })
    const backup = await exportBackup()
    await importFiles(inputs('r2.txt'), { parser: fakeParser(table) })
    const before = await snapshotDb()
    const tables = Object.getPrototypeOf(db.textPacks) as { bulkAdd: (...args: unknown[]) => Promise<unknown> }
    const real = tables.bulkAdd
    vi.spyOn(tables, 'bulkAdd').mockImplementation(function (this: { name: string }, ...args: unknown[]) {
      return this.name === 'textPacks' ? Promise.reject(quota()) : real.apply(this, args)
    })
    await expect(restoreBackup(backup)).rejects.toThrow()
    expect(await snapshotDb()).toBe(before)
  })
})
