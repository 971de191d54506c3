import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ChisoDb, StorageError, repos, useDatabase } from '@/db'
import type { Answer } from '@/domain'

const answer = (over: Partial<Answer> = {}): Answer => ({
  assessmentId: 'a1',
  itemId: '1.1',
  value: true,
  note: '',
  updatedAt: '2026-11-25T00:00:00.000Z',
  ...over,
})

/** A prototype's own method, to call from its spy with the right `this`. */
const original = <F>(proto: object, name: string) => Object.getOwnPropertyDescriptor(proto, name)?.value as F

describe('answer writes', () => {
  let db: ChisoDb
  beforeEach(() => {
    db = new ChisoDb(`test-${crypto.randomUUID()}`)
    useDatabase(db)
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('asks IndexedDB to commit as soon as the row is handed over, before the result comes back', async () => {
    await repos().answers.list('a1') // open the database first
    const events: string[] = []
    const put = original<IDBObjectStore['put']>(IDBObjectStore.prototype, 'put')
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      events.push('put')
      const request = put.apply(this, args)
      request.addEventListener('success', () => events.push('put done'))
      return request
    })
    const commit = original<IDBTransaction['commit']>(IDBTransaction.prototype, 'commit')
    vi.spyOn(IDBTransaction.prototype, 'commit').mockImplementation(function (this: IDBTransaction) {
      events.push('commit')
      commit.call(this)
    })
    await repos().answers.put(answer())
    expect(events.slice(0, 3)).toEqual(['put', 'commit', 'put done'])
    expect(await repos().answers.list('a1')).toEqual([answer()])
  })

  it('inside a larger transaction, leaves the commit to it: all of it is stored, or none', async () => {
    const later = { ...answer({ itemId: '1.2', value: false }) }
    await db.transaction('rw', db.answers, async () => {
      await repos().answers.put(answer())
      await db.answers.put(later)
    })
    expect(await repos().answers.list('a1')).toEqual([answer(), later])

    await expect(
      db.transaction('rw', db.answers, async () => {
        await repos().answers.put(answer({ itemId: '1.3', value: 2 }))
        throw new Error('the caller gives up')
      }),
    ).rejects.toThrow('the caller gives up')
    expect((await repos().answers.list('a1')).map((a) => a.itemId)).toEqual(['1.1', '1.2'])
  })

  it('a row IndexedDB cannot store is refused as a storage error, and the stored answer stays', async () => {
    await repos().answers.put(answer({ value: 3 }))
    const unstorable = answer({ value: 5, note: (() => 'x') as unknown as string })
    await expect(repos().answers.put(unstorable)).rejects.toBeInstanceOf(StorageError)
    expect(await repos().answers.list('a1')).toEqual([answer({ value: 3 })])
    await repos().answers.put(answer({ value: 6 }))
    expect((await repos().answers.list('a1'))[0]?.value).toBe(6)
  })
})
