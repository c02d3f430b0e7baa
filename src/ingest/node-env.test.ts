// The Node-only pdf.js shortcut (Type3 glyph programs left unparsed): it must find its place in the
// installed pdf.js, and text read with it must equal text read with the worker as shipped.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { patchPdfWorkerSource } from './node-env.ts'

const ROOT = join(import.meta.dirname, '../..')
const FIXTURES = join(ROOT, 'tests/fixtures/formats')
const workerFile = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'build/pdf.worker.mjs')

/** Extracted text of each fixture PDF, read in a fresh Node process (the worker is loaded once per process). */
function readAll(asShipped: boolean): Record<string, string> {
  const script = `
    const { readFileSync } = await import('node:fs')
    const { extractDocument } = await import('./src/ingest/index.ts')
    const { createNodeIngestEnv } = await import('./src/ingest/node-env.ts')
    const env = createNodeIngestEnv(), out = {}
    for (const name of ['framed.pdf', 'borderless.pdf', 'table-split.pdf', 'space-aligned.pdf']) {
      const r = await extractDocument({ name, bytes: new Uint8Array(readFileSync(${JSON.stringify(FIXTURES)} + '/' + name)) }, env)
      out[name] = r.ok ? r.text : 'ERROR ' + r.error
    }
    process.stdout.write(JSON.stringify(out))`
  const env = { ...process.env, NIANBAO_PDF_WORKER_AS_SHIPPED: asShipped ? '1' : '' }
  return JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, env, encoding: 'utf8' }))
}

describe('patchPdfWorkerSource', () => {
  it('finds the Type3 loader in the installed pdf.js exactly once', () => {
    const patched = patchPdfWorkerSource(readFileSync(workerFile, 'utf8'))
    expect(patched).not.toBeNull()
    expect(patched).toContain('this.font.charProcOperatorList = Object.create(null)')
    expect(patched).not.toMatch(/sourceMappingURL/)
  })

  it('leaves a pdf.js without that code alone', () => {
    expect(patchPdfWorkerSource('export const x = 1')).toBeNull()
  })

  it('reads the same text from every fixture PDF as the worker as shipped', () => {
    const fast = readAll(false), shipped = readAll(true)
    expect(Object.keys(fast)).toHaveLength(4)
    for (const [name, text] of Object.entries(shipped)) {
      expect(text.startsWith('ERROR'), name).toBe(false)
      expect(fast[name], name).toBe(text)
    }
  }, 60_000)
})
