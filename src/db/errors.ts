/**
 * Why a read or write to the device's storage failed, in terms a screen can explain:
 * - `quota`: the device (or the browser's share of it) is full;
 * - `unavailable`: the browser gives no storage (private mode, storage disabled);
 * - `blocked`: another open tab of the app holds an older version of the database;
 * - `unknown`: anything else (the original error is kept for the log).
 * A failed write has changed nothing: every write runs in one transaction.
 */
export type StorageErrorCode = 'quota' | 'unavailable' | 'blocked' | 'unknown'

export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    readonly cause?: unknown,
  ) {
    super(`storage: ${code}`)
    this.name = 'StorageError'
  }
}

export function toStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e
  const name = (e as { name?: string; inner?: { name?: string } } | null)?.name ?? ''
  const inner = (e as { inner?: { name?: string } } | null)?.inner?.name ?? ''
  const names = `${name} ${inner}`
  if (/QuotaExceeded/.test(names)) return new StorageError('quota', e)
  if (/MissingAPI|InvalidState|SecurityError|DatabaseClosed|OpenFailed/.test(names)) return new StorageError('unavailable', e)
  if (/Blocked|VersionChange/.test(names)) return new StorageError('blocked', e)
  return new StorageError('unknown', e)
}

/** Runs a storage operation and rethrows any failure as a StorageError. */
export async function guarded<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op()
  } catch (e) {
    throw toStorageError(e)
  }
}
