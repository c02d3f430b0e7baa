import { zipSync, type Zippable } from 'fflate'
import { htmlToText } from '../core/text/html-to-text.ts'
import { fillGridBefore } from './docx-grid.ts'
import { slimDocumentXml } from './docx-slim.ts'
import { IngestError } from './ingest-error.ts'
import type { IngestLimits } from './limits.ts'
import { unzipBounded } from './unzip.ts'

const DOCUMENT_PATH = 'word/document.xml'
/** Parts mammoth never needs for text: pictures, embedded objects, fonts, thumbnails. */
const SKIPPED_PART_RE = /^(word\/(media|embeddings|fonts)\/|docProps\/thumbnail)/i
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]

const isOleFile = (b: Uint8Array) => OLE_MAGIC.every((v, i) => b[i] === v)

/**
 * Reads a .docx report as plain text: the package is unpacked under the size limits, rows using
 * `w:gridBefore` are realigned and formatting markup is dropped, mammoth turns it into HTML (tables kept, vMerge/gridSpan as
 * rowspan/colspan) and the HTML becomes text with one tab-separated line per table row. Pictures are
 * never read and the HTML is never rendered, only walked for its text.
 */
export async function extractDocxText(bytes: Uint8Array, limits: IngestLimits): Promise<string> {
  if (isOleFile(bytes)) throw new IngestError('是旧版 Word（.doc）格式，请在 Word 或 WPS 中另存为 .docx 后导入')
  const unpacked = unzipBounded(bytes, limits, (path) => !SKIPPED_PART_RE.test(path))
  if (!unpacked.ok) throw new IngestError(unpacked.error)
  const parts: Zippable = {}
  for (const e of unpacked.entries) parts[e.path] = [e.bytes, { level: 0 }]
  const documentXml = parts[DOCUMENT_PATH] as [Uint8Array, unknown] | undefined
  if (!documentXml) throw new IngestError('不是有效的 Word 文档（缺少 word/document.xml）')
  const xml = new TextDecoder().decode(documentXml[0])
  parts[DOCUMENT_PATH] = [new TextEncoder().encode(slimDocumentXml(fillGridBefore(xml))), { level: 0 }]
  const mammoth = (await import('mammoth')).default
  const repacked = zipSync(parts)
  // mammoth reads `buffer` in Node and `arrayBuffer` in its browser build: give both, they share memory.
  const input = { buffer: repacked, arrayBuffer: repacked.buffer } as unknown as { arrayBuffer: ArrayBuffer }
  const result = await mammoth.convertToHtml(
    input,
    { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
  )
  return htmlToText(result.value)
}
