import { errorTrail, type StorageErrorCode } from '@/domain'

/** A failed read or write of the device's storage, with the code a screen explains (`StorageErrorCode`). */
export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    readonly cause?: unknown,
  ) {
    super(`storage: ${code}`)
    this.name = 'StorageError'
  }
}

/**
 * What the browser's failure means, from the names and messages of the error and of those it wraps
 * (Dexie wraps IndexedDB's errors: an `AbortError` whose inner error is `QuotaExceededError`). A
 * physically full disk shows as an I/O failure (Chromium: `DataError`/`UnknownError` with "IOError"
 * in the message), not as a quota.
 */
export function storageErrorCodeOf(e: unknown): StorageErrorCode {
  const trail = errorTrail(e)
  const names = trail.map((t) => t.name).join(' ')
  const messages = trail.map((t) => t.message).join(' ')
  if (/QuotaExceeded/.test(names)) return 'quota'
  if (/IOError|disk is full|No space left|ENOSPC/i.test(messages) || /IOError/.test(names)) return 'disk-full'
  if (/DatabaseClosed/.test(names)) return 'closed'
  if (/Blocked|VersionChange/.test(names)) return 'blocked'
  if (/MissingAPI|InvalidState|SecurityError|OpenFailed/.test(names)) return 'unavailable'
  return 'unknown'
}

export function toStorageError(e: unknown): StorageError {
  return e instanceof StorageError ? e : new StorageError(storageErrorCodeOf(e), e)
}

/** Runs a storage operation and rethrows any failure as a StorageError. */
export async function guarded<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op()
  } catch (e) {
    throw toStorageError(e)
  }
}
