// The worker pool of the parser client, with a stand-in Worker: requests spread over the workers and
// come back matched by id; cancel stops every worker; a crash sends the pending files to the fallback.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createParserClient, isWorkerLost, MAX_PAIRS_HERE, sameYearPairs } from './parser-client.ts'
import { computeFindings } from '../worker/compute-findings.ts'
import { makeReport } from '../../tests/fixtures/make-report.ts'
import type { WorkerRequest, WorkerResponse } from '../worker/protocol.ts'

class StandInWorker {
  static made: StandInWorker[] = []
  onmessage: ((e: { data: WorkerResponse }) => void) | null = null
  onerror: ((e: { preventDefault(): void }) => void) | null = null
  received: WorkerRequest[] = []
  transferred: unknown[][] = []
  terminated = false
  constructor() { StandInWorker.made.push(this) }
  postMessage(req: WorkerRequest, transfer: unknown[] = []) {
    this.received.push(req)
    this.transferred.push(transfer)
  }
  terminate() { this.terminated = true }
  answer(req: WorkerRequest) {
    if (req.type !== 'parse') return
    const results = req.files.map((f) => [{ ok: false as const, name: f.name, error: `${f.name}：worker ${StandInWorker.made.indexOf(this)}` }])
    this.onmessage?.({ data: { type: 'parsed', id: req.id, results } })
  }
}

describe('createParserClient', () => {
  afterEach(() => {
    StandInWorker.made = []
    vi.unstubAllGlobals()
  })

  it('spreads files over two workers and matches each answer to its file', async () => {
    vi.stubGlobal('Worker', StandInWorker)
    const client = createParserClient({ workers: 2 })
    const files = ['a', 'b', 'c', 'd'].map((n) => client.analyze(`${n}.txt`, new ArrayBuffer(1)))
    expect(StandInWorker.made).toHaveLength(2)
    expect(StandInWorker.made.map((w) => w.received.length)).toEqual([2, 2])
    for (const w of [...StandInWorker.made].reverse()) for (const req of [...w.received].reverse()) w.answer(req)
    const names = (await Promise.all(files)).map((r) => r[0].name)
    expect(names).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt'])
  })

  it('sends a group of files in one message to one worker and answers each file in order', async () => {
    vi.stubGlobal('Worker', StandInWorker)
    const client = createParserClient({ workers: 2 })
    const bytes = ['a', 'b', 'c'].map(() => new ArrayBuffer(8))
    const group = client.analyzeMany(['a', 'b', 'c'].map((n, i) => ({ name: `${n}.txt`, bytes: bytes[i] })))
    const lone = client.analyze('d.txt', new ArrayBuffer(1))
    expect(StandInWorker.made.map((w) => w.received.length)).toEqual([1, 1])
    const [first] = StandInWorker.made[0].received
    expect(first.type === 'parse' && first.files.map((f) => f.name)).toEqual(['a.txt', 'b.txt', 'c.txt'])
    // The bytes are handed over to the worker, not copied.
    expect(StandInWorker.made[0].transferred[0]).toEqual(bytes)
    expect(StandInWorker.made[0].transferred[0].every((b, i) => b === bytes[i])).toBe(true)
    StandInWorker.made[1].answer(StandInWorker.made[1].received[0])
    StandInWorker.made[0].answer(first)
    expect((await group).map((r) => r[0].name)).toEqual(['a.txt', 'b.txt', 'c.txt'])
    expect((await lone)[0].name).toBe('d.txt')
  })

  it('stops every worker on cancel and rejects what was pending', async () => {
    vi.stubGlobal('Worker', StandInWorker)
    const client = createParserClient({ workers: 2 })
    const pending = [client.analyze('a.txt', new ArrayBuffer(1)), client.analyze('b.txt', new ArrayBuffer(1))]
    client.cancel()
    expect(StandInWorker.made.every((w) => w.terminated)).toBe(true)
    for (const p of pending) await expect(p).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('rejects files pending in a worker that stops, their bytes being handed over, and parses later ones on the main thread', async () => {
    vi.stubGlobal('Worker', StandInWorker)
    const client = createParserClient({ workers: 2 })
    const pending = [client.analyze('a.txt', new ArrayBuffer(1)), client.analyze('b.txt', new ArrayBuffer(1))]
    StandInWorker.made[0].onerror?.({ preventDefault() {} })
    for (const p of pending) await expect(p).rejects.toSatisfy(isWorkerLost)
    expect(StandInWorker.made.every((w) => w.terminated)).toBe(true)
    const [again] = await client.analyze('a.txt', new TextEncoder().encode('不是报告').buffer)
    expect(again).toMatchObject({ ok: false, name: 'a.txt' })
    expect(again.ok ? '' : again.error).not.toContain('worker')
    expect(StandInWorker.made).toHaveLength(2)
  })

  it('answers the findings pending in a worker that stops on the main thread', async () => {
    vi.stubGlobal('Worker', StandInWorker)
    const client = createParserClient({ workers: 1 })
    const reports = [2022, 2023].map((year) => makeReport((r) => { r.file = `${year}.txt`; r.year = year }))
    const pending = client.findings(reports, {}, ['2022.txt'])
    expect(StandInWorker.made[0].received.map((r) => r.type)).toEqual(['findings'])
    StandInWorker.made[0].onerror?.({ preventDefault() {} })
    expect(await pending).toEqual(computeFindings(reports, {}, ['2022.txt']))
  })

  it('runs cross-report rules alone on this thread, and sends a county with per-report rules to run to a worker', async () => {
    vi.stubGlobal('Worker', StandInWorker)
    const client = createParserClient({ workers: 2 })
    // Two years of one unit: the cross-report rules find something in them (Z7, V-T2-02).
    const reports = [2022, 2023].map((year) => makeReport((r) => { r.file = `${year}.txt`; r.year = year }))
    const crossOnly = await client.findings(reports, {}, ['2022.txt', '2023.txt'])
    expect(StandInWorker.made.flatMap((w) => w.received)).toEqual([])
    expect(crossOnly.map((f) => f.rule).sort()).toEqual(['V-T2-02', 'Z7'])
    expect(crossOnly).toEqual(computeFindings(reports, {}, ['2022.txt', '2023.txt']))
    void client.findings(reports, {}, ['2022.txt'])
    expect(StandInWorker.made.flatMap((w) => w.received).map((r) => r.type)).toEqual(['findings'])
    // A year with too many reports to compare on the page goes to a worker even with only cross rules to run.
    const many = Array.from({ length: 100 }, (_, i) => makeReport((r) => { r.file = `${i}.txt`; r.unit = `测${i}镇` }))
    expect(sameYearPairs(many)).toBeGreaterThan(MAX_PAIRS_HERE)
    expect(sameYearPairs(reports)).toBe(0)
    expect(sameYearPairs(many.slice(0, 3))).toBe(3)
    void client.findings(many, {}, many.map((r) => r.record.file))
    expect(StandInWorker.made.flatMap((w) => w.received).map((r) => r.type)).toEqual(['findings', 'findings'])
  })
})
