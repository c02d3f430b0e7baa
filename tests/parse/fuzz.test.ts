// Fuzzing the parser: thousands of randomly mangled reports never make it throw or hang.
import { describe, expect, it } from 'vitest'
import { parseReport } from '../../src/core/parse/parse-report.ts'
import { htmlToText } from '../../src/core/text/html-to-text.ts'
import { buildReport, type Layout } from '../fixtures/layouts/build-report.ts'

/** A small deterministic PRNG (mulberry32) so a failure can be replayed from its seed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const JUNK = ['\t', '|', '  ', '\n', '（', '）', '0', '-1', '9999999999999', '万余', '“', '”', '<td>', '</tr>', '<table>', '&#', '\u0000', '\ufffd', '第二十条第', '总计', '本年新收', '一、', '（七）', '年', '镇人民政府']

function mangle(text: string, rnd: () => number): string {
  let s = text
  const edits = 1 + Math.floor(rnd() * 30)
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rnd() * (s.length + 1))
    const op = rnd()
    if (op < 0.3) s = s.slice(0, at) + s.slice(at + Math.floor(rnd() * 200))
    else if (op < 0.6) s = s.slice(0, at) + JUNK[Math.floor(rnd() * JUNK.length)].repeat(1 + Math.floor(rnd() * 3)) + s.slice(at)
    else if (op < 0.75) s = s.slice(0, at)
    else if (op < 0.9) { const lines = s.split('\n'); const i = Math.floor(rnd() * lines.length), j = Math.floor(rnd() * lines.length); [lines[i], lines[j]] = [lines[j], lines[i]]; s = lines.join('\n') }
    else s = s.slice(0, at) + String.fromCharCode(Math.floor(rnd() * 0xffff)) + s.slice(at)
  }
  return s
}

describe('parseReport under fuzzing', () => {
  const layouts: Layout[] = ['tab', 'pipe', 'cell-per-line', 'spaces', 'html', 'div']
  const bases = layouts.map((l) => ({ layout: l, text: buildReport(l, { t3: { new: { np: 2, tot: 2 }, open: { np: 2, tot: 2 }, total: { np: 2, tot: 2 } } }) }))

  it('never throws and never takes more than 250 ms of CPU on 3,000 mangled reports', () => {
    const rnd = random(20261125)
    let ok = 0, slowest = 0
    for (let i = 0; i < 3000; i++) {
      const base = bases[i % bases.length]
      const mangled = mangle(base.text, rnd)
      const c0 = process.cpuUsage()
      const text = base.layout === 'html' || base.layout === 'div' ? htmlToText(mangled) : mangled
      const result = parseReport(text, { fileName: `fuzz-${i}.txt` })
      const cpu = process.cpuUsage(c0)
      slowest = Math.max(slowest, (cpu.user + cpu.system) / 1000)
      expect(result.ok || (result.error.startsWith(`fuzz-${i}.txt：`))).toBe(true)
      if (result.ok) ok++
    }
    expect(slowest).toBeLessThan(250)
    expect(ok).toBeGreaterThan(1000)
  })

  it('survives pathological inputs: one huge line, only separators, deep nesting', () => {
    const cases = ['政府信息公开 主动公开 ' + '1\t'.repeat(200_000), '|'.repeat(100_000), '<div>'.repeat(20_000) + '政府信息公开年度报告 主动公开', '一、'.repeat(50_000) + '依申请公开']
    for (const c of cases) {
      const c0 = process.cpuUsage()
      const result = parseReport(c.startsWith('<') ? htmlToText(c) : c, { fileName: 'odd.txt' })
      expect(typeof result.ok).toBe('boolean')
      const cpu = process.cpuUsage(c0)
      expect((cpu.user + cpu.system) / 1000).toBeLessThan(3000)
    }
  })
})
