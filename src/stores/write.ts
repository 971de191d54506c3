import type { Ref } from 'vue'
import { toStorageError, type StorageError } from '@/db'

/**
 * Runs one write for a store. Success clears the store's `error` and returns true; a failure keeps
 * it there (as a StorageError the screen can explain) and returns false — the write changed nothing.
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
