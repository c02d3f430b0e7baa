/** Formatting that mammoth would parse and then drop: run properties and layout-only paragraph, cell and table properties. */
const RUN_PROPS_RE = /<w:rPr>[\s\S]*?<\/w:rPr>|<w:rPr\/>/g
const LAYOUT_EMPTY_RE = /<w:(?:bidi|spacing|jc|ind|tcW|shd|vAlign|tblW|tblInd|tblLayout|tblLook|noWrap|snapToGrid|kinsoku|overflowPunct|autoSpaceDE|autoSpaceDN|adjustRightInd|textAlignment|widowControl|keepNext|keepLines|trHeight|cantSplit)\b[^>]*\/>/g
const LAYOUT_BLOCK_RE = /<w:(tcBorders|tblBorders|tcMar|tblCellMar|pBdr|tabs)>[\s\S]*?<\/w:\1>/g

/**
 * Removes formatting markup from document.xml before mammoth reads it: the text, paragraph styles,
 * lists and table structure (gridSpan, vMerge, gridBefore) stay, and mammoth parses far less XML
 * (LibreOffice and Word repeat run properties on every run). Skipped when tracked formatting
 * changes nest properties inside properties.
 */
export function slimDocumentXml(xml: string): string {
  if (xml.includes('PrChange')) return xml
  return xml.replace(RUN_PROPS_RE, '').replace(LAYOUT_EMPTY_RE, '').replace(LAYOUT_BLOCK_RE, '')
}
