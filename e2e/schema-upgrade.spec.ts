// Databases written by earlier schemas open in the current app in real Chromium with their reports, texts,
// findings and corrections intact: version 2 (a row per report, text and finding) and the previous one,
// version 6 (packs of report objects, before reports were stored as JSON texts).
import { test, expect, type Page } from '@playwright/test'
import { parseReport } from '../src/core/parse/parse-report.ts'
import { makeCountyFiles, shot, waitForStart } from './helpers.ts'
import { readDbState } from './fault-helpers.ts'

const COUNTY = '旧版县'

/** The rows schema version 2 stored for these reports: reports, texts (one per report) and one finding. */
function versionTwoRows() {
  const parsed = makeCountyFiles(['青山镇', '白水乡'], [2022, 2023], COUNTY).map((f) => {
    const p = parseReport(f.buffer.toString('utf8'), { fileName: f.name })
    if (!p.ok) throw new Error(p.error)
    return p
  })
  const reports = parsed.map(({ record }) => ({
    id: `${record.county}|${record.year}|${record.unit}`, county: record.county!, year: record.year!, unit: record.unit!,
    file: record.file, format: 'txt', importedAt: '2025-03-01T00:00:00.000Z', demo: 0, record,
  }))
  const texts = parsed.map((p, i) => ({ id: reports[i].id, text: p.text }))
  const target = reports[0]
  const finding = {
    key: `Z9#${target.id}#`, county: COUNTY, year: target.year, unit: target.unit, reportId: target.id,
    rule: 'V-T3-01', severity: 'ERROR', message: '旧版本记录的发现', paths: ['t3.tot.new'], spans: [],
  }
  const correction = { id: `${target.id}#t2.fees`, reportId: target.id, path: 't2.fees', value: 7, original: null, who: '张三', at: '2025-03-02T00:00:00.000Z', why: '补录' }
  return { reports, texts, finding, correction }
}

/** An object store of an old schema: its key, and its indexes as [name, key path, multi-entry]. */
interface OldStore { name: string; keyPath: string; autoIncrement?: boolean; indexes?: [string, string | string[], boolean?][] }

/**
 * Writes a database as an old NianbaoDB version left it, with raw IndexedDB, from a same-origin page that
 * does not start the app (so the old database is there before the app opens it). Dexie stores version n as
 * IndexedDB version 10n. The demo is dismissed, as a used database has it.
 */
async function writeOldDatabase(page: Page, idbVersion: number, stores: OldStore[], rows: Record<string, unknown[]>): Promise<void> {
  await page.goto('/favicon.svg')
  await page.evaluate(async ({ idbVersion, stores, rows }) => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('nianbao', idbVersion)
      open.onupgradeneeded = () => {
        for (const s of stores) {
          const store = open.result.createObjectStore(s.name, { keyPath: s.keyPath, autoIncrement: s.autoIncrement ?? false })
          for (const [name, keyPath, multiEntry] of s.indexes ?? []) store.createIndex(name, keyPath, { multiEntry: multiEntry ?? false })
        }
      }
      open.onerror = () => reject(open.error)
      open.onsuccess = () => {
        const db = open.result
        const all = { ...rows, settings: [...(rows.settings ?? []), { key: 'demoDismissed', value: true }] }
        const tx = db.transaction(Object.keys(all), 'readwrite')
        for (const [store, list] of Object.entries(all)) for (const row of list) tx.objectStore(store).put(row)
        tx.oncomplete = () => { db.close(); resolve() }
        tx.onerror = () => reject(tx.error)
      }
    })
  }, { idbVersion, stores, rows })
}

/** The stores the schema versions below share. */
const CORRECTIONS: OldStore = { name: 'corrections', keyPath: 'id', indexes: [['reportId', 'reportId']] }
const ACKNOWLEDGEMENTS: OldStore = { name: 'acknowledgements', keyPath: 'key', indexes: [['reportId', 'reportId']] }
const SETTINGS: OldStore = { name: 'settings', keyPath: 'key' }

