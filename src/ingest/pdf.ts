import type { PdfRuntime } from './env.ts'
import { IngestError } from './ingest-error.ts'
import type { IngestLimits } from './limits.ts'

/** Placeholder until the PDF layout reader lands. */
export async function extractPdfText(_bytes: Uint8Array, _runtime: PdfRuntime, _limits: IngestLimits): Promise<string> {
  throw new IngestError('暂不支持 PDF')
}
