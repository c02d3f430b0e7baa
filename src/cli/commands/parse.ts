import { parseFile } from '../parse-files.ts'
import { listInputFiles } from '../read-inputs.ts'
import { formatRecordSummary } from '../summary.ts'

export interface ParseCommandOptions {
  json: boolean
  sources: boolean
}

/** `nianbao parse [--json] FILE...`: one canonical record per file, in input order; exit 1 if any failed. */
export async function runParse(paths: string[], options: ParseCommandOptions): Promise<number> {
  const files = listInputFiles(paths)
  const results = []
  for (const f of files) results.push(await parseFile(f))
  if (options.json) {
    const out = results.map((r) => (r.ok ? (options.sources ? { ...r.record, sources: r.sources } : r.record) : { file: r.file, error: r.error }))
    process.stdout.write(JSON.stringify(out, null, 1) + '\n')
  } else {
    for (const r of results) process.stdout.write((r.ok ? formatRecordSummary(r.record) : `✗ ${r.error}`) + '\n\n')
  }
  return results.every((r) => r.ok) ? 0 : 1
}
