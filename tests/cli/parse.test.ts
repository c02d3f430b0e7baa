// The `nianbao` command as a user runs it: the bin entry, real files, real exit codes.
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildReport } from '../fixtures/layouts/build-report.ts'

const BIN = join(import.meta.dirname, '../../bin/nianbao.mjs')
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' })

function fixtureDir() {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'))
  writeFileSync(join(dir, 'a-青禾镇.txt'), buildReport('tab'))
  writeFileSync(join(dir, 'b-empty.txt'), '')
  writeFileSync(join(dir, 'c-云栖乡.html'), buildReport('html', { title: '示例县云栖乡2022年政府信息公开工作年度报告' }))
  writeFileSync(join(dir, 'd-binary.txt'), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 131) % 256)))
  return dir
}

describe('nianbao parse', () => {
  it('prints one record per file in input order, errors in place, and exits 1 when a file failed', () => {
    const dir = fixtureDir()
    const files = ['c-云栖乡.html', 'b-empty.txt', 'a-青禾镇.txt', 'd-binary.txt'].map((f) => join(dir, f))
    const out = run('parse', '--json', ...files)
    expect(out.status).toBe(1)
    const records = JSON.parse(out.stdout)
    expect(records.map((r: { file: string }) => r.file)).toEqual(['c-云栖乡.html', 'b-empty.txt', 'a-青禾镇.txt', 'd-binary.txt'])
    expect(records[0]).toMatchObject({ unit: '云栖乡', county: '示例县', year: 2022, template: '2021' })
    expect(records[1]).toEqual({ file: 'b-empty.txt', error: expect.stringContaining('b-empty.txt：文件为空') })
    expect(records[2]).toMatchObject({ unit: '青禾镇', year: 2023 })
    expect(records[3].error).toMatch(/d-binary\.txt：.*不是文本文件/)
  })

  it('exits 0 and prints a Chinese summary without --json', () => {
    const dir = fixtureDir()
    const out = run('parse', join(dir, 'a-青禾镇.txt'))
    expect(out.status).toBe(0)
    expect(out.stdout).toContain('单位：示例县 青禾镇（镇）')
    expect(out.stdout).toContain('格式：2021年格式')
  })

  it('reads a whole folder', () => {
    const dir = fixtureDir()
    const out = run('parse', '--json', dir)
    expect(JSON.parse(out.stdout)).toHaveLength(4)
  })

  it('explains its usage when called wrongly', () => {
    const out = run('parse')
    expect(out.status).toBe(2)
    expect(out.stderr).toContain('parse 需要至少一个文件或文件夹')
  })
})
