// Reports of our own, in phrasings the dev corpus does not use, scored with the corpus's scorer.
import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HELD_OUT, renderHeldOut } from './reports.ts'

const SCORE = join(import.meta.dirname, '../../../shared/corpus/score.mjs')
const BIN = join(import.meta.dirname, '../../bin/nianbao.mjs')

describe.runIf(existsSync(SCORE))('held-out reports', () => {
  it('reads meta, tables, narrative and flags of reports the parser was not tuned on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-heldout-'))
    for (const h of HELD_OUT) {
      const { text, truth } = renderHeldOut(h)
      writeFileSync(join(dir, h.file), text)
      writeFileSync(join(dir, h.file.replace(/\.txt$/, '.truth.json')), JSON.stringify(truth))
    }
    const out = join(dir, 'score.json')
    const log = execFileSync(process.execPath, [SCORE, dir, '--verbose', '--json', out, '--cmd', `${process.execPath} ${BIN} parse --json`], { encoding: 'utf8' })
    const { summary } = JSON.parse(readFileSync(out, 'utf8'))
    expect(summary, log).toMatchObject({ parsed: 100, cells: 100, meta: 100, proactiveTotal: 100, applications: 100 })
    expect(summary.channelF1, log).toBeGreaterThanOrEqual(0.9)
    expect(summary.reachF1, log).toBeGreaterThanOrEqual(0.85)
    expect(summary.flagsF1, log).toBeGreaterThanOrEqual(0.97)
  })
})
