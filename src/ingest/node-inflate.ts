// Node only: imported by node-env.ts.
import { inflateRawSync, inflateSync, gunzipSync } from 'node:zlib'

const INFLATERS: Record<string, (b: Uint8Array) => Uint8Array> = { deflate: inflateSync, 'deflate-raw': inflateRawSync, gzip: gunzipSync }

/**
 * The part of the DecompressionStream interface pdf.js uses (write all, close, read the output),
 * done in one synchronous zlib call. Node's own DecompressionStream goes through web streams and
 * costs pdf.js about a third of its time; without any, pdf.js inflates in JavaScript, also slower.
 * Errors (unknown format, corrupt or truncated data) surface on reading, and pdf.js then falls back
 * to its own tolerant decoder.
 */
export class NodeInflateStream {
  readonly writable: { getWriter(): { ready: Promise<void>; write(chunk: Uint8Array): Promise<void>; close(): Promise<void> } }
  readonly readable: AsyncIterable<Uint8Array>

  constructor(format: string) {
    const inflate = INFLATERS[format]
    if (!inflate) throw new TypeError(`unsupported format: ${format}`)
    const chunks: Uint8Array[] = []
    let close!: () => void
    const closed = new Promise<void>((resolve) => { close = resolve })
    const writer = {
      ready: Promise.resolve(),
      write: async (chunk: Uint8Array) => { chunks.push(chunk) },
      close: async () => close(),
    }
    this.writable = { getWriter: () => writer }
    this.readable = {
      async *[Symbol.asyncIterator]() {
        await closed
        yield inflate(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks))
      },
    }
  }
}
