// The parser's accuracy on the shared corpus (read in place from ../shared, never copied), measured
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
  it('parses every TXT/HTML report of the dev corpus with cells ≥ 99.5% and meta ≥ 98%', () => {
    const { summary, tally } = score('dev', 'txt,html')
    expect(summary.parsed).toBe(100)
    expect(summary.cells).toBeGreaterThanOrEqual(99.5)
    expect(pct(tally['cells [txt]'])).toBeGreaterThanOrEqual(99.5)
    expect(pct(tally['cells [html]'])).toBeGreaterThanOrEqual(99.5)
    expect(summary.meta).toBeGreaterThanOrEqual(98)
  })

  it('reads the seed report exactly', () => {
    const { summary } = score('seed')
    expect(summary).toMatchObject({ parsed: 100, cells: 100, meta: 100 })
  })
})
