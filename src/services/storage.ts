// Persistent storage and usage: browsers evict IndexedDB unless storage is persistent.
export interface StorageState { persisted: boolean | null; usage: number | null; quota: number | null }

/** Asks the browser to keep our data (no prompt in Chrome; decided by engagement). */
export async function requestPersistence(): Promise<boolean | null> {
  if (!navigator.storage?.persist) return null
  try {
    return await navigator.storage.persist()
  } catch {
    return null
  }
}

/** Whether storage is persistent and how much of it is used. */
export async function readStorageState(): Promise<StorageState> {
  const s = navigator.storage
  const [persisted, estimate] = await Promise.all([
    s?.persisted ? s.persisted().catch(() => null) : Promise.resolve(null),
    s?.estimate ? s.estimate().catch(() => null) : Promise.resolve(null),
  ])
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null }
}
