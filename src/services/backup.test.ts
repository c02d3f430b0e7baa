import { beforeEach, describe, expect, it } from 'vitest'
import { countReports, db, getReport, textOfReport, type StoredReport, type StoredTextPack } from '../db/index.ts'
import { halfRecords } from './fault-fixtures.ts'
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
    // Its reports as objects, as the file has always held them.
    expect(JSON.parse(text).payload.tables.reportPacks[0].reports[0]).toMatchObject({ id: '示例县|2023|青禾镇', record: { unit: '青禾镇' } })
    const before = await snapshot()
    await resetDb()
    expect(await restoreBackup(text)).toEqual({ ok: true, reports: 1 })
    expect(await snapshot()).toEqual(before)
  })

  it('restores a backup made before findings, texts and reports were stored in packs', async () => {
    await seed()
    const findings = (await db.countyFindings.toArray()).flatMap((row) => row.findings)
    expect(findings.length).toBeGreaterThan(0)
    const current = JSON.parse(await exportBackup())
    // The same data as schema version 2 wrote it: a row per finding (numbered), per text and per report, reports naming no pack.
    const { countyFindings: _findingRows, textPacks, reportPacks, ...tables } = current.payload.tables
    const texts = (textPacks as StoredTextPack[]).flatMap((p) => Object.entries(p.texts).map(([id, text]) => ({ id, text })))
    // A backup holds its packs' reports as objects.
    const reports = (reportPacks as { reports: StoredReport[] }[]).flatMap((p) => p.reports).map(({ textPack: _pack, ...r }) => r)
    const payload = { ...current.payload, schemaVersion: 2, tables: { ...tables, reports, texts, findings: findings.map((f, i) => ({ id: i + 1, ...f })) } }
    const old = { ...current, payload, sha256: await sha256Hex(JSON.stringify(payload)) }
    await resetDb()
    expect(await restoreBackup(JSON.stringify(old))).toEqual({ ok: true, reports: 1 })
    expect((await db.countyFindings.toArray()).flatMap((row) => row.findings)).toEqual(findings)
    const report = (await getReport('示例县|2023|青禾镇'))!
    expect(report.textPack).toBe('示例县|2023|0')
    expect((await textOfReport(report))?.text).toBe(texts[0].text)
    expect(await db.reportPacks.toArray()).toEqual([{ key: '示例县|2023|0', county: '示例县', year: 2023, demo: 0, ids: [report.id], reports: [expect.any(String)] }])
    expect(JSON.parse((await db.reportPacks.toArray())[0].reports[0])).toEqual(report)
    expect(await halfRecords()).toEqual([])
  })

  it('refuses a truncated file with a reason and leaves the data alone', async () => {
    await seed()
    const text = await exportBackup()
    const result = await restoreBackup(text.slice(0, text.length - 40))
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('不完整') })
    expect((await countReports()).total).toBe(1)
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
