import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../db/index.ts'
import { exportBackup, restoreBackup, sha256Hex } from './backup.ts'
import { importFiles } from './import-files.ts'
import { saveCorrection } from './corrections.ts'
import { analyzed, fakeParser, inputs, resetDb } from './test-helpers.ts'

async function seed() {
  const parser = fakeParser({ 'a.txt': [analyzed('a.txt')] })
  await importFiles(inputs('a.txt'), { parser })
  await saveCorrection({ reportId: '示例县|2023|青禾镇', path: 't3.tot.new', value: 4, who: '张三', why: '笔误' }, parser)
}
const snapshot = async () => Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()])))

describe('exportBackup / restoreBackup', () => {
  beforeEach(resetDb)

  it('restores every table losslessly', async () => {
    await seed()
    const text = await exportBackup()
    const before = await snapshot()
    await resetDb()
    expect(await restoreBackup(text)).toEqual({ ok: true, reports: 1 })
    expect(await snapshot()).toEqual(before)
  })

  it('restores a backup made before findings were stored a county to a row', async () => {
    await seed()
    const findings = (await db.countyFindings.toArray()).flatMap((row) => row.findings)
    expect(findings.length).toBeGreaterThan(0)
    const current = JSON.parse(await exportBackup())
    // The same data as schema version 2 wrote it: a findings table of numbered rows, no countyFindings.
    const { countyFindings: _rows, ...tables } = current.payload.tables
    const payload = { ...current.payload, schemaVersion: 2, tables: { ...tables, findings: findings.map((f, i) => ({ id: i + 1, ...f })) } }
    const old = { ...current, payload, sha256: await sha256Hex(JSON.stringify(payload)) }
    const before = await snapshot()
    await resetDb()
    expect(await restoreBackup(JSON.stringify(old))).toEqual({ ok: true, reports: 1 })
    expect(await snapshot()).toEqual(before)
  })

  it('refuses a truncated file with a reason and leaves the data alone', async () => {
    await seed()
    const text = await exportBackup()
    const result = await restoreBackup(text.slice(0, text.length - 40))
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('不完整') })
    expect(await db.reports.count()).toBe(1)
  })

  it('refuses an edited file', async () => {
    await seed()
    const text = (await exportBackup()).replace('"张三"', '"李四"')
    expect(await restoreBackup(text)).toEqual({ ok: false, reason: expect.stringContaining('已被修改') })
  })

  it('refuses a file that is not a backup', async () => {
    expect(await restoreBackup('{"hello":1}')).toEqual({ ok: false, reason: '这不是年报的备份文件' })
  })
})
