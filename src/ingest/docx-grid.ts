const TR_PR_END_RE = /<\/w:trPr>/g
const GRID_BEFORE_RE = /<w:gridBefore\b[^>]*\bw:val="(\d+)"/

/**
 * Word rows can start with `w:gridBefore` (grid columns left empty before the first cell). mammoth
 * ignores it, which shifts such rows left by that many columns; this inserts an empty spanning cell
 * instead, so every row of the HTML table lines up with the table grid.
 */
export function fillGridBefore(documentXml: string): string {
  if (!documentXml.includes('w:gridBefore')) return documentXml
  return documentXml.replace(TR_PR_END_RE, (end, offset: number) => {
    const start = documentXml.lastIndexOf('<w:trPr', offset)
    const span = Number(GRID_BEFORE_RE.exec(documentXml.slice(start, offset))?.[1] ?? 0)
    if (!(span > 0)) return end
    return `${end}<w:tc><w:tcPr><w:gridSpan w:val="${Math.min(span, 60)}"/></w:tcPr><w:p/></w:tc>`
  })
}
