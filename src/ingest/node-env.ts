// Node only (CLI, bench, tests): never import this from code that the browser bundle reaches.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { once, type IngestEnv } from './env.ts'
import { DEFAULT_LIMITS } from './limits.ts'
import { NodeInflateStream } from './node-inflate.ts'

/**
 * The Node ingest environment: pdf.js's legacy build (it polyfills what Node 20 lacks) with its
 * "fake worker" on the same thread, assets read from node_modules/pdfjs-dist.
 *
 * Three speed choices, measured on the dev corpus PDFs (about 2.5x together):
 * - the fake worker runs the modern worker build (the legacy one carries core-js polyfills on hot paths);
 * - the legacy build replaces Array.prototype.push for the whole process with a core-js version that
 *   only differs on arrays with a read-only length; the native one is put back (it also speeds up
 *   the parser and pdf.js's own code, which run in the same process);
 * - Node's DecompressionStream (web streams, slow) is replaced by a one-call zlib version that pdf.js
 *   uses the same way (node-inflate.ts). Nothing else in the CLI uses DecompressionStream.
 */
export function createNodeIngestEnv(): IngestEnv {
  return { limits: DEFAULT_LIMITS, loadPdf: loadNodePdf }
}

const loadNodePdf = once(async () => {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
  ;(globalThis as { DecompressionStream?: unknown }).DecompressionStream = NodeInflateStream
  const push = Object.getOwnPropertyDescriptor(Array.prototype, 'push')!
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  Object.defineProperty(Array.prototype, 'push', push)
  pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(join(root, 'build/pdf.worker.mjs')).href
  return {
    getDocument: pdfjs.getDocument as IngestEnvGetDocument,
    cMapUrl: join(root, 'cmaps') + '/',
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
  }
})

type IngestEnvGetDocument = Awaited<ReturnType<NonNullable<IngestEnv['loadPdf']>>>['getDocument']
