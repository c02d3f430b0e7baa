// A small, tolerant HTML tree builder. DOMParser does not exist in Web Workers or in Node, and a
// report page only needs its element structure and text; nothing here ever executes or renders HTML.

export interface HtmlElement {
  tag: string
  attrs: Record<string, string>
  children: HtmlNode[]
}
export type HtmlNode = HtmlElement | string

const TOKEN_RE = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[^>]*>|<\/?([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g
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
  TOKEN_RE.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = TOKEN_RE.exec(html))) {
    const token = m[0]
    const tagName = m[1]?.toLowerCase()
    if (!tagName) {
      if (token[0] !== '<' || token === '<') top().children.push(decodeEntities(token))
      continue
    }
    if (token[1] === '/') { closeTo(tagName); continue }
    if (RAW_TEXT_TAGS.has(tagName)) {
      const end = html.toLowerCase().indexOf(`</${tagName}`, TOKEN_RE.lastIndex)
      TOKEN_RE.lastIndex = end < 0 ? html.length : html.indexOf('>', end) + 1 || html.length
      continue
    }
    for (const closes of IMPLIED_CLOSE[tagName] ?? []) {
      const open = stack.findLastIndex((e) => e.tag === closes)
      const table = stack.findLastIndex((e) => e.tag === 'table')
      if (open > 0 && open > table) { stack.length = open; break }
    }
    const el: HtmlElement = { tag: tagName, attrs: ATTR_TAGS.has(tagName) && m[2] ? parseAttrs(m[2]) : {}, children: [] }
    top().children.push(el)
    if (!VOID_TAGS.has(tagName) && !token.endsWith('/>')) stack.push(el)
  }
  return root
}
