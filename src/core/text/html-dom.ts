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
const SCOPE_TAGS = new Set(['table', 'td', 'th', 'ul', 'ol', 'div', 'body', 'html'])

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ', lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘',
  rsquo: '’', mdash: '—', ndash: '–', middot: '·', hellip: '…', times: '×', ensp: ' ', emsp: ' ',
  thinsp: ' ', copy: '©', reg: '®', deg: '°', bull: '•', laquo: '«', raquo: '»', yen: '¥',
}

/** Decodes HTML character references (named, decimal and hexadecimal). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);?/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ''
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? m
  })
}

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {}
  for (const m of source.matchAll(ATTR_RE)) attrs[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '')
  return attrs
}

/** Closes the innermost open element of the given kinds when it sits inside the current table (or no table). */
function closeImplied(stack: HtmlElement[], kinds: string[]) {
  for (let i = stack.length - 1; i > 0; i--) {
    const tag = stack[i].tag
    if (tag === 'table') return
    if (kinds.includes(tag)) { stack.length = i; return }
  }
}

/** Finds the '>' that ends a tag starting at `from`, skipping quoted attribute values. */
function tagEnd(html: string, from: number): number {
  const gt = html.indexOf('>', from)
  if (gt < 0) return -1
  let quoted = false
  for (let i = from; i < gt; i++) { const c = html.charCodeAt(i); if (c === 34 || c === 39) { quoted = true; break } }
  if (!quoted) return gt
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

/** Builds an element tree from HTML source; script, style and similar raw-text elements are dropped. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [] }
  const stack: HtmlElement[] = [root]
  const top = () => stack[stack.length - 1]
  const closeTo = (tag: string) => {
    for (let i = stack.length - 1; i > 0; i--) {
      if (stack[i].tag === tag) { stack.length = i; return }
      if (SCOPE_TAGS.has(stack[i].tag) && tag !== stack[i].tag && !['div', 'body', 'html'].includes(stack[i].tag)) return
    }
  }
  const lower = html.length < 4_000_000 ? html.toLowerCase() : html
  let pos = 0
  while (pos < html.length) {
    const lt = html.indexOf('<', pos)
    if (lt < 0) { top().children.push(decodeEntities(html.slice(pos))); break }
    if (lt > pos) top().children.push(decodeEntities(html.slice(pos, lt)))
    const next = html[lt + 1]
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4)
      pos = end < 0 ? html.length : end + 3
      continue
    }
    if (next === '!' || next === '?') {
      const end = html.indexOf('>', lt)
      pos = end < 0 ? html.length : end + 1
      continue
    }
    const closing = next === '/'
    const nameStart = lt + (closing ? 2 : 1)
    const nameLength = tagNameLength(html, nameStart)
    if (!nameLength) { top().children.push('<'); pos = lt + 1; continue }
    const name = html.slice(nameStart, nameStart + nameLength)
    const end = tagEnd(html, nameStart + nameLength)
    if (end < 0) { pos = html.length; break }
    pos = end + 1
    const tagName = name.toLowerCase()
    if (closing) { closeTo(tagName); continue }
    if (RAW_TEXT_TAGS.has(tagName)) {
      const close = lower.indexOf(`</${tagName}`, pos)
      pos = close < 0 ? html.length : (html.indexOf('>', close) + 1 || html.length)
      continue
    }
    const implied = IMPLIED_CLOSE[tagName]
    if (implied) closeImplied(stack, implied)
    const rawAttrs = html.slice(nameStart + nameLength, end)
    const el: HtmlElement = { tag: tagName, attrs: ATTR_TAGS.has(tagName) && rawAttrs.trim() ? parseAttrs(rawAttrs) : {}, children: [] }
    top().children.push(el)
    if (!VOID_TAGS.has(tagName) && !rawAttrs.endsWith('/') && stack.length < MAX_DEPTH) stack.push(el)
  }
  return root
}
