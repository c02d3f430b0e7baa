import { Inflate } from 'fflate'
import { formatSize, type IngestLimits } from './limits.ts'

/** One file read out of a ZIP container. */
export interface ZipEntry {
  /** Path inside the archive, '/'-separated, decoded from UTF-8 or GBK. */
  path: string
  bytes: Uint8Array
}
export type UnzipResult = { ok: true; entries: ZipEntry[] } | { ok: false; error: string }

interface CentralEntry { path: string; method: number; flags: number; compressedSize: number; localOffset: number }

const EOCD_SIG = 0x06054b50
const CENTRAL_SIG = 0x02014b50
const LOCAL_SIG = 0x04034b50
const FEED_CHUNK = 32 * 1024
const utf8 = new TextDecoder('utf-8', { fatal: true })
const gbk = new TextDecoder('gb18030')

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8)
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000

class UnzipError extends Error {}

/** Decodes an entry name: UTF-8 when flagged or valid, otherwise GBK (Chinese Windows archivers write GBK names without the flag). */
export function decodeEntryName(raw: Uint8Array, utf8Flag: boolean): string {
  if (utf8Flag) return new TextDecoder('utf-8').decode(raw)
  try { return utf8.decode(raw) } catch { return gbk.decode(raw) }
}

function findEndOfCentralDirectory(b: Uint8Array): number {
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) if (u32(b, i) === EOCD_SIG) return i
  throw new UnzipError('不是有效的 ZIP 文件（找不到目录区）')
}

function readCentralDirectory(b: Uint8Array, limits: IngestLimits): CentralEntry[] {
  const eocd = findEndOfCentralDirectory(b)
  const count = u16(b, eocd + 10)
  let p = u32(b, eocd + 16)
  if (count === 0xffff || p === 0xffffffff) throw new UnzipError('不支持 ZIP64 格式的压缩包')
  if (count > limits.maxEntries) throw new UnzipError(`压缩包内文件过多（${count} 个，上限 ${limits.maxEntries} 个），已拒绝`)
  const out: CentralEntry[] = []
  for (let n = 0; n < count; n++) {
    if (p + 46 > b.length || u32(b, p) !== CENTRAL_SIG) throw new UnzipError('ZIP 目录区已损坏')
    const flags = u16(b, p + 8), nameLen = u16(b, p + 28), extraLen = u16(b, p + 30), commentLen = u16(b, p + 32)
    const path = decodeEntryName(b.subarray(p + 46, p + 46 + nameLen), (flags & 0x800) !== 0).replace(/\\/g, '/')
    out.push({ path, method: u16(b, p + 10), flags, compressedSize: u32(b, p + 20), localOffset: u32(b, p + 42) })
    p += 46 + nameLen + extraLen + commentLen
  }
  return out
}

function compressedData(b: Uint8Array, e: CentralEntry): Uint8Array {
  const p = e.localOffset
  if (p + 30 > b.length || u32(b, p) !== LOCAL_SIG) throw new UnzipError(`ZIP 条目已损坏：${e.path}`)
  const start = p + 30 + u16(b, p + 26) + u16(b, p + 28)
  return b.subarray(start, Math.min(b.length, start + e.compressedSize))
}

/** Inflates in small steps so that output is counted as it grows and a bomb stops within one step. */
function inflateBounded(data: Uint8Array, budget: number, path: string, overflow: () => string): Uint8Array {
  const chunks: Uint8Array[] = []
  let size = 0
  const inflate = new Inflate((chunk) => {
    size += chunk.length
    if (size > budget) throw new UnzipError(overflow())
    chunks.push(chunk)
  })
  try {
    for (let i = 0; i < data.length; i += FEED_CHUNK) inflate.push(data.subarray(i, i + FEED_CHUNK), i + FEED_CHUNK >= data.length)
    if (!data.length) inflate.push(new Uint8Array(0), true)
  } catch (e) {
    if (e instanceof UnzipError) throw e
    throw new UnzipError(`ZIP 条目无法解压：${path}`)
  }
  const out = new Uint8Array(size)
  let o = 0
  for (const c of chunks) { out.set(c, o); o += c.length }
  return out
}

/**
 * Reads a ZIP container's files (folders skipped) under the limits: the entry count is checked from the
 * directory and decompressed bytes are counted while inflating, so a zip bomb is refused early with a
 * Chinese reason instead of exhausting memory. `accept` can skip entries before they are inflated.
 */
export function unzipBounded(bytes: Uint8Array, limits: IngestLimits, accept: (path: string) => boolean = () => true): UnzipResult {
  try {
    let budget = limits.maxUnzippedBytes
    const overflow = () => `解压后内容超过 ${formatSize(limits.maxUnzippedBytes)} 上限（可能是“压缩炸弹”），已拒绝`
    const entries: ZipEntry[] = []
    for (const e of readCentralDirectory(bytes, limits)) {
      if (e.path.endsWith('/') || !accept(e.path)) continue
      if (e.flags & 1) throw new UnzipError(`压缩包内文件有密码保护，无法读取：${e.path}`)
      const data = compressedData(bytes, e)
      let out: Uint8Array
      if (e.method === 0) {
        if (data.length > budget) throw new UnzipError(overflow())
        out = data.slice()
      } else if (e.method === 8) out = inflateBounded(data, budget, e.path, overflow)
      else throw new UnzipError(`不支持的压缩方式（${e.method}）：${e.path}`)
      budget -= out.length
      entries.push({ path: e.path, bytes: out })
    }
    return { ok: true, entries }
  } catch (e) {
    if (e instanceof UnzipError) return { ok: false, error: e.message }
    return { ok: false, error: `ZIP 文件已损坏（${e instanceof Error ? e.message : String(e)}）` }
  }
}
