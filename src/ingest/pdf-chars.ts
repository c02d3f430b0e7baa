/**
 * Fonts embedded by Chromium, Word and WPS often map CJK glyphs to Kangxi radicals (U+2F00–U+2FDF),
 * CJK radical supplement forms (U+2E80–U+2EFF) or compatibility ideographs instead of the ordinary
 * characters, so 「人民」 extracts as 「⼈⺠」. This maps them back.
 */
const SUPPLEMENT: Record<string, string> = {
  // Kangxi radicals whose compatibility mapping is a traditional form, where simplified fonts draw the simplified one
  '⼾': '户', '⿈': '黄',
  '⺟': '母', '⺠': '民', '⺢': '水', '⺣': '火', '⺩': '王', '⺫': '目', '⺬': '示', '⺮': '竹', '⺶': '羊', '⺷': '羊',
  '⺸': '羊', '⺻': '聿', '⺼': '肉', '⻁': '虎', '⻄': '西', '⻅': '见', '⻆': '角', '⻇': '角', '⻉': '贝', '⻋': '车',
  '⻓': '长', '⻔': '门', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻢': '马', '⻣': '骨',
  '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟',
}
const ODD_FORM_RE = /[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]/g

/** Replaces radical and compatibility forms with the ideographs they stand for. */
export function normalizePdfChars(text: string): string {
  return text.replace(ODD_FORM_RE, (ch) => SUPPLEMENT[ch] ?? ch.normalize('NFKC'))
}
