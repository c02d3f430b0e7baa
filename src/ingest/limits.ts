/** Limits that keep a hostile or broken file from exhausting memory; shared by ZIP, DOCX and PDF reading. */
export interface IngestLimits {
  /** Largest total of decompressed bytes read out of one archive (ZIP or DOCX). @default 200 MB */
  maxUnzippedBytes: number
  /** Most entries one archive may hold (folders included). @default 2000 */
  maxEntries: number
  /** Deepest nesting of archives inside archives. @default 2 */
  maxArchiveDepth: number
  /** Most pages read from one PDF. @default 200 */
  maxPdfPages: number
}

export const DEFAULT_LIMITS: IngestLimits = {
  maxUnzippedBytes: 200 * 1024 * 1024,
  maxEntries: 2000,
  maxArchiveDepth: 2,
  maxPdfPages: 200,
}

const MB = 1024 * 1024

/** A size in bytes as a short Chinese-readable figure ("12.5 MB"). */
export function formatSize(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(bytes >= 10 * MB ? 0 : 1)} MB` : `${Math.ceil(bytes / 1024)} KB`
}
