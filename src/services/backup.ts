// The whole database as one JSON file with a SHA-256 of its payload, so a truncated or edited file is refused.
import {
  asReportJson, db, groupFindingsByCounty, packable, packReports, packTexts, readReportJson, TABLE_NAMES, textPackKey,
  type StoredFinding, type StoredReport, type StoredReportPack, type StoredText, type StoredTextPack, type TableName,
} from '../db/index.ts'
import { SETTING_KEYS } from './setting-keys.ts'

export const BACKUP_FORMAT = 'nianbao-backup'
export const BACKUP_VERSION = 1

interface BackupPayload { createdAt: string; schemaVersion: number; tables: Record<TableName, unknown[]> }
interface BackupFile { format: string; version: number; sha256: string; payload: BackupPayload }

/** The SHA-256 of a text's UTF-8 bytes, in hex: what a backup file carries of its payload. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** Serialises every table into one backup text and records when the backup was made. */
export async function exportBackup(now = new Date()): Promise<string> {
  const tables = {} as Record<TableName, unknown[]>
  await db.transaction('rw', [...TABLE_NAMES], async () => {
    await db.settings.put({ key: SETTING_KEYS.lastBackupAt, value: now.toISOString() })
    for (const name of TABLE_NAMES) tables[name] = await db.table(name).toArray()
  })
  // Reports as objects, not the JSON texts they are stored as: the file stays readable, and its reports
  // the same whichever way a schema stores them.
  tables.reportPacks = (tables.reportPacks as StoredReportPack[]).map((p) => ({ ...p, reports: p.reports.map(readReportJson) }))
  const payload: BackupPayload = { createdAt: now.toISOString(), schemaVersion: db.verno, tables }
  const file: BackupFile = { format: BACKUP_FORMAT, version: BACKUP_VERSION, sha256: await sha256Hex(JSON.stringify(payload)), payload }
  return JSON.stringify(file)
}

export type RestoreResult = { ok: true; reports: number } | { ok: false; reason: string }

/** Checks a backup text; returns the payload or the Chinese reason it is refused. */
export async function checkBackup(text: string): Promise<{ ok: true; payload: BackupPayload } | { ok: false; reason: string }> {
  let file: BackupFile
  try {
    file = JSON.parse(text) as BackupFile
  } catch {
    return { ok: false, reason: '文件不完整或已损坏（无法读取，可能被截断）' }
  }
  if (file?.format !== BACKUP_FORMAT || !file.payload) return { ok: false, reason: '这不是年报的备份文件' }
  if (file.version > BACKUP_VERSION) return { ok: false, reason: '备份文件来自更新的版本，请先升级本应用' }
  if ((await sha256Hex(JSON.stringify(file.payload))) !== file.sha256) return { ok: false, reason: '文件内容与校验值不符（已被修改或损坏），未恢复' }
  if (file.payload.tables) upgradeTables(file.payload.tables)
  const missing = TABLE_NAMES.filter((t) => !Array.isArray(file.payload.tables?.[t]))
  if (missing.length) return { ok: false, reason: `备份缺少数据表：${missing.join('、')}` }
  return { ok: true, payload: file.payload }
}

/**
 * Brings the tables of a backup to the current schema, in place (as the upgrades in NianbaoDB): before
 * schema version 3, findings and texts were tables of a row per finding and per text; before version 5,
 * reports were a table of a row per report. A backup holds its packs' reports as objects (exportBackup),
 * which are stored as their JSON texts.
 */
function upgradeTables(tables: Record<string, unknown[] | undefined>) {
  const oldFindings = tables.findings
  if (!tables.countyFindings && Array.isArray(oldFindings)) {
    tables.countyFindings = groupFindingsByCounty(oldFindings as StoredFinding[])
    delete tables.findings
  }
  const oldTexts = tables.texts
  if (!tables.textPacks && Array.isArray(oldTexts) && Array.isArray(tables.reports)) {
    tables.textPacks = packByCountyYear(tables.reports as StoredReport[], oldTexts as StoredText[])
    delete tables.texts
  }
  const oldReports = tables.reports
  if (!tables.reportPacks && Array.isArray(oldReports)) {
    tables.reportPacks = packReports((oldReports as StoredReport[]).map((r) => packable(r)))
    delete tables.reports
  }
  if (Array.isArray(tables.reportPacks)) {
    tables.reportPacks = (tables.reportPacks as { reports: (string | StoredReport)[] }[])
      .map((p) => (Array.isArray(p?.reports) ? { ...p, reports: p.reports.map(asReportJson) } : p))
  }
}

/** One pack per county-year of the texts of these reports, naming each report's pack on it. */
function packByCountyYear(reports: StoredReport[], texts: readonly StoredText[]): StoredTextPack[] {
  const reportOf = new Map(reports.map((r) => [r.id, r]))
  const byKey = new Map<string, StoredText[]>()
  for (const t of texts) {
    const report = reportOf.get(t.id)
    if (!report) continue
    const key = textPackKey(report.county, report.year, '0')
    report.textPack = key
    const list = byKey.get(key)
    if (list) list.push(t)
    else byKey.set(key, [t])
  }
  return [...byKey].map(([key, list]) => packTexts(key, list))
}

/** Replaces the whole database with a checked backup, in one transaction. */
export async function restoreBackup(text: string): Promise<RestoreResult> {
  const checked = await checkBackup(text)
  if (!checked.ok) return checked
  const { tables } = checked.payload
  await db.transaction('rw', [...TABLE_NAMES], async () => {
    for (const name of TABLE_NAMES) {
      await db.table(name).clear()
      await db.table(name).bulkAdd(tables[name])
    }
  })
  return { ok: true, reports: (tables.reportPacks as StoredReportPack[]).reduce((n, p) => n + p.ids.length, 0) }
}
