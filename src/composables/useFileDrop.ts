import type { ImportInput } from '../services/import-files.ts'

const REPORT_EXT_RE = /\.(txt|html?|shtml|xhtml|docx|pdf|zip|doc)$/i

/** Wraps browser Files as import inputs; folders bring only report-like files. */
export function toImportInputs(files: Iterable<File>, onlyReports = false): ImportInput[] {
  return [...files]
    .filter((f) => !onlyReports || REPORT_EXT_RE.test(f.name))
    .map((f) => ({ name: f.name, size: f.size, read: () => f.arrayBuffer(), blob: f }))
}

function readEntry(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile) return new Promise((res) => (entry as FileSystemFileEntry).file((f) => res([f]), () => res([])))
  const reader = (entry as FileSystemDirectoryEntry).createReader()
  return new Promise((res) => {
    const all: Promise<File[]>[] = []
    const next = () => reader.readEntries((batch) => {
      if (batch.length === 0) return Promise.all(all).then((lists) => res(lists.flat()))
      for (const e of batch) all.push(readEntry(e))
      next()
    }, () => res([]))
    next()
  })
}

/** Collects the files of a drop, walking into dropped folders. */
export async function filesFromDrop(dt: DataTransfer): Promise<ImportInput[]> {
  const entries = [...dt.items].map((i) => i.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e)
  if (entries.length === 0) return toImportInputs(dt.files)
  const hasDir = entries.some((e) => e.isDirectory)
  const files = (await Promise.all(entries.map(readEntry))).flat()
  return toImportInputs(files, hasDir)
}
