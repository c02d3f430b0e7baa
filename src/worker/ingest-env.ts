import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'
import { createBrowserIngestEnv } from '../ingest/browser-env.ts'
import type { IngestEnv } from '../ingest/index.ts'

/** Where the build serves pdf.js's cmaps and standard fonts (copied at build time). */
export const PDFJS_ASSET_BASE = `${import.meta.env.BASE_URL}pdfjs/`

let env: IngestEnv | null = null

/** The browser ingest environment (PDF via pdf.js), created on first use. */
export function browserIngestEnv(): IngestEnv {
  env ??= createBrowserIngestEnv({
    workerSrc: pdfWorkerUrl,
    cMapUrl: `${PDFJS_ASSET_BASE}cmaps/`,
    standardFontDataUrl: `${PDFJS_ASSET_BASE}standard_fonts/`,
  })
  return env
}
