// Runs in Node: the format libraries fed hostile files. pdf.js must run with eval off on a release
// without CVE-2024-4367 (fixed in 4.2.67); mammoth keeps `javascript:` links, so its HTML is only ever
// walked for text, and no view renders markup from a report.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { strToU8, zipSync } from 'fflate'
import { extractPdfText } from './pdf.ts'
import { extractDocxText } from './docx.ts'
import { DEFAULT_LIMITS } from './limits.ts'
import type { PdfRuntime } from './env.ts'

const ROOT = join(import.meta.dirname, '../..')
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** A .docx whose only paragraph links to `javascript:` (written by hand, as a hostile file would be). */
function docxWithScriptLink(): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/_rels/document.xml.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="javascript:window.__xss=1" TargetMode="External"/></Relationships>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body><w:p><w:r><w:t>测试镇2023年政府信息公开工作年度报告</w:t></w:r></w:p><w:p><w:hyperlink r:id="rId9"><w:r><w:t>点此查看附件</w:t></w:r></w:hyperlink></w:p></w:body></w:document>`),
  })
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(vue|ts)$/.test(name) && !name.endsWith('.test.ts') ? [p] : []
  })
}

describe('pdf.js', () => {
  it('is a release without CVE-2024-4367 (4.2.67 or later)', () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'node_modules/pdfjs-dist/package.json'), 'utf8')).version as string
    const [major, minor, patch] = version.split('.').map(Number)
    expect(major * 1e6 + minor * 1e3 + patch).toBeGreaterThanOrEqual(4 * 1e6 + 2 * 1e3 + 67)
  })

  it('opens every PDF with eval off', async () => {
    let params: Record<string, unknown> = {}
    const runtime = {
      cMapUrl: '/cmaps/', standardFontDataUrl: '/fonts/',
      getDocument: (p: Record<string, unknown>) => {
        params = p
        return { promise: Promise.reject(new Error('坏文件')), destroy: async () => {} }
      },
    } as unknown as PdfRuntime
    await expect(extractPdfText(new Uint8Array([1, 2, 3]), runtime, DEFAULT_LIMITS)).rejects.toThrow()
    expect(params.isEvalSupported).toBe(false)
  })
})

describe('mammoth', () => {
  it('keeps a javascript: link in its HTML, which is why that HTML is never shown', async () => {
    const mammoth = (await import('mammoth')).default
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(docxWithScriptLink()) } as never)).value
    expect(html).toContain('javascript:')
  })

  it('reaches the app as plain text without the link target', async () => {
    const text = await extractDocxText(docxWithScriptLink(), DEFAULT_LIMITS)
    expect(text).toContain('点此查看附件')
    expect(text).not.toMatch(/javascript:|<a|href/i)
  })
})

describe('views', () => {
  it('never render report markup as HTML (v-html only for ECharts-escaped chart SVG)', () => {
    const offenders = sourceFiles(join(ROOT, 'src'))
      .filter((f) => /v-html|innerHTML|insertAdjacentHTML|outerHTML\s*=/.test(readFileSync(f, 'utf8')))
      .map((f) => f.slice(ROOT.length + 1))
    // 会议材料 inlines SVG from renderChartSvg; export-chart-hostile.test.ts proves its text is escaped.
    expect(offenders.filter((f) => f !== 'src/views/MeetingView.vue')).toEqual([])
  })
})
