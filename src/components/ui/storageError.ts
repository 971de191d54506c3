import { isStorageErrorCode, type StorageErrorCode } from '@/domain'

export type { StorageErrorCode }

/** The code of a storage failure thrown by a store; anything else is `unknown`. */
export function storageErrorCode(e: unknown): StorageErrorCode {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined
  return isStorageErrorCode(code) ? code : 'unknown'
}
