/** Characters not allowed in file names on Windows, macOS or Linux. */
const UNSAFE_FILE_RE = /[\\/:*?"<>|\s]+/g

/** A file name safe on every system, keeping Chinese: 「示例县 2023 排名」 → 「示例县_2023_排名」. */
export function toFileName(...parts: (string | number)[]): string {
  return parts.map(String).filter(Boolean).join('_').replace(UNSAFE_FILE_RE, '_')
}

/** Saves a Blob through the browser's download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
