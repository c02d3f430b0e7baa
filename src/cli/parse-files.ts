import { basename } from 'node:path'
import { parseReport } from '../core/parse/parse-report.ts'
import type { ParseResult } from '../core/model/report.ts'
import { extractDocuments, isZipName } from '../ingest/index.ts'
import { createNodeIngestEnv } from '../ingest/node-env.ts'
import { archiveProblem, readBytes } from './read-inputs.ts'

const env = createNodeIngestEnv()

/**
 * Reads and parses one report file from disk (or one report inside an archive, as listed by
 * `listInputFiles`); never throws. `file` is the report's base name.
 */
export async function parseFile(path: string): Promise<ParseResult> {
  const file = basename(path)
  const problem = isZipName(path) ? archiveProblem(path) : null
  if (problem) return { ok: false, file, error: `${file}：${problem}` }
  const bytes = readBytes(path)
  if (!bytes) return { ok: false, file, error: `${file}：无法读取文件（不存在或没有权限）` }
  const [doc] = await extractDocuments({ name: file, bytes }, env)
  if (!doc.ok) return { ok: false, file, error: doc.error }
  return parseReport(doc.text, { fileName: file })
}
