import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_LIMITS, expandArchiveSync, isZipName, type ExpandResult } from '../ingest/index.ts'
import { CliError } from './cli-error.ts'

const REPORT_EXT_RE = /\.(txt|html?|shtml|xhtml|docx?|pdf|zip)$/i
/** Separates an archive's path from an entry inside it, as in `县/报告.zip!/乡镇/胡乐镇.docx`. */
export const ARCHIVE_SEPARATOR = '!/'

/** Archives already expanded in this process, so listing and reading unpack each one once. */
const archives = new Map<string, ExpandResult>()

function expandZipFile(path: string): ExpandResult {
  let result = archives.get(path)
  if (!result) {
    const bytes = readPlainBytes(path)
    result = bytes ? expandArchiveSync({ name: path, bytes }, DEFAULT_LIMITS) : { error: '无法读取文件（不存在或没有权限）' }
    archives.set(path, result)
  }
  return result
}

/** Why an archive on the command line yields no reports (cannot be expanded, or holds none), or null. */
export function archiveProblem(path: string): string | null {
  const expanded = expandZipFile(path)
  if ('error' in expanded) return expanded.error
  return expanded.files.length ? null : '压缩包里没有可导入的报告文件（TXT、HTML、DOCX、PDF）'
}

/** A .zip becomes one path per report inside it; an archive that cannot be expanded stays as is, to report its error. */
function pushFile(out: string[], path: string): void {
  if (!isZipName(path)) { out.push(path); return }
  const expanded = expandZipFile(path)
  if ('error' in expanded || !expanded.files.length) { out.push(path); return }
  const prefix = path.replace(/\.zip$/i, '') + '/'
  for (const f of expanded.files) out.push(path + ARCHIVE_SEPARATOR + f.name.slice(prefix.length))
}

/** Expands the command line's paths: files as given, folders to the report files below them (sorted), archives to their reports. */
export function listInputFiles(paths: string[]): string[] {
  const out: string[] = []
  for (const p of paths) {
    let st
    try { st = statSync(p) } catch { out.push(p); continue }
    if (!st.isDirectory()) { pushFile(out, p); continue }
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        const full = join(dir, entry.name)
        if (entry.isDirectory()) { if (!entry.name.startsWith('.') && entry.name !== 'node_modules') walk(full) }
        else if (REPORT_EXT_RE.test(entry.name)) pushFile(out, full)
      }
    }
    walk(p)
  }
  if (!out.length) throw new CliError('没有找到要处理的报告文件')
  return out
}

function readPlainBytes(path: string): Uint8Array | null {
  try { return new Uint8Array(readFileSync(path)) } catch { return null }
}

/** Reads a file's bytes (or an archive entry's, for a path listed as `archive.zip!/entry`), or null when it cannot be read. */
export function readBytes(path: string): Uint8Array | null {
  const cut = path.indexOf('.zip' + ARCHIVE_SEPARATOR)
  if (cut < 0) return readPlainBytes(path)
  const zipPath = path.slice(0, cut + 4)
  const expanded = expandZipFile(zipPath)
  if ('error' in expanded) return null
  const name = zipPath.replace(/\.zip$/i, '') + '/' + path.slice(cut + 4 + ARCHIVE_SEPARATOR.length)
  return expanded.files.find((f) => f.name === name)?.bytes ?? null
}
