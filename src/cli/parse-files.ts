import { basename } from 'node:path'
import { parseReport } from '../core/parse/parse-report.ts'
import type { ParseResult } from '../core/model/report.ts'
import { extractDocument } from '../ingest/index.ts'
import { readBytes } from './read-inputs.ts'

/** Reads and parses one report file from disk; never throws. */
export async function parseFile(path: string): Promise<ParseResult> {
  const file = basename(path)
  const bytes = readBytes(path)
  if (!bytes) return { ok: false, file, error: `${file}：无法读取文件（不存在或没有权限）` }
  const doc = await extractDocument({ name: file, bytes })
  if (!doc.ok) return { ok: false, file, error: doc.error }
  return parseReport(doc.text, { fileName: file })
}
