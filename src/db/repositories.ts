import { liveQuery, type Transaction } from 'dexie'
import type { Answer, Assessment, Evidence, Member, School } from '@/domain'
import type { ChisoDb, DbCriteriaSet, DbEvidenceFile } from './database'
import { guarded } from './errors'
import { META_KEPT_PREFIX } from './exchangeState'

/**
 * Every read and write the app makes, each write one transaction: it either happens whole or
 * changes nothing (a failure surfaces as a StorageError). Values are plain objects: callers MUST pass
 * `toRaw`/plain copies, never Vue proxies (IndexedDB cannot clone proxies).
 */
export function createRepositories(db: ChisoDb) {
  const schools = {
    list: () => guarded(() => db.schools.orderBy('name').toArray()),
    get: (id: string) => guarded(() => db.schools.get(id)),
    put: (s: School) => guarded(() => db.schools.put(s)),
    /** Removes the school with all its assessments and what they hold. */
    remove: (id: string) =>
      guarded(() =>
        db.transaction('rw', [db.schools, db.assessments, db.answers, db.members, db.evidence, db.evidenceFiles, db.meta], async () => {
          const ids = await db.assessments.where('schoolId').equals(id).primaryKeys()
          for (const a of ids) await removeAssessmentRows(db, a)
          await db.schools.delete(id)
        }),
      ),
  }

  const assessments = {
    listBySchool: (schoolId: string) => guarded(() => db.assessments.where('schoolId').equals(schoolId).toArray()),
    list: () => guarded(() => db.assessments.toArray()),
    get: (id: string) => guarded(() => db.assessments.get(id)),
    put: (a: Assessment) => guarded(() => db.assessments.put(a)),
    /**
     * Creates an assessment together with what it starts from: answers (e.g. copied from last year),
     * and for an amended revision the members and evidence rows (their files are shared, not copied).
     */
    create: (a: Assessment, answers: Answer[] = [], carried: { members?: Member[]; evidence?: Evidence[] } = {}) =>
      guarded(() =>
        db.transaction('rw', [db.assessments, db.answers, db.members, db.evidence], async () => {
          await db.assessments.add(a)
          await db.answers.bulkAdd(answers)
          await db.members.bulkAdd(carried.members ?? [])
          await db.evidence.bulkAdd(carried.evidence ?? [])
        }),
      ),
    remove: (id: string) =>
      guarded(() =>
        db.transaction('rw', [db.assessments, db.answers, db.members, db.evidence, db.evidenceFiles, db.meta], () =>
          removeAssessmentRows(db, id),
        ),
      ),
    countUsingSet: (setId: string, version: string) =>
      guarded(() => db.assessments.where('[setId+version]').equals([setId, version]).count()),
  }

  const answers = {
    list: (assessmentId: string) => guarded(() => db.answers.where('assessmentId').equals(assessmentId).toArray()),
    put: (a: Answer) =>
      guarded(() =>
        db.transaction('rw', db.answers, (tx) => {
          const written = db.answers.put(a)
          commitNow(tx)
          return written
        }),
      ),
    remove: (assessmentId: string, itemId: string) => guarded(() => db.answers.delete([assessmentId, itemId])),
  }

  const members = {
    list: (assessmentId: string) => guarded(() => db.members.where('assessmentId').equals(assessmentId).toArray()),
    put: (m: Member) => guarded(() => db.members.put(m)),
    /** Notes when the member's file was sent; does nothing if the member is gone. Returns whether it was there. */
    markSent: (id: string, sentAt: string) => guarded(async () => (await db.members.update(id, { sentAt })) === 1),
    remove: (id: string) => guarded(() => db.members.delete(id)),
  }

  const evidence = {
    list: (assessmentId: string) => guarded(() => db.evidence.where('assessmentId').equals(assessmentId).toArray()),
    get: (id: string) => guarded(() => db.evidence.get(id)),
    /** Adds evidence rows and their files in one transaction: all of them, or none. */
    addMany: (rows: Evidence[], files: DbEvidenceFile[]) =>
      guarded(() =>
        db.transaction('rw', [db.evidence, db.evidenceFiles], async () => {
          await db.evidenceFiles.bulkAdd(files)
          await db.evidence.bulkAdd(rows)
        }),
      ),
    put: (e: Evidence) => guarded(() => db.evidence.put(e)),
    /** Removes the evidence, and its file unless other evidence still refers to it: never an orphan Blob. */
    remove: (id: string) =>
      guarded(() => db.transaction('rw', [db.evidence, db.evidenceFiles], () => removeEvidenceRows(db, [id]))),
    file: (fileId: string) => guarded(() => db.evidenceFiles.get(fileId)),
  }

  const criteriaSets = {
    list: () => guarded(() => db.criteriaSets.toArray()),
    put: (row: DbCriteriaSet) => guarded(() => db.criteriaSets.put(row)),
    /** Refuses (returns false) while an assessment still uses this version. */
    remove: (setId: string, version: string) =>
      guarded(() =>
        db.transaction('rw', [db.criteriaSets, db.assessments], async () => {
          const inUse = await db.assessments.where('[setId+version]').equals([setId, version]).count()
          if (inUse > 0) return false
          await db.criteriaSets.delete(`${setId}@${version}`)
          return true
        }),
      ),
  }

  const meta = {
    get: <T>(key: string) => guarded(async () => (await db.meta.get(key))?.value as T | undefined),
    set: (key: string, value: unknown) => guarded(() => db.meta.put({ key, value })),
  }

  /**
   * Calls `onChange` with the query's result now and whenever the data behind it changes, in this
   * tab or another one. Returns the function that stops watching.
   */
  function watch<T>(query: () => Promise<T>, onChange: (value: T) => void, onError?: (e: unknown) => void): () => void {
    const sub = liveQuery(query).subscribe({ next: onChange, error: (e: unknown) => onError?.(e) })
    return () => sub.unsubscribe()
  }

  return { schools, assessments, answers, members, evidence, criteriaSets, meta, watch }
}

/**
 * Asks IndexedDB to commit a transaction whose requests have all been issued, instead of waiting for
 * their results to reach this thread first: the write is durable sooner, whatever the page is busy with.
 * Dexie issues a plain put synchronously; a Dexie hook or add-on on the table would make it read
 * first, and the put would then fail after this commit (tests/unit/db/answers.test.ts checks the order).
 * Inside a caller's transaction it does nothing: that one commits when the caller is done.
 */
function commitNow(tx: Transaction) {
  if (!tx.parent) tx.idbtrans.commit?.()
}

async function removeEvidenceRows(db: ChisoDb, ids: string[]) {
  const rows = (await db.evidence.bulkGet(ids)).filter((r) => r !== undefined)
  await db.evidence.bulkDelete(ids)
  for (const fileId of new Set(rows.flatMap((r) => (r.file ? [r.file.id] : [])))) {
    if ((await db.evidence.where('file.id').equals(fileId).count()) === 0) await db.evidenceFiles.delete(fileId)
  }
}

async function removeAssessmentRows(db: ChisoDb, id: string) {
  await db.answers.where('assessmentId').equals(id).delete()
  await db.members.where('assessmentId').equals(id).delete()
  await removeEvidenceRows(db, await db.evidence.where('assessmentId').equals(id).primaryKeys())
  await db.meta.delete(META_KEPT_PREFIX + id)
  await db.assessments.delete(id)
}

export type Repositories = ReturnType<typeof createRepositories>
