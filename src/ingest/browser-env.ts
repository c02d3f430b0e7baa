import { once, type IngestEnv } from './env.ts'
import { DEFAULT_LIMITS } from './limits.ts'

export interface BrowserIngestEnvOptions {
  /** URL of pdf.js's worker script (in Vite: `import url from 'pdfjs-dist/build/pdf.worker.min.mjs?url'`). */
  workerSrc: string
  /** Served copy of `pdfjs-dist/cmaps/`, ending in '/'. */
  cMapUrl: string
  /** Served copy of `pdfjs-dist/standard_fonts/`, ending in '/'. */
  standardFontDataUrl: string
}

/** The browser's ingest environment: pdf.js (modern build) runs its own Web Worker from `workerSrc`. */
export function createBrowserIngestEnv(options: BrowserIngestEnvOptions): IngestEnv {
  return {
    limits: DEFAULT_LIMITS,
    loadPdf: once(async () => {
      const pdfjs = await import('pdfjs-dist')
      pdfjs.GlobalWorkerOptions.workerSrc = options.workerSrc
      return { getDocument: pdfjs.getDocument, cMapUrl: options.cMapUrl, standardFontDataUrl: options.standardFontDataUrl }
    }),
  }
}
