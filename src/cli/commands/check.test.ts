import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { run } from './check.ts'
import { CliError } from '../cli-error.ts'

const DEMO = join(import.meta.dirname, '../../../data/demo')

function captureStdout(): { text: () => string } {
  let out = ''
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { out += String(chunk); return true })
  return { text: () => out }
}

describe('run (nianbao check)', () => {
  afterEach(() => { vi.restoreAllMocks() })

  it('prints one JSON array with per-report and cross-report findings', async () => {
    const out = captureStdout()
    const code = await run([DEMO], { json: true, units: join(DEMO, 'units.json'), deadline: join(DEMO, 'deadlines.json') })
    expect(code).toBe(0)
    const findings = JSON.parse(out.text())
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'Z7', unit: '竹笙乡', year: 2021, file: null, severity: 'WARN' }))
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'V-X-01', unit: '兰渚街道', year: 2022 }))
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'Z1', severity: 'INFO' }))
    for (const f of findings) expect(Object.keys(f)).toEqual(expect.arrayContaining(['rule', 'severity', 'unit', 'year', 'message']))
  })

  it('prints findings by unit and year in Chinese', async () => {
    const out = captureStdout()
    await run([DEMO], { units: join(DEMO, 'units.json'), deadline: '01-31' })
    expect(out.text()).toMatch(/竹笙乡\n(.*\n)*? {2}2021 年（无报告）\n {4}\[警告\] Z7 缺报或迟报：缺报/)
    expect(out.text()).toMatch(/共 \d+ 条：错误 \d+，警告 \d+，提示 \d+/)
  })

  it('rejects a deadline that is neither MM-DD nor a JSON file', async () => {
    await expect(run([DEMO], { deadline: 'soon' })).rejects.toBeInstanceOf(CliError)
  })
})
