import type { InputFile } from './input-file.ts'
import { IngestError } from './ingest-error.ts'
import type { IngestLimits } from './limits.ts'
import { unzipBounded } from './unzip.ts'

export type ExpandResult = { files: InputFile[] } | { error: string }

/** Report files an archive may carry (old .doc too, to say why it cannot be read); anything else inside it is ignored. */
const REPORT_ENTRY_RE = /\.(txt|html?|shtml|xhtml|docx?|pdf|zip)$/i
/** macOS resource forks, hidden files and Office lock files. */
const JUNK_ENTRY_RE = /(^|\/)(__MACOSX\/|\.|~\$)/

export const isZipName = (name: string) => /\.zip$/i.test(name)

/**
 * Expands a .zip of reports into its report files (nested folders walked, archives inside the archive
 * expanded up to the depth limit), each named by its path inside the archive; entry names in GBK are
 * decoded. Size and count limits apply to the whole expansion, so a zip bomb is refused.
 */
export async function expandArchive(file: InputFile, limits: IngestLimits): Promise<ExpandResult> {
  return expandArchiveSync(file, limits)
}

/** `expandArchive` for callers that cannot await (the CLI's file listing); the work is synchronous. */
export function expandArchiveSync(file: InputFile, limits: IngestLimits): ExpandResult {
  try {
    const budget = { bytes: limits.maxUnzippedBytes, entries: limits.maxEntries }
    return { files: expandInto(file, limits, budget, 1) }
  } catch (e) {
    if (e instanceof IngestError) return { error: e.message }
    throw e
  }
}

function expandInto(file: InputFile, limits: IngestLimits, budget: { bytes: number; entries: number }, depth: number): InputFile[] {
  if (depth > limits.maxArchiveDepth) throw new IngestError(`压缩包嵌套超过 ${limits.maxArchiveDepth} 层，已拒绝`)
  const result = unzipBounded(file.bytes, { ...limits, maxUnzippedBytes: budget.bytes, maxEntries: budget.entries },
    (path) => REPORT_ENTRY_RE.test(path) && !JUNK_ENTRY_RE.test(path))
  if (!result.ok) throw new IngestError(result.error)
  const out: InputFile[] = []
  for (const entry of result.entries) {
    budget.bytes -= entry.bytes.length
    budget.entries -= 1
    const name = `${file.name.replace(/\.zip$/i, '')}/${entry.path}`
    if (isZipName(entry.path)) out.push(...expandInto({ name, bytes: entry.bytes }, limits, budget, depth + 1))
    else out.push({ name, bytes: entry.bytes })
  }
  return out
}
