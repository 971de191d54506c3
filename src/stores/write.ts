import type { Ref } from 'vue'
import { toStorageError, type StorageError } from '@/db'
import type { Result, StorageErrorCode } from '@/domain'

/**
 * Runs one storage operation for a store action: its value, or the storage failure's code for the
 * screen to explain. Never throws; a failed write changed nothing.
 */
export async function attempt<T>(op: () => Promise<T>): Promise<Result<T, StorageErrorCode>> {
  try {
    return { ok: true, value: await op() }
  } catch (e) {
    return { ok: false, errors: [toStorageError(e).code] }
  }
}

/**
 * Runs one write for a store that keeps its last failure in an `error` ref the screen shows. Success
 * clears it and returns true; a failure keeps it there and returns false — the write changed nothing.
 */
export async function attemptWrite(error: Ref<StorageError | null>, write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write()
  } catch (e) {
    error.value = toStorageError(e)
    return false
  }
  error.value = null
  return true
}
