// A small, tolerant HTML reader. DOMParser does not exist in Web Workers or in Node, and a report page
// only needs its element structure and text; nothing here ever executes or renders HTML. The reader
// works out the element tree a tree builder would make (implied end tags, scopes, depth limit) but
// never builds it: it reports each element's start and end and each piece of text, in document order,
// to whoever reads the page, which keeps only what it needs.

import { SCOPE_TAGS, lowerName, readTagName, type TagInfo } from './html-tags.ts'

/** What the reader reports, in document order (the order a depth-first walk of the tree would visit). */
export interface HtmlEvents {
  /** Whether text read now would be used: text that is not is never sliced or decoded. */
  wantsText(): boolean
  /**
   * A piece of text of the innermost open element, character references decoded. `hasSpace` is
   * false when it holds no ASCII space, tab or line break (the reader has read every character).
   */
  text(text: string, hasSpace: boolean): void
  /**
   * An element starts inside the innermost open one; `html[attrsFrom, attrsTo)` is its attribute
   * source (see readAttributes). Returns false when the reader was rewound (see HtmlReader.rewind):
   * the element is then dropped.
   */
  open(tag: TagInfo, attrsFrom: number, attrsTo: number): boolean
  /** The innermost open element ends. Elements that hold nothing (void, self-closed, too deep) end right after they start. */
  close(): void
}

/** A place to read again from, just after an element's start tag (see HtmlReader.bookmark). */
export interface HtmlBookmark {
  pos: number
  /** Where the element sits on the stack of open elements. */
  depth: number
  ampNext: number
}

const ATTR_RE = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g
/** Deeper nesting is flattened: it bounds the work of each tag on the stack of open elements. */
const MAX_DEPTH = 256
/** The attributes of every element that has none: one frozen object, not one each. */
const NO_ATTRS: Record<string, string> = Object.freeze({})

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
 * Cells repeat the same attribute text (` colspan="4"`) on every page, so parsed attributes are
 * remembered by their source text and shared, frozen, between elements.
 */
const ATTRS_CACHE = new Map<string, Record<string, string>>()
const ATTRS_CACHE_LIMIT = 2000

/** The attributes of the tag whose attribute source is `html[from, to)` (names lower-cased, values decoded), frozen. */
export function readAttributes(html: string, from: number, to: number): Record<string, string> {
  if (from === to) return NO_ATTRS
  const source = html.slice(from, to)
  if (!source.trim()) return NO_ATTRS
  let attrs = ATTRS_CACHE.get(source)
  if (!attrs) {
    attrs = Object.freeze(parseAttrs(source))
    if (ATTRS_CACHE.size >= ATTRS_CACHE_LIMIT) ATTRS_CACHE.clear()
    ATTRS_CACHE.set(source, attrs)
  }
  return attrs
}

