/** A file handed to ingest: from a file picker, a drop, the command line or an archive. */
export interface InputFile {
  /** File name, possibly with folders ("乡镇/赵岗镇.txt"). */
  name: string
  bytes: Uint8Array
}
