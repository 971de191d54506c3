/** What a screen can say about a failed read or write (the codes of the storage layer's errors). */
export type StorageErrorCode = 'quota' | 'unavailable' | 'blocked' | 'unknown'

const CODES: readonly string[] = ['quota', 'unavailable', 'blocked', 'unknown']

/** The code of a storage failure thrown by a store; anything else is `unknown`. */
export function storageErrorCode(e: unknown): StorageErrorCode {
  const code = (e as { code?: unknown } | null)?.code
  return typeof code === 'string' && CODES.includes(code) ? (code as StorageErrorCode) : 'unknown'
}
