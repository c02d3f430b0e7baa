// A minimal .docx writer for demo reports: paragraphs and Word tables with merged cells
// (w:gridSpan for column spans, w:vMerge for row spans), zipped with fflate.
import { strToU8, zipSync } from 'fflate'
import type { Grid } from './grids.ts'

export type DocBlock = ['p', string] | ['table', Grid]

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`

/** One Word cell; `merge` continues a vertical merge started above. */
function cellXml(text: string, span: number, merge: 'restart' | 'continue' | null): string {
  const props = `${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${merge ? `<w:vMerge${merge === 'restart' ? ' w:val="restart"' : ''}/>` : ''}`
  return `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${para(merge === 'continue' ? '' : text)}</w:tc>`
}

/** A Word table: row-spanned cells are repeated as vMerge continuations in the rows below. */
function tableXml(grid: Grid): string {
  const pending = new Map<number, { left: number; span: number }>()
  const rows = grid.map((row) => {
    const cells: string[] = []
    let col = 0
    const flushMerged = () => {
      let m = pending.get(col)
      while (m) {
        cells.push(cellXml('', m.span, 'continue'))
        if (--m.left === 0) pending.delete(col)
        col += m.span
        m = pending.get(col)
      }
    }
    for (const cell of row) {
      flushMerged()
      const span = cell.cs ?? 1
      if ((cell.rs ?? 1) > 1) pending.set(col, { left: cell.rs! - 1, span })
      cells.push(cellXml(cell.t, span, (cell.rs ?? 1) > 1 ? 'restart' : null))
      col += span
    }
    flushMerged()
    return `<w:tr>${cells.join('')}</w:tr>`
  })
  return `<w:tbl><w:tblPr><w:tblBorders><w:insideH w:val="single"/><w:insideV w:val="single"/></w:tblBorders></w:tblPr>${rows.join('')}</w:tbl>`
}

/** The bytes of a .docx file holding the given blocks. */
export function renderDocx(blocks: DocBlock[]): Uint8Array {
  const body = blocks.map(([kind, v]) => (kind === 'p' ? para(v) : tableXml(v) + para(''))).join('')
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES), '_rels/.rels': strToU8(RELS),
    'word/document.xml': strToU8(document), 'word/_rels/document.xml.rels': strToU8(DOC_RELS),
  })
}
