import type { Ruling } from './pdf-geometry.ts'
import { RULING_MAX_THICKNESS } from './pdf-geometry.ts'

/** The pdf.js operator codes this reader needs (values of pdf.js `OPS`, stable across 4.x/5.x). */
export const PDF_OPS = {
  save: 10, restore: 11, transform: 12, stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24,
  eoFillStroke: 25, closeFillStroke: 26, closeEOFillStroke: 27, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75,
  constructPath: 91,
} as const

/** pdf.js path commands inside constructPath data (`DrawOPS`). */
const MOVE = 0, LINE = 1, CURVE = 2, QUAD = 3, CLOSE = 4
const STROKING = new Set<number>([PDF_OPS.stroke, PDF_OPS.closeStroke, PDF_OPS.fillStroke, PDF_OPS.eoFillStroke, PDF_OPS.closeFillStroke, PDF_OPS.closeEOFillStroke])
const FILLING = new Set<number>([PDF_OPS.fill, PDF_OPS.eoFill, PDF_OPS.fillStroke, PDF_OPS.eoFillStroke, PDF_OPS.closeFillStroke, PDF_OPS.closeEOFillStroke])

export type Matrix = [number, number, number, number, number, number]
type Point = [number, number]

/** The product m × n of two PDF matrices (n applied first). */
export const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
]
const apply = (m: Matrix, x: number, y: number): Point => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]

const boxOf = (pts: Point[]): Ruling => {
  const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1])
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) }
}
const isThin = (r: Ruling) => Math.min(r.x1 - r.x0, r.y1 - r.y0) <= RULING_MAX_THICKNESS && Math.max(r.x1 - r.x0, r.y1 - r.y0) >= 4

/** Splits pdf.js path data into subpaths of page-space points (curves contribute only their end points). */
function subpathsOf(data: ArrayLike<number>, ctm: Matrix): Point[][] {
  const out: Point[][] = []
  let cur: Point[] = []
  for (let i = 0; i < data.length;) {
    const op = data[i++]
    if (op === MOVE) { if (cur.length) out.push(cur); cur = [apply(ctm, data[i], data[i + 1])]; i += 2 }
    else if (op === LINE) { cur.push(apply(ctm, data[i], data[i + 1])); i += 2 }
    else if (op === CURVE) { cur.push(apply(ctm, data[i + 4], data[i + 5])); i += 6 }
    else if (op === QUAD) { cur.push(apply(ctm, data[i + 2], data[i + 3])); i += 4 }
    else if (op === CLOSE) { if (cur.length) cur.push(cur[0]) }
    else break
  }
  if (cur.length) out.push(cur)
  return out
}

/** Rulings from one painted path: thin filled rectangles whole, stroked paths segment by segment. */
function rulingsOfPath(paint: number, data: ArrayLike<number>, ctm: Matrix, out: Ruling[]): void {
  for (const pts of subpathsOf(data, ctm)) {
    if (FILLING.has(paint)) {
      const box = boxOf(pts)
      if (isThin(box)) { out.push(box); continue }
    }
    if (STROKING.has(paint)) {
      for (let k = 1; k < pts.length; k++) {
        const seg = boxOf([pts[k - 1], pts[k]])
        if (isThin(seg)) out.push(seg)
      }
    }
  }
}

/**
 * Collects the straight horizontal and vertical lines a page paints (table borders) from pdf.js's
 * operator list, following the transformation matrix through save/restore and forms; `pageMatrix`
 * maps PDF user space to the layout space (upright page, y upwards).
 */
export function collectRulings(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, pageMatrix: Matrix): Ruling[] {
  const out: Ruling[] = []
  let ctm: Matrix = pageMatrix
  const stack: Matrix[] = []
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]
    const args = argsArray[i] as unknown[] | null
    if (fn === PDF_OPS.save) stack.push(ctm)
    else if (fn === PDF_OPS.restore) ctm = stack.pop() ?? ctm
    else if (fn === PDF_OPS.transform && args) ctm = multiply(ctm, args as Matrix)
    else if (fn === PDF_OPS.paintFormXObjectBegin && args) {
      stack.push(ctm)
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = multiply(ctm, Array.from(args[0] as ArrayLike<number>) as Matrix)
    } else if (fn === PDF_OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm
    else if (fn === PDF_OPS.constructPath && args) {
      const paint = args[0] as number
      const paths = args[1] as ArrayLike<number>[] | null
      for (const data of paths ?? []) if (data) rulingsOfPath(paint, data, ctm, out)
    }
  }
  return out
}
