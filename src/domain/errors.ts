/**
 * The one result type and the one vocabulary of storage failures, shared by every layer.
 *
 * Functions that can fail for reasons the user must hear about (a bad file, a full device) return a
 * `Result` instead of throwing: `{ ok: true, value }` or `{ ok: false, errors }`, each error with a
 * `code` the screens translate. Parsers, exchange-file readers and writers, and store actions all
 * answer this way.
 */
export type Result<T, E> = { ok: true; value: T } | { ok: false; errors: E[] }

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value })

/**
 * Why a read or write to the device's storage failed, in terms a screen can explain:
 * - `quota`: the browser's share of the device is used up;
 * - `disk-full`: the device itself has no room left (the browser reports an I/O failure);
 * - `unavailable`: the browser gives no storage (private mode, storage disabled);
 * - `blocked`: another open tab of the app holds an older version of the database;
 * - `closed`: the database was closed under this tab (another tab updated the app): reload;
 * - `unknown`: anything else.
 * A failed write has changed nothing: every write runs in one transaction.
 */
export const STORAGE_ERROR_CODES = ['quota', 'disk-full', 'unavailable', 'blocked', 'closed', 'unknown'] as const
export type StorageErrorCode = (typeof STORAGE_ERROR_CODES)[number]

export const isStorageErrorCode = (x: unknown): x is StorageErrorCode =>
  (STORAGE_ERROR_CODES as readonly unknown[]).includes(x)

/** The `name` of an error-like value (`AbortError`), or '' for anything without one. */
export function errorName(e: unknown): string {
  const name = typeof e === 'object' && e !== null ? (e as { name?: unknown }).name : undefined
  return typeof name === 'string' ? name : ''
}

/**
 * The names and messages of an error and of the errors it wraps (Dexie's `inner`, a standard
 * `cause`), outermost first: what a classifier of platform failures looks at.
 */
export function errorTrail(e: unknown): { name: string; message: string }[] {
  const trail: { name: string; message: string }[] = []
  let at: unknown = e
  for (let depth = 0; depth < 4 && typeof at === 'object' && at !== null; depth++) {
    const message = (at as { message?: unknown }).message
    trail.push({ name: errorName(at), message: typeof message === 'string' ? message : '' })
    const next = (at as { inner?: unknown }).inner ?? (at as { cause?: unknown }).cause
    if (next === at) break
    at = next
  }
  return trail
}
