// What the HTML tree builder knows about tags (void, raw-text, implied end tags, scopes), and how it
// reads a tag name from the page quickly.

export const VOID_TAGS = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'wbr', 'param', 'track'])
export const RAW_TEXT_TAGS = new Set(['script', 'style', 'textarea', 'noscript', 'template', 'svg', 'iframe', 'object'])
/**
 * Opening one of these closes an open element of the listed kinds (the HTML "implied end tag" rules we need).
 * No prototype: a page's own tag names (<constructor>, <toString>) must not find Object's members.
 */
export const IMPLIED_CLOSE: Record<string, string[] | undefined> = Object.assign(Object.create(null) as Record<string, string[]>, {
  tr: ['tr', 'td', 'th'],
  td: ['td', 'th'],
  th: ['td', 'th'],
  tbody: ['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'],
  thead: ['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'],
  tfoot: ['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'],
  li: ['li'],
  p: ['p'],
  option: ['option'],
})
/** The only elements whose attributes the text extraction needs (cell spans, charset). */
export const ATTR_TAGS = new Set(['td', 'th', 'meta'])
/** A closing tag never closes an element outside the innermost open one of these. */
export const SCOPE_TAGS = new Set(['table', 'td', 'th', 'ul', 'ol'])

/** What the tree builder needs to know about one tag name, found with a single lookup per tag. */
export interface TagInfo {
  /** The lower-case name. */
  name: string
  isVoid: boolean
  isRawText: boolean
  /** Whether the element's attributes are read (see ATTR_TAGS). */
  keepsAttrs: boolean
  /** What opening this tag closes (see IMPLIED_CLOSE). */
  impliedClose: string[] | undefined
}

function toTagInfo(name: string): TagInfo {
  return { name, isVoid: VOID_TAGS.has(name), isRawText: RAW_TEXT_TAGS.has(name), keepsAttrs: ATTR_TAGS.has(name), impliedClose: IMPLIED_CLOSE[name] }
}

/**
 * Common tag names as written (lower or upper case) → their TagInfo. Slices of a page with
 * Chinese text are two-byte strings, and lowering those is slow, so known names skip toLowerCase;
 * short ones are found by their letters packed into a number, without slicing the page at all.
 */
const KNOWN_TAGS = new Map<string, TagInfo>()
const SHORT_TAGS = new Map<number, TagInfo>()
const MAX_PACKED = 5
/** Names of one or two letters (td, tr, p …: most tags of a page) by packed number, in a plain array: no hashing at all. */
const TINY_TAGS: (TagInfo | undefined)[] = new Array(37 * 37).fill(undefined)
for (const tag of [...VOID_TAGS, ...RAW_TEXT_TAGS, ...Object.keys(IMPLIED_CLOSE), 'table', 'caption', 'colgroup', 'html', 'head',
  'body', 'title', 'div', 'span', 'a', 'b', 'i', 'u', 'em', 'strong', 'font', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'section', 'article', 'center', 'small', 'sup', 'sub', 'label', 'form', 'nav', 'header', 'footer', 'main', 'pre']) {
  const info = toTagInfo(tag)
  KNOWN_TAGS.set(tag, info)
  KNOWN_TAGS.set(tag.toUpperCase(), info)
  if (tag.length <= MAX_PACKED) SHORT_TAGS.set(packName(tag, 0, tag.length), info)
  if (tag.length <= 2) TINY_TAGS[packName(tag, 0, tag.length)] = info
}

/** A letter (either case) → 1–26, a digit → 27–36, anything else → 0. */
function packDigit(c: number): number {
  if (c >= 97 && c <= 122) return c - 96
  if (c >= 65 && c <= 90) return c - 64
  if (c >= 48 && c <= 57) return c - 21
  return 0
}

/** name[from, to) as a base-37 number with digits 1–36 (so no two names share one), or -1. */
function packName(name: string, from: number, to: number): number {
  let code = 0
  for (let i = from; i < to; i++) {
    const d = packDigit(name.charCodeAt(i))
    if (!d) return -1
    code = code * 37 + d
  }
  return code
}

/**
 * Reads the tag name at `from` (letters, digits, '-', ':', '_'; first a letter) in one pass, packing
 * its first letters on the way; undefined when there is none. The name as written has the length
 * of TagInfo.name (it is ASCII).
 */
export function readTagName(html: string, from: number): TagInfo | undefined {
  const first = html.charCodeAt(from) | 32
  if (first < 97 || first > 122) return undefined
  let code = 0
  let i = from
  for (; i < html.length; i++) {
    const c = html.charCodeAt(i)
    const d = packDigit(c)
    if (d) { if (code >= 0 && i - from < MAX_PACKED) code = code * 37 + d }
    else if (c === 45 || c === 58 || c === 95) code = -1
    else break
  }
  const length = i - from
  if (code >= 0 && length <= MAX_PACKED) {
    const known = length <= 2 ? TINY_TAGS[code] : SHORT_TAGS.get(code)
    if (known) return known
  }
  const raw = html.slice(from, i)
  const knownAsWritten = KNOWN_TAGS.get(raw)
  if (knownAsWritten) return knownAsWritten
  const name = raw.toLowerCase()
  return KNOWN_TAGS.get(name) ?? toTagInfo(name)
}

/** Lower-cases an attribute name, skipping toLowerCase when it is lower-case ASCII already. */
export function lowerName(name: string): string {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i)
    if ((c >= 65 && c <= 90) || c > 127) return name.toLowerCase()
  }
  return name
}
