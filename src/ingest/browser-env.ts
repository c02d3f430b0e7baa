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

/**
 * The browser's ingest environment: pdf.js (modern build) runs in its own Web Worker from `workerSrc`.
 * The worker is created here and handed over as `workerPort`, because pdf.js cannot start one itself
 * when it is loaded inside a Web Worker (it reads `window.location`), and would then run in the
 * caller's worker and post its own "ready" message to the caller's parent.
 */
export function createBrowserIngestEnv(options: BrowserIngestEnvOptions): IngestEnv {
  return {
    limits: DEFAULT_LIMITS,
    loadPdf: once(async () => {
      const pdfjs = await import('pdfjs-dist')
      pdfjs.GlobalWorkerOptions.workerSrc = options.workerSrc
      if (typeof Worker !== 'undefined') pdfjs.GlobalWorkerOptions.workerPort = new Worker(options.workerSrc, { type: 'module' })
      return { getDocument: pdfjs.getDocument, cMapUrl: options.cMapUrl, standardFontDataUrl: options.standardFontDataUrl }
    }),
  }
}
