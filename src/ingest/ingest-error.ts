/** A file that cannot be read, with the Chinese reason shown to the user (the file name is added by the caller). */
export class IngestError extends Error {
  override name = 'IngestError'
}
