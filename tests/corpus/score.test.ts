// The parser's (and the per-report rules') accuracy on the shared corpus (read in place from ../shared, never copied), measured
// by the corpus's own scorer through the real `nianbao parse --json` command, so it cannot regress.
import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const SHARED = join(import.meta.dirname, '../../../shared/corpus')
const SCORE = join(SHARED, 'score.mjs')

interface Score {
  summary: { files: number; parsed: number; cells: number; meta: number; proactiveTotal: number; applications: number; channelF1: number; reachF1: number; flagsF1: number }
  tally: Record<string, { ok: number; n: number }>
}

function score(dir: string, only?: string): Score {
  const out = join(mkdtempSync(join(tmpdir(), 'nianbao-score-')), 'score.json')
  const args = [SCORE, join(SHARED, dir), '--json', out, '--cmd', `node ${join(import.meta.dirname, '../../bin/nianbao.mjs')} parse --json`]
  if (only) args.push('--only', only)
  execFileSync(process.execPath, args, { stdio: 'pipe', cwd: join(import.meta.dirname, '../..') })
  return JSON.parse(readFileSync(out, 'utf8'))
}

const pct = (g?: { ok: number; n: number }) => (g && g.n ? (100 * g.ok) / g.n : 100)

describe.runIf(existsSync(SCORE))('score.mjs on the shared corpus', () => {
  it('meets the parser and findings targets on every format of the dev corpus', () => {
    const { summary, tally } = score('dev')
    expect(summary.parsed).toBe(100)
    for (const format of ['txt', 'html', 'docx', 'pdf']) {
      expect(pct(tally[`files parsed [${format}]`]), format).toBe(100)
      expect(pct(tally[`cells [${format}]`]), format).toBeGreaterThanOrEqual(99.5)
    }
    expect(summary.cells).toBeGreaterThanOrEqual(99.5)
    expect(summary.meta).toBeGreaterThanOrEqual(98)
    expect(summary.proactiveTotal).toBeGreaterThanOrEqual(95)
    expect(summary.applications).toBeGreaterThanOrEqual(95)
    expect(summary.channelF1).toBeGreaterThanOrEqual(0.9)
    expect(summary.reachF1).toBeGreaterThanOrEqual(0.85)
    expect(summary.flagsF1).toBeGreaterThanOrEqual(0.97)
  })

  it('meets the same targets on the TXT/HTML reports alone', () => {
    const { summary } = score('dev', 'txt,html')
    expect(summary).toMatchObject({ parsed: 100 })
    expect(summary.cells).toBeGreaterThanOrEqual(99.5)
    expect(summary.meta).toBeGreaterThanOrEqual(98)
    expect(Math.min(summary.proactiveTotal, summary.applications)).toBeGreaterThanOrEqual(95)
    expect(summary.channelF1).toBeGreaterThanOrEqual(0.9)
    expect(summary.reachF1).toBeGreaterThanOrEqual(0.85)
    expect(summary.flagsF1).toBeGreaterThanOrEqual(0.97)
  })

  it('reads the seed report exactly', () => {
    const { summary } = score('seed')
    expect(summary).toMatchObject({ parsed: 100, cells: 100, meta: 100, proactiveTotal: 100, applications: 100 })
    expect(summary.channelF1).toBeGreaterThanOrEqual(0.9)
    expect(summary.flagsF1).toBe(1)
  })
})
