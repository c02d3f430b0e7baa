// The bench's static server: the built app (dist/, with the SPA fallback) and each generated report set
// as a manifest plus bundles of concatenated files, so the page can read 50,000 files in a few requests.
import { createServer, type Server } from 'node:http'
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs'
import { extname, join, normalize, relative } from 'node:path'

const FILES_PER_BUNDLE = 500
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8', '.bcmap': 'application/octet-stream', '.pfb': 'application/octet-stream',
}

export interface BenchServer { url: string; close(): Promise<void> }

/** Every file under `dir`, sorted, as paths relative to it. */
export function listFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name)
      if (statSync(p).isDirectory()) walk(p)
      else out.push(relative(dir, p))
    }
  }
  walk(dir)
  return out
}

/**
 * A set's files in order, with their sizes and their bundles' bytes. The bundles are read into memory when
 * the set is first asked for (the manifest, before the page starts timing): reading 500 files for each
 * bundle during the import took the bench server 0.4 s of CPU at 10,000 reports, beside the app on the
 * same two cores.
 */
interface ReportSet { files: string[]; sizes: number[]; bundles: Buffer[] }

/** The files of a set that the bench imports: TXT and HTML reports. */
export const isBenchReport = (f: string) => /\.(txt|html?)$/i.test(f)

function loadSet(dir: string): ReportSet {
  const files = listFiles(dir).filter(isBenchReport)
  const bundles: Buffer[] = []
  for (let from = 0; from < files.length; from += FILES_PER_BUNDLE) {
    bundles.push(Buffer.concat(files.slice(from, from + FILES_PER_BUNDLE).map((f) => readFileSync(join(dir, f)))))
  }
  return { files, sizes: files.map((f) => statSync(join(dir, f)).size), bundles }
}

function manifestOf(key: string, set: ReportSet) {
  const bundles = []
  for (let b = 0; b * FILES_PER_BUNDLE < set.files.length; b++) {
    const from = b * FILES_PER_BUNDLE
    const files = set.files.slice(from, from + FILES_PER_BUNDLE).map((f, i) => ({ name: f.split('/').pop()!, length: set.sizes[from + i] }))
    bundles.push({ url: `/__bench/${key}/bundle/${b}`, files })
  }
  return { n: set.files.length, bundles }
}

/** Serves `distDir` and the report sets `sets` (key -> folder) on 127.0.0.1 at a free port. */
export async function startBenchServer(distDir: string, sets: Record<string, string>): Promise<BenchServer> {
  const cache = new Map<string, ReportSet>()
  const setOf = (key: string) => {
    if (!cache.has(key)) cache.set(key, loadSet(sets[key]))
    return cache.get(key)!
  }
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const bench = /^\/__bench\/([^/]+)\/(manifest\.json|bundle\/(\d+))$/.exec(path)
    if (bench && sets[bench[1]]) {
      const set = setOf(bench[1])
      if (bench[2] === 'manifest.json') {
        res.writeHead(200, { 'content-type': MIME['.json'] }).end(JSON.stringify(manifestOf(bench[1], set)))
        return
      }
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(set.bundles[Number(bench[3])])
      return
    }
    const file = normalize(join(distDir, path))
    const inDist = file.startsWith(distDir) && existsSync(file) && statSync(file).isFile()
    const target = inDist ? file : join(distDir, 'index.html')
    res.writeHead(200, { 'content-type': MIME[extname(target)] ?? 'application/octet-stream' }).end(readFileSync(target))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) }
}
