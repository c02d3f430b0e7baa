// A small, tolerant HTML tree builder. DOMParser does not exist in Web Workers or in Node, and a
// report page only needs its element structure and text; nothing here ever executes or renders HTML.

import { SCOPE_TAGS, lowerName, readTagName } from './html-tags.ts'

export interface HtmlElement {
  tag: string
  attrs: Record<string, string>
  children: HtmlNode[]
}
export type HtmlNode = HtmlElement | string

const ATTR_RE = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g
/** Deeper nesting is flattened, so that walking the tree never exhausts the call stack. */
const MAX_DEPTH = 256
/** The attributes of every element that has none (or whose attributes are not read): one frozen object, not one each. */
export const NO_ATTRS: Record<string, string> = Object.freeze({})

const ENTITY_RE = /&(#x[0-9a-f]+|#\d+|[a-z]+\d*);?/gi
const NAMED_ENTITIES: Record<string, string | undefined> = Object.assign(Object.create(null) as Record<string, string>, {
  nbsp: ' ', lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘',
  rsquo: '’', mdash: '—', ndash: '–', middot: '·', hellip: '…', times: '×', ensp: ' ', emsp: ' ',
  thinsp: ' ', copy: '©', reg: '®', deg: '°', bull: '•', laquo: '«', raquo: '»', yen: '¥',
})

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
    if (isOneOf(tag, kinds)) { popTo(stack, i); return }
  }
}

/** kinds.includes(tag) as a plain loop over the few kinds: cheaper than the call for every cell. */
function isOneOf(tag: string, kinds: string[]): boolean {
  for (let k = 0; k < kinds.length; k++) if (kinds[k] === tag) return true
  return false
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

/** The next '&' at or after the text being read: text before it has no character references. */
interface AmpCursor { html: string; next: number }

/** html[from, to) as text, character references decoded. */
function textBetween(amp: AmpCursor, from: number, to: number): string {
  if (amp.next >= 0 && amp.next < from) amp.next = amp.html.indexOf('&', from)
  const text = amp.html.slice(from, to)
  return amp.next >= 0 && amp.next < to ? decodeEntities(text) : text
}

/**
 * Where the end tag of the raw-text element `tag` (lower-case letters) starts, at or after `from`,
 * in any letter case; -1 when there is none. Compared letter by letter: lowering the whole page is
 * slow for the two-byte strings of Chinese pages.
 */
function rawTextEnd(html: string, tag: string, from: number): number {
  for (let at = html.indexOf('</', from); at >= 0; at = html.indexOf('</', at + 2)) {
    let k = 0
    // c | 32 is a lower-case letter only for that letter in either case.
    while (k < tag.length && (html.charCodeAt(at + 2 + k) | 32) === tag.charCodeAt(k)) k++
    if (k === tag.length) return at
  }
  return -1
}

/** html.indexOf('<', from) as a loop: text between tags is mostly a few characters, shorter than the cost of calling indexOf. */
function nextLessThan(html: string, from: number): number {
  for (let i = from; i < html.length; i++) if (html.charCodeAt(i) === 60) return i
  return -1
}

/** Builds an element tree from HTML source; script, style and similar raw-text elements are dropped. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [] }
  const stack: HtmlElement[] = [root]
  const amp: AmpCursor = { html, next: html.indexOf('&') }
  let pos = 0
  while (pos < html.length) {
    const lt = nextLessThan(html, pos)
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
    const tag = readTagName(html, nameStart)
    if (!tag) { append(stack[stack.length - 1], '<'); pos = lt + 1; continue }
    const nameEnd = nameStart + tag.name.length
    const end = tagEnd(html, nameEnd)
    if (end < 0) { pos = html.length; break }
    pos = end + 1
    if (closing) { closeTo(stack, tag.name); continue }
    if (tag.isRawText) {
      const close = rawTextEnd(html, tag.name, pos)
      pos = close < 0 ? html.length : (html.indexOf('>', close) + 1 || html.length)
      continue
    }
    if (tag.impliedClose) closeImplied(stack, tag.impliedClose)
    const rawAttrs = tag.keepsAttrs ? html.slice(nameEnd, end) : ''
    const el: HtmlElement = { tag: tag.name, attrs: rawAttrs.trim() ? cachedAttrs(rawAttrs) : NO_ATTRS, children: [] }
    append(stack[stack.length - 1], el)
    const selfClosing = end > nameEnd && html.charCodeAt(end - 1) === 47 // .../>
    if (!tag.isVoid && !selfClosing && stack.length < MAX_DEPTH) stack.push(el)
  }
  return root
}
