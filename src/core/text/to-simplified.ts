// The one place where the core uses an outside library: opencc-js is pure JavaScript and runs
// unchanged in a Worker, in Node and in Vitest, and a hand-made character table would be worse.
import * as OpenCC from 'opencc-js/t2cn'

/** Frequent characters that exist only in traditional script; one of them gates the conversion. */
export const TRADITIONAL_HINTS = '們這個國會說時來對於與為經產實現發開關體動種還學應點從當數總務報機製專資義議員區縣鎮鄉辦條請處認記設許證費進選運過達權項頁單價網屬門戶綫線態傳統計劃據榮響邊無鄰聯盡'
const HINT_TABLE = new Uint8Array(0x10000)
for (const ch of TRADITIONAL_HINTS) HINT_TABLE[ch.charCodeAt(0)] = 1

function hasTraditionalHint(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (HINT_TABLE[text.charCodeAt(i)]) return true
  return false
}

let table: Uint16Array | undefined

/**
 * The character-for-character table OpenCC implies for the CJK blocks (0 where a character stays),
 * built once on first use: per-character conversion keeps every offset valid, and a table lookup is
 * far faster than the phrase matcher on each report.
 */
function simplifiedTable(): Uint16Array {
  if (table) return table
  const convert = OpenCC.Converter({ from: 'tw', to: 'cn' })
  table = new Uint16Array(0x10000)
  const ranges: [number, number][] = [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff]]
  for (const [from, to] of ranges) {
    let chunk = ''
    for (let c = from; c <= to; c++) chunk += String.fromCharCode(c) + '\n'
    const out = convert(chunk).split('\n')
    for (let c = from, i = 0; c <= to; c++, i++) {
      const s = out[i]
      if (s && s.length === 1 && s.charCodeAt(0) !== c) table[c] = s.charCodeAt(0)
    }
  }
  return table
}

/** Converts traditional Chinese to simplified, one character for one, so offsets stay valid. */
export function toSimplified(text: string): string {
  if (!hasTraditionalHint(text)) return text
  const map = simplifiedTable()
  let out = ''
  let last = 0
  for (let i = 0; i < text.length; i++) {
    const to = map[text.charCodeAt(i)]
    if (to !== 0) { out += text.slice(last, i) + String.fromCharCode(to); last = i + 1 }
  }
  return out + text.slice(last)
}