/** kinds.includes(tag) as a plain loop over the few kinds: cheaper than the call for every cell. */
function isOneOf(tag: string, kinds: string[]): boolean {
  for (let k = 0; k < kinds.length; k++) if (kinds[k] === tag) return true
  return false
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


/**
 * Reads an HTML page once, front to back, reporting its elements and text to an HtmlEvents; script,
 * style and similar raw-text elements are dropped. A reader may be sent back to a bookmark while it
 * reads (see rewind), for the events to be read again differently.
 */
export class HtmlReader {
  readonly html: string
  /** Where reading goes on. */
  private pos = 0
  /** The first '&' at or after the text being read: text before it has no character references. */
  private ampNext: number
  /** Whether the text last scanned by nextLessThan holds an ASCII space, tab or line break. */
  private textHasSpace = false
  /** Tag names of the open elements, innermost last; [0] stands for the document itself. */
  private readonly stack: string[] = ['#root']
  private events: HtmlEvents | undefined

  constructor(html: string) {
    this.html = html
    this.ampNext = html.indexOf('&')
  }

  /** A bookmark just after the start tag of the element being opened (call it from HtmlEvents.open). */
  bookmark(): HtmlBookmark {
    return { pos: this.pos, depth: this.stack.length, ampNext: this.ampNext }
  }

  /**
   * Reads again from `bookmark`: the elements opened since are dropped without closing events, and
   * the bookmarked element is open again. Call it from HtmlEvents.open, which then returns false.
   */
  rewind(bookmark: HtmlBookmark) {
    this.pos = bookmark.pos
    this.ampNext = bookmark.ampNext
    while (this.stack.length > bookmark.depth + 1) this.stack.pop()
  }

  /** Reads the whole page; every element still open at its end is closed. */
  read(events: HtmlEvents) {
    this.events = events
    const html = this.html
    while (this.pos < html.length) {
      const pos = this.pos
      const lt = this.nextLessThan(pos)
      if (lt < 0) { this.addText(pos, html.length); break }
      if (lt > pos) this.addText(pos, lt)
      const next = html.charCodeAt(lt + 1)
      if (next === 33 && html.startsWith('<!--', lt)) {
        const end = html.indexOf('-->', lt + 4)
        this.pos = end < 0 ? html.length : end + 3
        continue
      }
      if (next === 33 || next === 63) { // <! or <?
        const end = html.indexOf('>', lt)
        this.pos = end < 0 ? html.length : end + 1
        continue
      }
      const closing = next === 47 // </
      const nameStart = lt + (closing ? 2 : 1)
      const tag = readTagName(html, nameStart)
      if (!tag) { if (events.wantsText()) events.text('<', false); this.pos = lt + 1; continue }
      const nameEnd = nameStart + tag.name.length
      const end = tagEnd(html, nameEnd)
      if (end < 0) break
      this.pos = end + 1
      if (closing) { this.closeTo(tag.name); continue }
      if (tag.isRawText) {
        const close = rawTextEnd(html, tag.name, this.pos)
        this.pos = close < 0 ? html.length : (html.indexOf('>', close) + 1 || html.length)
        continue
      }
      if (tag.impliedClose) this.closeImplied(tag.impliedClose)
      if (!events.open(tag, nameEnd, end)) continue
      const selfClosing = end > nameEnd && html.charCodeAt(end - 1) === 47 // .../>
      if (!tag.isVoid && !selfClosing && this.stack.length < MAX_DEPTH) this.stack.push(tag.name)
      else events.close()
    }
    this.popTo(1)
  }

  /**
   * html.indexOf('<', from), noting on the way whether the text before it holds an ASCII space, tab or
   * line break (see HtmlEvents.text). A loop: text between tags is mostly a few characters, shorter
   * than the cost of calling indexOf.
   */
  private nextLessThan(from: number): number {
    const html = this.html
    let hasSpace = false
    for (let i = from; i < html.length; i++) {
      const c = html.charCodeAt(i)
      if (c === 60) { this.textHasSpace = hasSpace; return i }
      if (c <= 32) hasSpace = true
    }
    this.textHasSpace = hasSpace
    return -1
  }

  /** Reports html[from, to), just scanned by nextLessThan, as text, character references decoded, when it is wanted. */
  private addText(from: number, to: number) {
    if (!this.events!.wantsText()) return
    if (this.ampNext >= 0 && this.ampNext < from) this.ampNext = this.html.indexOf('&', from)
    const text = this.html.slice(from, to)
    // A reference may stand for a space (&nbsp; does).
    if (this.ampNext >= 0 && this.ampNext < to) this.events!.text(decodeEntities(text), true)
    else this.events!.text(text, this.textHasSpace)
  }

  /** Closes open elements down to `length` of them, innermost first. */
  private popTo(length: number) {
    while (this.stack.length > length) { this.stack.pop(); this.events!.close() }
  }

  /** Closes the innermost open element of the given kinds when it sits inside the current table (or no table). */
  private closeImplied(kinds: string[]) {
    const stack = this.stack
    for (let i = stack.length - 1; i > 0; i--) {
      const tag = stack[i]
      if (tag === 'table') return
      if (isOneOf(tag, kinds)) { this.popTo(i); return }
    }
  }

  /** Closes the innermost open element named `tag`, unless a table, cell or list boundary lies in between. */
  private closeTo(tag: string) {
    const stack = this.stack
    for (let i = stack.length - 1; i > 0; i--) {
      if (stack[i] === tag) { this.popTo(i); return }
      if (SCOPE_TAGS.has(stack[i])) return
    }
  }
}
