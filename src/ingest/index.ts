import { decodeText } from '../core/text/decode.ts'
import { htmlToText, looksLikeHtml } from '../core/text/html-to-text.ts'

export type ReportFormat = 'txt' | 'html' | 'docx' | 'pdf'

export interface InputFile {
  /** File name, possibly with folders ("乡镇/赵岗镇.txt"). */
  name: string
  bytes: Uint8Array
}

/** A report file as plain text: tables are tab-separated lines, one per row. */
export interface ExtractedDocument {
  ok: true
  name: string
  format: ReportFormat
  text: string
}
export interface ExtractFailure { ok: false; name: string; error: string }
export type ExtractResult = ExtractedDocument | ExtractFailure

const baseName = (name: string) => name.split(/[\\/]/).pop() ?? name
const extOf = (name: string) => (/\.([a-z0-9]+)$/i.exec(name)?.[1] ?? '').toLowerCase()

/** Turns a report file's bytes into plain text, by format; never throws, failures carry a Chinese reason. */
export async function extractDocument(file: InputFile): Promise<ExtractResult> {
  const name = baseName(file.name)
  const fail = (error: string): ExtractFailure => ({ ok: false, name, error: `${name}：${error}` })
  try {
    if (file.bytes.length === 0) return fail('文件为空')
    const ext = extOf(name)
    if (ext === 'docx' || ext === 'pdf' || ext === 'doc' || ext === 'zip') {
      return fail(`暂不支持 .${ext} 格式，请另存为 TXT 或 HTML 后导入`)
    }
    const decoded = decodeText(file.bytes)
    if (!decoded) return fail('不是文本文件（可能是二进制或已损坏的文件）')
    const isHtml = ext === 'html' || ext === 'htm' || ext === 'shtml' || ext === 'xhtml' || (ext !== 'txt' && looksLikeHtml(decoded.text))
    if (isHtml) return { ok: true, name, format: 'html', text: htmlToText(decoded.text) }
    return { ok: true, name, format: 'txt', text: decoded.text }
  } catch (e) {
    return fail(`读取失败（${e instanceof Error ? e.message : String(e)}）`)
  }
}
