/**
 * The only way to the device's database: `repos()`, whose promises are declared in `interfaces.ts`.
 * Tests swap in a fresh database with `useDatabase(new ChisoDb('test-…'))`, or make repositories
 * over a database of their own with `createRepositories(db)`.
 */
import { errorTrail } from '@/domain'
import { ChisoDb } from './database'
import { toStorageError } from './errors'
import type { Repositories } from './interfaces'
import { createRepositories } from './repositories'

export { ChisoDb, DB_NAME, type DbMeta } from './database'
export { StorageError, toStorageError } from './errors'
export type { StorageErrorCode } from '@/domain'
export type * from './interfaces'
export { createRepositories }

let current: { db: ChisoDb; repos: Repositories } | null = null

/**
 * What can stop the app from using its database after start-up, for the app to explain:
 * - `blocked`: opening waits because another tab still holds an older version of the database
 *   (it goes on by itself once that tab closes: `ready` follows);
 * - `versionchange`: another tab (a newer version of the app) needs this tab to let go of the
 *   database; it has been closed here and this tab must be reloaded;
 * - `ready`: the database is open.
 */
export type DatabaseEvent = 'blocked' | 'versionchange' | 'ready'

const listeners = new Set<(event: DatabaseEvent) => void>()

/** Calls `listener` on every database event; returns the function that stops listening. */
export function onDatabaseEvent(listener: (event: DatabaseEvent) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

const emit = (event: DatabaseEvent) => listeners.forEach((l) => l(event))

function watchDatabase(db: ChisoDb) {
  db.on('blocked', () => emit('blocked'))
  db.on('ready', () => emit('ready'))
  // Dexie's own handler closes the connection but would reopen it at the next query, with a schema
  // older than the one on disk. Close for good instead (returning false skips Dexie's handler, which
  // runs after this one): this tab must reload into the new version.
  db.on('versionchange', () => {
    db.close()
    emit('versionchange')
    return false
  })
}

function connect(db: ChisoDb): { db: ChisoDb; repos: Repositories } {
  current?.db.close()
  watchDatabase(db)
  current = { db, repos: createRepositories(db) }
  return current
}

/** The device's database, opened on first use. */
const connection = () => current ?? connect(new ChisoDb())

export function useDatabase(db: ChisoDb): Repositories {
  return connect(db).repos
}

/**
 * Opens the device's database now (instead of at the first query), so that start-up can tell a
 * browser that gives no storage (private mode, storage disabled) from a slow one. Resolves to null
 * when open, else to why not; never throws. A blocked open keeps waiting (see `onDatabaseEvent`).
 */
export async function openDatabase(): Promise<null | 'unavailable' | 'newer' | 'unknown'> {
  try {
    await connection().db.open()
    return null
  } catch (e) {
    // The database on the device was written by a newer version of the app than this one.
    if (errorTrail(e).some((x) => x.name === 'VersionError')) return 'newer'
    const code = toStorageError(e).code
    return code === 'unavailable' || code === 'quota' || code === 'disk-full' ? 'unavailable' : 'unknown'
  }
}

export function repos(): Repositories {
  return connection().repos
}
