/**
 * The only way to the device's database. Stores call `repos()`; tests swap in a fresh database
 * with `useDatabase(new ChisoDb('test-…'))`.
 */
import { ChisoDb } from './database'
import { createRepositories, type Repositories } from './repositories'

export { ChisoDb, DB_NAME, type DbCriteriaSet, type DbEvidenceFile, type DbMeta } from './database'
export { StorageError, toStorageError, type StorageErrorCode } from './errors'
export type { Repositories } from './repositories'

let current: { db: ChisoDb; repos: Repositories } | null = null

export function useDatabase(db: ChisoDb): Repositories {
  current?.db.close()
  current = { db, repos: createRepositories(db) }
  return current.repos
}

export function repos(): Repositories {
  return (current ?? { repos: useDatabase(new ChisoDb()) }).repos
}

/** The current database itself, for whole-database work (backup, restore, contributions: `./transfer`). */
export const currentDb = (): ChisoDb => (repos(), (current as { db: ChisoDb }).db)
