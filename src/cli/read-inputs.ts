import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { CliError } from './cli-error.ts'

const REPORT_EXT_RE = /\.(txt|html?|shtml|xhtml|docx|pdf|zip)$/i

/** Expands the command line's paths: files as given, folders to the report files below them (sorted). */
export function listInputFiles(paths: string[]): string[] {
  const out: string[] = []
  for (const p of paths) {
    let st
    try { st = statSync(p) } catch { out.push(p); continue }
    if (!st.isDirectory()) { out.push(p); continue }
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        const full = join(dir, entry.name)
        if (entry.isDirectory()) { if (!entry.name.startsWith('.') && entry.name !== 'node_modules') walk(full) }
        else if (REPORT_EXT_RE.test(entry.name)) out.push(full)
      }
    }
    walk(p)
  }
  if (!out.length) throw new CliError('没有找到要处理的报告文件')
  return out
}

/** Reads a file's bytes, or null when it cannot be read. */
export function readBytes(path: string): Uint8Array | null {
  try { return new Uint8Array(readFileSync(path)) } catch { return null }
}
