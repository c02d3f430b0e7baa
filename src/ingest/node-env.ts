// Node only (CLI, bench, tests): never import this from code that the browser bundle reaches.
import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { once, type IngestEnv } from './env.ts'
import { DEFAULT_LIMITS } from './limits.ts'
import { NodeInflateStream } from './node-inflate.ts'
import { makeUtf8Transcoder, type Utf16ToString } from '../core/text/utf8.ts'

/**
 * The Node ingest environment: pdf.js's legacy build (it polyfills what Node 20 lacks) with its
 * "fake worker" on the same thread, assets read from node_modules/pdfjs-dist.
 *
 * Speed choices, measured on the dev corpus PDFs:
 * - the fake worker runs the modern worker build (the legacy one carries core-js polyfills on hot paths),
 *   with Type3 glyph programs left unparsed (see `patchPdfWorkerSource`);
 * - the legacy build replaces Array.prototype.push for the whole process with a core-js version that
 *   only differs on arrays with a read-only length; the native one is put back (it also speeds up
 *   the parser and pdf.js's own code, which run in the same process);
 * - Node's DecompressionStream (web streams, slow) is replaced by a one-call zlib version that pdf.js
 *   uses the same way (node-inflate.ts). Nothing else in the CLI uses DecompressionStream.
 */
export function createNodeIngestEnv(): IngestEnv {
  // Node's TextDecoder is slower at UTF-8 than transcoding in JavaScript (utf8.ts); browsers' is faster.
  return { limits: DEFAULT_LIMITS, loadPdf: loadNodePdf, decodeUtf8: decodeUtf8ByTranscoding }
}

/**
 * UTF-16 code units made a string by Buffer, which copies them straight into a V8 string: 0.55 µs a
 * report page against 2.7 µs for Node's TextDecoder('utf-16le'), which converts through ICU.
 * Little-endian only, as the transcoder itself (it hands big-endian machines to TextDecoder).
 */
const utf16WithBuffer: Utf16ToString = (units, length) => Buffer.from(units.buffer, units.byteOffset, length * 2).toString('utf16le')
const decodeUtf8ByTranscoding = makeUtf8Transcoder(utf16WithBuffer)

/** Start of pdf.js's `TranslatedFont.loadType3Data` (pdfjs-dist 5.x worker build). */
const TYPE3_LOAD = 'loadType3Data(evaluator, resources, task) {\n    if (this.#type3Loaded) {'
/**
 * Before loading a Type3 font's glyphs: when the font declares a FontBBox, no glyph program is
 * parsed. pdf.js parses every glyph program (CharProcs) of every Type3 font into an operator list
 * for drawing; text extraction never uses those, only widths, FontMatrix and ToUnicode. Chromium
 * writes every non-embeddable font as Type3, so this is about 40% of reading such a PDF. With an
 * empty FontBBox pdf.js derives the font's height from the glyphs (and text positions with it):
 * then the glyphs are still parsed.
 */
const TYPE3_SKIP = `if (!this.#type3Loaded) {
      const [bx0, by0, bx1, by1] = this.font.bbox ?? [0, 0, 0, 0];
      if (bx1 !== bx0 && by1 !== by0) {
        this.font.charProcOperatorList = Object.create(null);
        this.#type3Loaded = Promise.resolve();
      }
    }
    `

/**
 * pdf.js's worker source with the Type3 shortcut above, or null when this pdf.js version does not
 * have the expected code (then the worker runs unchanged).
 */
export function patchPdfWorkerSource(source: string): string | null {
  const at = source.indexOf(TYPE3_LOAD)
  if (at < 0 || source.indexOf(TYPE3_LOAD, at + 1) >= 0) return null
  const body = at + TYPE3_LOAD.indexOf('if (this.#type3Loaded)')
  return source.slice(0, body) + TYPE3_SKIP + source.slice(body).replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n')
}

/**
 * Loads the modern worker build (patched when possible; env NIANBAO_PDF_WORKER_AS_SHIPPED=1 keeps it as
 * shipped, to compare); it registers itself as `globalThis.pdfjsWorker`, which the fake worker then uses.
 */
async function loadPdfWorker(root: string): Promise<void> {
  const file = join(root, 'build/pdf.worker.mjs')
  const patched = process.env.NIANBAO_PDF_WORKER_AS_SHIPPED ? null : patchPdfWorkerSource(readFileSync(file, 'utf8'))
  if (patched) {
    try {
      await import(`data:text/javascript;base64,${Buffer.from(patched).toString('base64')}`)
      return
    } catch { /* fall back to the file as shipped */ }
  }
  await import(pathToFileURL(file).href)
}

const loadNodePdf = once(async () => {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
  ;(globalThis as { DecompressionStream?: unknown }).DecompressionStream = NodeInflateStream
  const push = Object.getOwnPropertyDescriptor(Array.prototype, 'push')!
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  Object.defineProperty(Array.prototype, 'push', push)
  pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(join(root, 'build/pdf.worker.mjs')).href
  await loadPdfWorker(root)
  return {
    getDocument: pdfjs.getDocument as IngestEnvGetDocument,
    cMapUrl: join(root, 'cmaps') + '/',
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
  }
})

type IngestEnvGetDocument = Awaited<ReturnType<NonNullable<IngestEnv['loadPdf']>>>['getDocument']