test('a database of schema version 2 is upgraded on first start with every report, text and finding intact', async ({ page }) => {
  const rows = versionTwoRows()
  // The stores and indexes of NianbaoDB version 2.
  await writeOldDatabase(page, 20, [
    { name: 'reports', keyPath: 'id', indexes: [['[county+year]', ['county', 'year']], ['[county+unit]', ['county', 'unit']], ['county', 'county'], ['demo', 'demo']] },
    { name: 'texts', keyPath: 'id' },
    { name: 'findings', keyPath: 'id', autoIncrement: true, indexes: [['county', 'county'], ['[county+year]', ['county', 'year']]] },
    CORRECTIONS, ACKNOWLEDGEMENTS, SETTINGS,
  ], { reports: rows.reports, texts: rows.texts, findings: [rows.finding], corrections: [rows.correction] })

  await page.goto(`/unit/${encodeURIComponent('青山镇')}?county=${encodeURIComponent(COUNTY)}&year=2022`)
  await waitForStart(page)
  // The report comes from its new pack, its text from its text pack, the old finding from its county's row, the correction as it was.
  await expect(page.getByTestId('source-text')).toContainText('青山镇')
  await expect(page.locator('[data-testid=finding-item][data-rule="V-T3-01"]')).toContainText('旧版本记录的发现')
  await expect(page.locator('[data-path="t2.fees"]')).toHaveClass(/corrected/)
  await shot(page, 'upgraded-unit')

  const state = await readDbState(page)
  expect(state.reports.sort()).toEqual(rows.reports.map((r) => r.id).sort())
  expect(state.half).toEqual([])
  const version = await page.evaluate(() => new Promise<number>((resolve) => {
    const open = indexedDB.open('nianbao')
    open.onsuccess = () => { resolve(open.result.version); open.result.close() }
  }))
  expect(version).toBe(70)

  await page.goto(`/data`)
  await waitForStart(page)
  await expect(page.locator('[data-testid=stored-count][data-current=yes]')).toContainText('共 4 份报告')
})

test('a database of the previous schema (version 6) is upgraded on first start with every report, text and finding intact', async ({ page }) => {
  const { reports, texts, finding, correction } = versionTwoRows()
  // Version 6: a county-year's reports as objects in one pack row, their texts in a text pack of the same key.
  const packKey = (r: { county: string; year: number }) => `${r.county}|${r.year}|w1`
  const packs = [...new Set(reports.map(packKey))].map((key) => {
    const own = reports.filter((r) => packKey(r) === key).map((r) => ({ ...r, textPack: key }))
    return {
      report: { key, county: own[0].county, year: own[0].year, demo: 0, ids: own.map((r) => r.id), reports: own },
      text: { key, texts: Object.fromEntries(own.map((r) => [r.id, texts.find((t) => t.id === r.id)!.text])) },
    }
  })
  // The stores and indexes of NianbaoDB version 6.
  await writeOldDatabase(page, 60, [
    { name: 'reportPacks', keyPath: 'key', indexes: [['[county+year]', ['county', 'year']], ['county', 'county'], ['demo', 'demo'], ['ids', 'ids', true]] },
    { name: 'textPacks', keyPath: 'key' },
    { name: 'countyFindings', keyPath: 'county' },
    CORRECTIONS, ACKNOWLEDGEMENTS, SETTINGS,
  ], {
    reportPacks: packs.map((p) => p.report), textPacks: packs.map((p) => p.text),
    countyFindings: [{ county: finding.county, findings: [finding] }], corrections: [correction],
  })

  await page.goto(`/unit/${encodeURIComponent('青山镇')}?county=${encodeURIComponent(COUNTY)}&year=2022`)
  await waitForStart(page)
  await expect(page.getByTestId('source-text')).toContainText('青山镇')
  await expect(page.locator('[data-testid=finding-item][data-rule="V-T3-01"]')).toContainText('旧版本记录的发现')
  await expect(page.locator('[data-path="t2.fees"]')).toHaveClass(/corrected/)
  await expect(page.locator('[data-path="t3.tot.new"]')).toContainText(String(reports[0].record.t3!.tot.new))
  await shot(page, 'upgraded-unit-v6')

  // Every report is now its JSON text, with the same content as before.
  const stored = await page.evaluate(() => new Promise<{ version: number; reports: unknown[] }>((resolve) => {
    const open = indexedDB.open('nianbao')
    open.onsuccess = () => {
      const q = open.result.transaction('reportPacks').objectStore('reportPacks').getAll()
      q.onsuccess = () => {
        resolve({ version: open.result.version, reports: (q.result as { reports: unknown[] }[]).flatMap((p) => p.reports) })
        open.result.close()
      }
    }
  }))
  expect(stored.version).toBe(70)
  expect(stored.reports.every((r) => typeof r === 'string')).toBe(true)
  expect(stored.reports.map((r) => JSON.parse(r as string)).sort((a, b) => (a.id < b.id ? -1 : 1)))
    .toEqual(reports.map((r) => ({ ...r, textPack: packKey(r) })).sort((a, b) => (a.id < b.id ? -1 : 1)))
  const state = await readDbState(page)
  expect(state.half).toEqual([])
  expect(state.reports.sort()).toEqual(reports.map((r) => r.id).sort())
})
