import { createReadStream, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'

/**
 * Serves (dev) and emits (build) pdf.js's CMaps and standard fonts under /pdfjs/: without the CMaps,
 * PDFs with non-embedded Chinese fonts read as empty (TOOLCHAIN.md). The app passes
 * `${BASE_URL}pdfjs/cmaps/` and `${BASE_URL}pdfjs/standard_fonts/` to createBrowserIngestEnv.
 */
function pdfjsAssets(): Plugin {
  const root = join(import.meta.dirname, 'node_modules/pdfjs-dist')
  const dirs = ['cmaps', 'standard_fonts']
  return {
    name: 'nianbao-pdfjs-assets',
    configureServer(server) {
      server.middlewares.use('/pdfjs', (req, res, next) => {
        const [dir, file] = (req.url ?? '').split('?')[0].split('/').filter(Boolean)
        if (!dirs.includes(dir) || !file || file.includes('..') || !readdirSync(join(root, dir)).includes(file)) return next()
        createReadStream(join(root, dir, file)).pipe(res)
      })
    },
    generateBundle() {
      for (const dir of dirs) {
        for (const file of readdirSync(join(root, dir))) {
          if (!file.startsWith('LICENSE')) this.emitFile({ type: 'asset', fileName: `pdfjs/${dir}/${file}`, source: readFileSync(join(root, dir, file)) })
        }
      }
    },
  }
}

export default defineConfig({
  plugins: [vue(), pdfjsAssets()],
  worker: { format: 'es' },
  server: { fs: { allow: ['..'] } },
})
