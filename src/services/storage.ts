/** The browser's storage facts, for the settings screen. */
export interface StorageInfo {
  usage: number | null
  quota: number | null
  persisted: boolean | null
}

export async function storageInfo(): Promise<StorageInfo> {
  const s = navigator.storage as StorageManager | undefined
  const est = s?.estimate ? await s.estimate().catch(() => null) : null
  const persisted = s?.persisted ? await s.persisted().catch(() => null) : null
  return { usage: est?.usage ?? null, quota: est?.quota ?? null, persisted }
}

/** Asks the browser to keep the app's data even when the device runs low on space. */
export async function requestPersistence(): Promise<boolean> {
  const s = navigator.storage as StorageManager | undefined
  return s?.persist ? await s.persist().catch(() => false) : false
}
