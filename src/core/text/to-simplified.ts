// The one place where the core uses an outside library: opencc-js is pure JavaScript and runs
// unchanged in a Worker, in Node and in Vitest, and a hand-made character table would be worse.
import * as OpenCC from 'opencc-js/t2cn'

/** Frequent characters that exist only in traditional script; one of them gates the (slower) conversion. */
const TRADITIONAL_HINT_RE =
  /[們這個國會說時來對於與為經產實現發開關體動種還學應點從當數總務報機製專資義議員區縣鎮鄉辦條請處認記設許證費進選運過達權處項頁單價網屬門戶綫線態傳統計劃據務榮響邊無鄰聯盡應當]/

let converter: ((text: string) => string) | undefined

/**
 * Converts traditional Chinese to simplified, keeping the text's length so that offsets into the
 * result are offsets into the input too (a phrase that would change length is converted per character).
 */
export function toSimplified(text: string): string {
  if (!TRADITIONAL_HINT_RE.test(text)) return text
  converter ??= OpenCC.Converter({ from: 'tw', to: 'cn' })
  const out = converter(text)
  if (out.length === text.length) return out
  let perChar = ''
  for (const ch of text) {
    const c = converter(ch)
    perChar += c.length === ch.length ? c : ch
  }
  return perChar
}
