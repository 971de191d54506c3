import { describe, expect, it } from 'vitest'
import { errorName, errorTrail, isStorageErrorCode } from '@/domain'

describe('error names, read without casts', () => {
  it.each<[unknown, string]>([
    [Object.assign(new Error('x'), { name: 'AbortError' }), 'AbortError'],
    [{ name: 'NotAllowedError' }, 'NotAllowedError'],
    [{ name: 42 }, ''],
    [null, ''],
    ['AbortError', ''],
    [undefined, ''],
  ])('%o → %s', (e, name) => expect(errorName(e)).toBe(name))

  it('follows wrapped errors (Dexie’s inner, a cause), outermost first, and stops on a loop', () => {
    const inner = Object.assign(new Error('disk'), { name: 'DataError' })
    const outer = Object.assign(new Error('aborted'), { name: 'AbortError', inner })
    expect(errorTrail(outer)).toEqual([
      { name: 'AbortError', message: 'aborted' },
      { name: 'DataError', message: 'disk' },
    ])
    const loop: { name: string; cause?: unknown } = { name: 'X' }
    loop.cause = loop
    expect(errorTrail(loop)).toEqual([{ name: 'X', message: '' }])
    expect(errorTrail(new Error('plain', { cause: 'text' }))).toEqual([{ name: 'Error', message: 'plain' }])
  })

  it.each([
    ['quota', true],
    ['disk-full', true],
    ['closed', true],
    ['full', false],
    [3, false],
  ])('%s is a storage error code: %s', (x, yes) => expect(isStorageErrorCode(x)).toBe(yes))
})
