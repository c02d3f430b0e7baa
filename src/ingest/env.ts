import type { getDocument } from 'pdfjs-dist'
import { DEFAULT_LIMITS, type IngestLimits } from './limits.ts'
import type { Utf8Decoder } from '../core/text/utf8.ts'

/** pdf.js as loaded for one environment, with the asset locations its text layer needs. */
export interface PdfRuntime {
  getDocument: typeof getDocument
  /** Folder of pdf.js's packed CMaps, ending in '/': without it non-embedded Chinese fonts read as empty. */
  cMapUrl: string
  /** Folder of pdf.js's standard fonts, ending in '/'. */
  standardFontDataUrl: string
}

/**
 * What differs between the browser (the app's Web Worker) and Node (the CLI): how pdf.js is loaded and
 * where its assets live. Everything else in ingest is the same code in both.
 */
export interface IngestEnv {
  limits: IngestLimits
  /** Loads and configures pdf.js; called only when a PDF arrives. Absent: PDFs are refused. */
  loadPdf?: () => Promise<PdfRuntime>
  /** The strict UTF-8 decoder for text and HTML files. Absent: the platform's TextDecoder. */
  decodeUtf8?: Utf8Decoder
}

/** Limits only, no PDF support: enough for TXT, HTML, DOCX and ZIP. */
export const BASIC_INGEST_ENV: IngestEnv = { limits: DEFAULT_LIMITS }

/** Caches a loader's promise so a library is imported and configured once per process or worker. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined
  return () => (promise ??= load().catch((e) => { promise = undefined; throw e }))
}
