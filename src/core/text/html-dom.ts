// A small, tolerant HTML tree builder. DOMParser does not exist in Web Workers or in Node, and a
// report page only needs its element structure and text; nothing here ever executes or renders HTML.

export interface HtmlElement {
  tag: string
  attrs: Record<string, string>
  children: HtmlNode[]
}
export type HtmlNode = HtmlElement | string

const ATTR_RE = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g
const VOID_TAGS = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'wbr', 'param', 'track'])
const RAW_TEXT_TAGS = new Set(['script', 'style', 'textarea', 'noscript', 'template', 'svg', 'iframe', 'object'])
/** Opening one of these closes an open element of the listed kinds (the HTML "implied end tag" rules we need). */
const IMPLIED_CLOSE: Record<string, string[]> = {
  tr: ['tr', 'td', 'th'],
  td: ['td', 'th'],
  th: ['td', 'th'],
  tbody: ['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'],
  thead: ['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'],
  tfoot: ['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'],
  li: ['li'],
  p: ['p'],
  option: ['option'],
}
/** Deeper nesting is flattened, so that walking the tree never exhausts the call stack. */
const MAX_DEPTH = 256
/** The only elements whose attributes the text extraction needs (cell spans, charset). */
const ATTR_TAGS = new Set(['td', 'th', 'meta'])
/** The attributes of every element that has none (or whose attributes are not read): one frozen object, not one each. */
const NO_ATTRS: Record<string, string> = Object.freeze({})
/** A closing tag never closes an element outside the innermost open one of these. */
const SCOPE_TAGS = new Set(['table', 'td', 'th', 'ul', 'ol'])

/**
 * Common tag names as written (lower or upper case) → the lower-case name. Slices of a page with
 * Chinese text are two-byte strings, and lowering those is slow, so known names skip toLowerCase;
 * short ones are found by their letters packed into a number, without slicing the page at all.
 */
const KNOWN_TAGS = new Map<string, string>()
const SHORT_TAGS = new Map<number, string>()
const MAX_PACKED = 5
/** Names of one or two letters (td, tr, p …: most tags of a page) by packed number, in a plain array: no hashing at all. */
const TINY_TAGS: (string | undefined)[] = new Array(37 * 37).fill(undefined)
for (const tag of [...VOID_TAGS, ...RAW_TEXT_TAGS, ...Object.keys(IMPLIED_CLOSE), 'table', 'caption', 'colgroup', 'html', 'head',
  'body', 'title', 'div', 'span', 'a', 'b', 'i', 'u', 'em', 'strong', 'font', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'section', 'article', 'center', 'small', 'sup', 'sub', 'label', 'form', 'nav', 'header', 'footer', 'main', 'pre']) {
  KNOWN_TAGS.set(tag, tag)
  KNOWN_TAGS.set(tag.toUpperCase(), tag)
  if (tag.length <= MAX_PACKED) SHORT_TAGS.set(packName(tag, 0, tag.length), tag)
  if (tag.length <= 2) TINY_TAGS[packName(tag, 0, tag.length)] = tag
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

/** The lower-case tag name html[from, from + length). */
function tagNameAt(html: string, from: number, length: number): string {
  if (length <= 2) {
    const tiny = TINY_TAGS[packName(html, from, from + length)]
    if (tiny) return tiny
  }
  const known = length <= MAX_PACKED ? SHORT_TAGS.get(packName(html, from, from + length)) : undefined
  if (known) return known
  const raw = html.slice(from, from + length)
  return KNOWN_TAGS.get(raw) ?? raw.toLowerCase()
}

/** Lower-cases an attribute name, skipping toLowerCase when it is lower-case ASCII already. */
function lowerName(name: string): string {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i)
    if ((c >= 65 && c <= 90) || c > 127) return name.toLowerCase()
  }
  return name
}

const ENTITY_RE = /&(#x[0-9a-f]+|#\d+|[a-z]+\d*);?/gi
const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ', lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘',
  rsquo: '’', mdash: '—', ndash: '–', middot: '·', hellip: '…', times: '×', ensp: ' ', emsp: ' ',
  thinsp: ' ', copy: '©', reg: '®', deg: '°', bull: '•', laquo: '«', raquo: '»', yen: '¥',
}

/** Decodes HTML character references (named, decimal and hexadecimal). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(ENTITY_RE, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ''
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? m
  })
}

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {}
  ATTR_RE.lastIndex = 0
  for (let m = ATTR_RE.exec(source); m; m = ATTR_RE.exec(source)) attrs[lowerName(m[1])] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '')
  return attrs
}

/**
 * Adds a child. The first child replaces the empty array with a one-element one: pushing onto an
 * empty array reserves room for 16, and most elements of a report page (cells, paragraphs) have one child.
 */
function append(parent: HtmlElement, node: HtmlNode) {
  if (parent.children.length) parent.children.push(node)
  else parent.children = [node]
}

/**
 * Cells repeat the same attribute text (` colspan="4"`) on every page, so parsed attributes are
 * remembered by their source text and shared, frozen, between elements.
 */
const ATTRS_CACHE = new Map<string, Record<string, string>>()
const ATTRS_CACHE_LIMIT = 2000

