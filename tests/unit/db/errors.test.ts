import { describe, expect, it } from 'vitest'
import { StorageError, toStorageError } from '@/db'
import type { StorageErrorCode } from '@/domain'

/** An error as the browser or Dexie raises it: a name, a message, perhaps the error it wraps. */
const err = (name: string, message = '', inner?: unknown) => Object.assign(new Error(message), { name }, inner ? { inner } : {})

describe('every storage failure gets its own code', () => {
  it.each<[string, unknown, StorageErrorCode]>([
    ['the browser’s quota', err('QuotaExceededError'), 'quota'],
    ['the quota, wrapped by Dexie in an aborted transaction', err('AbortError', 'Transaction aborted', err('QuotaExceededError')), 'quota'],
    ['a physically full disk (Chromium: DataError … IOError)', err('DataError', 'Failed to write blobs (IOError)'), 'disk-full'],
    ['a full disk, wrapped by Dexie', err('AbortError', 'aborted', err('UnknownError', 'IOError: No space left on device')), 'disk-full'],
    ['a database closed under the tab', err('DatabaseClosedError', 'Database has been closed'), 'closed'],
    ['an open blocked by an older tab', err('BlockedError'), 'blocked'],
    ['a version change from another tab', err('VersionChangeError'), 'blocked'],
    ['no IndexedDB at all (private mode)', err('MissingAPIError'), 'unavailable'],
    ['storage refused by the browser', err('SecurityError'), 'unavailable'],
    ['an open that failed', err('OpenFailedError', 'cannot open'), 'unavailable'],
    ['anything else', err('TypeError', 'x is undefined'), 'unknown'],
    ['something that is not an error', 'boom', 'unknown'],
  ])('%s → %s', (_, e, code) => {
    const s = toStorageError(e)
    expect(s).toBeInstanceOf(StorageError)
    expect(s.code).toBe(code)
    expect(s.cause).toBe(e)
  })

  it('keeps a StorageError as it is', () => {
    const s = new StorageError('quota')
    expect(toStorageError(s)).toBe(s)
  })
})
