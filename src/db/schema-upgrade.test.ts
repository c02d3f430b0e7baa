// A database written by the first released schema opens in the current NianbaoDB with every row intact.
// The old schema is frozen here on purpose: it must never follow NianbaoDB.ts.
import { describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { NianbaoDB } from './NianbaoDB.ts'
import { makeReport } from '../../tests/fixtures/make-report.ts'

const SCHEMA_V1 = {
  reports: 'id, [county+year], [county+unit], county, unit, year, demo',
  texts: 'id',
  findings: '++id, key, county, [county+year], reportId, rule, severity',
  corrections: 'id, reportId',
  acknowledgements: 'key, reportId',
  settings: 'key',
}

const ID = '示例县|2023|青禾镇'
const parsed = makeReport()
const V1_TABLES = ['reports', 'texts', 'findings', 'corrections', 'acknowledgements', 'settings'] as const
const FINDING = { key: `Z1#${ID}#`, county: '示例县', year: 2023, unit: '青禾镇', reportId: ID, rule: 'Z1', severity: 'INFO', message: '零申请', paths: [], spans: [] }
const OTHER_COUNTY_FINDING = { ...FINDING, key: 'Z1#邻县|2023|乙镇#', county: '邻县', unit: '乙镇', reportId: '邻县|2023|乙镇' }
const ROWS: Record<(typeof V1_TABLES)[number], unknown[]> = {
  reports: [{ id: ID, county: '示例县', year: 2023, unit: '青禾镇', file: 'a.txt', format: 'txt', importedAt: '2024-02-01T00:00:00.000Z', demo: 0, record: parsed.record }],
  texts: [{ id: ID, text: parsed.text, sources: { 't3.tot.new': { start: 0, end: 3 } } }],
  findings: [{ id: 1, ...FINDING }, { id: 2, ...OTHER_COUNTY_FINDING }, { id: 3, ...FINDING, key: `V-F-01#${ID}#`, rule: 'V-F-01', year: 2022 }],
  corrections: [{ id: `${ID}#t3.tot.new`, reportId: ID, path: 't3.tot.new', value: 4, original: 3, who: '张三', at: '2024-02-02T00:00:00.000Z', why: '笔误' }],
  acknowledgements: [{ key: `Z1#${ID}#`, reportId: ID, who: '李四', at: '2024-02-03T00:00:00.000Z', why: '确属零申请' }],
  settings: [{ key: 'findingsPending', value: [] }, { key: 'units:示例县', value: ['青禾镇'] }],
}

describe('NianbaoDB upgrade', () => {
  it('opens a version 1 database with every row of every table intact', async () => {
    const name = 'nianbao-upgrade-test'
    const old = new Dexie(name)
    old.version(1).stores(SCHEMA_V1)
    await old.open()
    for (const table of V1_TABLES) await old.table(table).bulkAdd(ROWS[table])
    old.close()

    const current = new NianbaoDB(name)
    await current.open()
    expect(current.verno).toBeGreaterThanOrEqual(1)
    for (const table of ['corrections', 'acknowledgements', 'settings'] as const) expect(await current.table(table).toArray()).toEqual(ROWS[table])
    // Versions 3–4 keep the texts of a county-year in one pack that each report names; kept spans are dropped.
    // Versions 5–6 keep the reports of that pack in one row under the same key; version 7 as JSON texts.
    const pack = `示例县|2023|0`
    const report = { ...(ROWS.reports[0] as object), textPack: pack }
    const packs = await current.reportPacks.toArray()
    expect(packs).toEqual([{ key: pack, county: '示例县', year: 2023, demo: 0, ids: [ID], reports: [expect.any(String)] }])
    expect(JSON.parse(packs[0].reports[0])).toEqual(report)
    expect(await current.textPacks.toArray()).toEqual([{ key: pack, texts: { [ID]: parsed.text } }])
    expect(await current.reportPacks.where('ids').equals(ID).count()).toBe(1)
    expect(Object.keys(current.reportPacks.schema.idxByName).sort()).toEqual(['[county+year]', 'county', 'demo', 'ids'])
    // Versions 3–4 keep a county's findings in one row, in their order, without the old row numbers.
    expect(current.tables.map((t) => t.name).sort()).toEqual(['acknowledgements', 'corrections', 'countyFindings', 'reportPacks', 'settings', 'textPacks'])
    expect(await current.countyFindings.toArray()).toEqual([
      { county: '示例县', findings: [FINDING, { ...FINDING, key: `V-F-01#${ID}#`, rule: 'V-F-01', year: 2022 }] },
      { county: '邻县', findings: [OTHER_COUNTY_FINDING] },
    ])
    current.close()
    await Dexie.delete(name)
  })

  it('turns the reports of a version 6 database into JSON texts, keeping those already turned', async () => {
    const name = 'nianbao-upgrade-test-6'
    const old = new Dexie(name)
    old.version(6).stores({ reportPacks: 'key, [county+year], county, demo, *ids', textPacks: 'key', countyFindings: 'county', corrections: 'id, reportId', acknowledgements: 'key, reportId', settings: 'key' })
    await old.open()
    const report = { ...(ROWS.reports[0] as { id: string }), textPack: '示例县|2023|w1' }
    const other = { ...report, id: '示例县|2023|白水乡', unit: '白水乡' }
    await old.table('reportPacks').bulkAdd([
      { key: '示例县|2023|w1', county: '示例县', year: 2023, demo: 0, ids: [report.id, other.id], reports: [report, JSON.stringify(other)] },
    ])
    old.close()

    const current = new NianbaoDB(name)
    await current.open()
    const [pack] = await current.reportPacks.toArray()
    expect(pack.reports.every((r) => typeof r === 'string')).toBe(true)
    expect(pack.reports.map((r) => JSON.parse(r))).toEqual([report, other])
    expect(await current.reportPacks.where('ids').equals(other.id).count()).toBe(1)
    current.close()
    await Dexie.delete(name)
  })
})
