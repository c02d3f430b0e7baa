/** A run of text on a PDF page, in page space (points, y grows upwards). */
export interface TextBox {
  str: string
  x0: number
  x1: number
  /** Bottom and top of the glyph box, estimated from the baseline and the font size. */
  y0: number
  y1: number
  size: number
}

/** An axis-aligned stroke or thin filled rectangle: a candidate table border. */
export interface Ruling {
  x0: number
  y0: number
  x1: number
  y1: number
}

/** Thickest rectangle still read as a line rather than a shaded area. */
export const RULING_MAX_THICKNESS = 3
export const isHorizontal = (r: Ruling) => r.y1 - r.y0 <= RULING_MAX_THICKNESS && r.x1 - r.x0 > r.y1 - r.y0
export const isVertical = (r: Ruling) => r.x1 - r.x0 <= RULING_MAX_THICKNESS && r.y1 - r.y0 > r.x1 - r.x0

export const centerX = (b: { x0: number; x1: number }) => (b.x0 + b.x1) / 2
export const centerY = (b: { y0: number; y1: number }) => (b.y0 + b.y1) / 2

/** Sorted distinct values, values closer than `tolerance` merged into their mean. */
export function clusterValues(values: number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b)
  const out: number[] = []
  let sum = 0, n = 0
  for (const v of sorted) {
    if (n && v - sum / n > tolerance) { out.push(sum / n); sum = 0; n = 0 }
    sum += v; n++
  }
  if (n) out.push(sum / n)
  return out
}

const CJK_RE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/

/** Joins pieces of one visual line (sorted by x): a space only where a gap separates non-CJK text. */
export function joinRun(boxes: TextBox[]): string {
  let out = ''
  let prev: TextBox | undefined
  for (const b of boxes) {
    if (prev) {
      const gap = b.x0 - prev.x1
      const cjkSeam = CJK_RE.test(prev.str.slice(-1)) || CJK_RE.test(b.str[0])
      if (gap > Math.max(prev.size, b.size) * (cjkSeam ? 1 : 0.2)) out += ' '
    }
    out += b.str
    prev = b
  }
  return out
}

const TIGHT_END_RE = /[-/_\d]$/
const TIGHT_START_RE = /^[-/_,.;:)\]%]/

/** Joins wrapped lines of one cell or paragraph: no space at a CJK seam or inside a broken number or code, one otherwise. */
export function joinWrapped(lines: string[]): string {
  let out = ''
  for (const l of lines) {
    if (!l) continue
    const tight = !out || CJK_RE.test(out.slice(-1)) || CJK_RE.test(l[0]) || TIGHT_END_RE.test(out) || TIGHT_START_RE.test(l)
    out += tight ? l : ' ' + l
  }
  return out
}

/** Groups boxes into visual lines (top to bottom), each sorted left to right. */
export function groupLines(boxes: TextBox[]): TextBox[][] {
  const sorted = [...boxes].sort((a, b) => centerY(b) - centerY(a) || a.x0 - b.x0)
  const lines: TextBox[][] = []
  for (const b of sorted) {
    const line = lines[lines.length - 1]
    const ref = line?.[0]
    if (ref && Math.abs(centerY(ref) - centerY(b)) <= Math.min(ref.size, b.size) * 0.5) line.push(b)
    else lines.push([b])
  }
  for (const l of lines) l.sort((a, b) => a.x0 - b.x0)
  return lines
}