function cachedAttrs(source: string): Record<string, string> {
  let attrs = ATTRS_CACHE.get(source)
  if (!attrs) {
    attrs = Object.freeze(parseAttrs(source))
    if (ATTRS_CACHE.size >= ATTRS_CACHE_LIMIT) ATTRS_CACHE.clear()
    ATTRS_CACHE.set(source, attrs)
  }
  return attrs
}

/** Shortens the stack to `length` (pop() is much cheaper than assigning .length). */
function popTo(stack: HtmlElement[], length: number) {
  while (stack.length > length) stack.pop()
}

/** Closes the innermost open element of the given kinds when it sits inside the current table (or no table). */
function closeImplied(stack: HtmlElement[], kinds: string[]) {
  for (let i = stack.length - 1; i > 0; i--) {
    const tag = stack[i].tag
    if (tag === 'table') return
    if (kinds.includes(tag)) { popTo(stack, i); return }
  }
}

/** Closes the innermost open element named `tag`, unless a table, cell or list boundary lies in between. */
function closeTo(stack: HtmlElement[], tag: string) {
  for (let i = stack.length - 1; i > 0; i--) {
    if (stack[i].tag === tag) { popTo(stack, i); return }
    if (SCOPE_TAGS.has(stack[i].tag)) return
  }
}

/** Finds the '>' that ends a tag starting at `from`, skipping quoted attribute values. */
function tagEnd(html: string, from: number): number {
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i)
    if (c === 62) return i
    if (c === 34 || c === 39) return quotedTagEnd(html, i)
  }
  return -1
}

/** tagEnd from the first quote of a tag (no '>' before it): a '>' inside a quoted attribute value does not end the tag. */
function quotedTagEnd(html: string, from: number): number {
  let quote = ''
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i)
    if (quote) { if (c === quote.charCodeAt(0)) quote = ''; continue }
    if (c === 34 || c === 39) { const p = html.charCodeAt(i - 1); if (p === 61 || p === 32 || p === 9 || p === 10) quote = html[i]; continue }
    if (c === 62) return i
  }
  return -1
}

/** Length of the tag name at `from` (letters, digits, '-', ':'; first a letter), 0 when none. */
function tagNameLength(html: string, from: number): number {
  let i = from
  const first = html.charCodeAt(i) | 32
  if (first < 97 || first > 122) return 0
  while (i < html.length) {
    const c = html.charCodeAt(i)
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58 || c === 95) i++
    else break
  }
  return i - from
}

/** The next '&' at or after the text being read: text before it has no character references. */
interface AmpCursor { html: string; next: number }

/** html[from, to) as text, character references decoded. */
function textBetween(amp: AmpCursor, from: number, to: number): string {
  if (amp.next >= 0 && amp.next < from) amp.next = amp.html.indexOf('&', from)
  const text = amp.html.slice(from, to)
  return amp.next >= 0 && amp.next < to ? decodeEntities(text) : text
}

/** Builds an element tree from HTML source; script, style and similar raw-text elements are dropped. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [] }
  const stack: HtmlElement[] = [root]
  // Lowered once, and only when a raw-text element needs its end tag found.
  let lower = ''
  const amp: AmpCursor = { html, next: html.indexOf('&') }
  let pos = 0
  while (pos < html.length) {
    const lt = html.indexOf('<', pos)
    if (lt < 0) { append(stack[stack.length - 1], textBetween(amp, pos, html.length)); break }
    if (lt > pos) append(stack[stack.length - 1], textBetween(amp, pos, lt))
    const next = html.charCodeAt(lt + 1)
    if (next === 33 && html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4)
      pos = end < 0 ? html.length : end + 3
      continue
    }
    if (next === 33 || next === 63) { // <! or <?
      const end = html.indexOf('>', lt)
      pos = end < 0 ? html.length : end + 1
      continue
    }
    const closing = next === 47 // </
    const nameStart = lt + (closing ? 2 : 1)
    const nameLength = tagNameLength(html, nameStart)
    if (!nameLength) { append(stack[stack.length - 1], '<'); pos = lt + 1; continue }
    const nameEnd = nameStart + nameLength
    const end = tagEnd(html, nameEnd)
    if (end < 0) { pos = html.length; break }
    pos = end + 1
    const tagName = tagNameAt(html, nameStart, nameLength)
    if (closing) { closeTo(stack, tagName); continue }
    if (RAW_TEXT_TAGS.has(tagName)) {
      lower ||= html.length < 4_000_000 ? html.toLowerCase() : html
      const close = lower.indexOf(`</${tagName}`, pos)
      pos = close < 0 ? html.length : (html.indexOf('>', close) + 1 || html.length)
      continue
    }
    const implied = IMPLIED_CLOSE[tagName]
    if (implied) closeImplied(stack, implied)
    const rawAttrs = ATTR_TAGS.has(tagName) ? html.slice(nameEnd, end) : ''
    const el: HtmlElement = { tag: tagName, attrs: rawAttrs.trim() ? cachedAttrs(rawAttrs) : NO_ATTRS, children: [] }
    append(stack[stack.length - 1], el)
    const selfClosing = end > nameEnd && html.charCodeAt(end - 1) === 47 // .../>
    if (!VOID_TAGS.has(tagName) && !selfClosing && stack.length < MAX_DEPTH) stack.push(el)
  }
  return root
}
