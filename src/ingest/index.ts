import { decodeText } from '../core/text/decode.ts'
import { htmlToText, looksLikeHtml } from '../core/text/html-to-text.ts'
import { BASIC_INGEST_ENV, type IngestEnv } from './env.ts'
import { IngestError } from './ingest-error.ts'
import type { InputFile } from './input-file.ts'
import { expandArchive, isZipName } from './zip.ts'

export type { InputFile } from './input-file.ts'
export type { IngestEnv, PdfRuntime } from './env.ts'
export { BASIC_INGEST_ENV } from './env.ts'
export { DEFAULT_LIMITS, type IngestLimits } from './limits.ts'
export { expandArchive, expandArchiveSync, isZipName, type ExpandResult } from './zip.ts'

export type ReportFormat = 'txt' | 'html' | 'docx' | 'pdf'

/** A report file as plain text: tables are tab-separated lines, one per row. */
export interface ExtractedDocument {
  ok: true
  name: string
  format: ReportFormat
  text: string
}
export interface ExtractFailure { ok: false; name: string; error: string }
export type ExtractResult = ExtractedDocument | ExtractFailure

const HTML_EXT_RE = /^(html?|shtml|xhtml)$/

const baseName = (name: string) => name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
const extOf = (name: string) => (/\.([a-z0-9]+)$/i.exec(name)?.[1] ?? '').toLowerCase()
/** Module-level rather than a closure per call: under tsx every closure made also costs a defineProperty for its name. */
const failure = (name: string, error: string): ExtractFailure => ({ ok: false, name, error: `${name}：${error}` })

/**
 * Turns one report file's bytes into plain text, by format; never throws, failures carry a Chinese
 * reason. DOCX and PDF libraries are imported only when such a file arrives. A .zip holds several
 * reports: use `extractDocuments`.
 */
export async function extractDocument(file: InputFile, env: IngestEnv = BASIC_INGEST_ENV): Promise<ExtractResult> {
  const name = baseName(file.name)
  try {
    if (file.bytes.length === 0) return failure(name, '文件为空')
    const ext = extOf(name)
    if (ext === 'docx' || ext === 'doc') {
      const { extractDocxText } = await import('./docx.ts')
      return { ok: true, name, format: 'docx', text: await extractDocxText(file.bytes, env.limits) }
    }
    if (ext === 'pdf') {
      if (!env.loadPdf) return failure(name, '当前环境没有配置 PDF 读取')
      const [{ extractPdfText }, runtime] = await Promise.all([import('./pdf.ts'), env.loadPdf()])
      return { ok: true, name, format: 'pdf', text: await extractPdfText(file.bytes, runtime, env.limits) }
    }
    if (ext === 'zip') return failure(name, '是压缩包，请逐个解压后导入')
    const decoded = decodeText(file.bytes, env.decodeUtf8)
    if (!decoded) return failure(name, '不是文本文件（可能是二进制或已损坏的文件）')
    const isHtml = HTML_EXT_RE.test(ext) || (ext !== 'txt' && looksLikeHtml(decoded.text))
    if (isHtml) return { ok: true, name, format: 'html', text: htmlToText(decoded.text) }
    return { ok: true, name, format: 'txt', text: decoded.text }
  } catch (e) {
    if (e instanceof IngestError) return failure(name, e.message)
    return failure(name, `读取失败（${e instanceof Error ? e.message : String(e)}）`)
  }
}

/**
 * Like `extractDocument`, but a .zip is expanded first and yields one result per report inside it
 * (in archive order); an archive that cannot be expanded yields one failure under its own name.
 */
export async function extractDocuments(file: InputFile, env: IngestEnv = BASIC_INGEST_ENV): Promise<ExtractResult[]> {
  if (!isZipName(file.name)) return [await extractDocument(file, env)]
  const expanded = await expandArchive(file, env.limits)
  const name = baseName(file.name)
  if ('error' in expanded) return [{ ok: false, name, error: `${name}：${expanded.error}` }]
  if (!expanded.files.length) return [{ ok: false, name, error: `${name}：压缩包里没有可导入的报告文件（TXT、HTML、DOCX、PDF）` }]
  const out: ExtractResult[] = []
  for (const f of expanded.files) out.push(await extractDocument(f, env))
  return out
}
