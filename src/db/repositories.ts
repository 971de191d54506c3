import { liveQuery, type Transaction } from 'dexie'
import { landsOn, META_FAMILY, type LostRace } from '@/domain'
import type { ChisoDb } from './database'
import { guarded } from './errors'
import { createDeskRepository } from './desk'
import { createExchangeRepository } from './exchange'
import type {
  AnswersRepository,
  AssessmentsRepository,
  CriteriaSetsRepository,
  EvidenceRepository,
  MembersRepository,
  MetaRepository,
  Repositories,
  SchoolsRepository,
} from './interfaces'

/** The repositories over one database; their promises are in `interfaces.ts`. */
export function createRepositories(db: ChisoDb): Repositories {
  const schools: SchoolsRepository = {
    list: () => guarded(() => db.schools.orderBy('name').toArray()),
    get: (id) => guarded(() => db.schools.get(id)),
    put: (s) => guarded(async () => void (await db.schools.put(s))),
    remove: (id) =>
      guarded(() =>
        db.transaction('rw', [db.schools, db.assessments, db.answers, db.members, db.evidence, db.evidenceFiles, db.meta], async () => {
          const ids = await db.assessments.where('schoolId').equals(id).primaryKeys()
          for (const a of ids) await removeAssessmentRows(db, a)
          await db.schools.delete(id)
        }),
      ),
  }

  const assessments: AssessmentsRepository = {
    listBySchool: (schoolId) => guarded(() => db.assessments.where('schoolId').equals(schoolId).toArray()),
    list: () => guarded(() => db.assessments.toArray()),
    get: (id) => guarded(() => db.assessments.get(id)),
    put: (a) => guarded(async () => void (await db.assessments.put(a))),
    change: (id, change) =>
      guarded(() =>
        db.transaction('rw', db.assessments, async () => {
          const row = await db.assessments.get(id)
          if (!row) return undefined
          const next = change(row)
          await db.assessments.put(next)
          return next
        }),
      ),
    create: (a, answers = [], carried = {}) =>
      guarded(() =>
        db.transaction('rw', [db.assessments, db.answers, db.members, db.evidence], async () => {
          await db.assessments.add(a)
          await db.answers.bulkAdd(answers)
          await db.members.bulkAdd(carried.members ?? [])
          await db.evidence.bulkAdd(carried.evidence ?? [])
        }),
      ),
    remove: (id) =>
      guarded(() =>
        db.transaction('rw', [db.assessments, db.answers, db.members, db.evidence, db.evidenceFiles, db.meta], () =>
          removeAssessmentRows(db, id),
        ),
      ),
    countUsingSet: (setId, version) => guarded(() => db.assessments.where('[setId+version]').equals([setId, version]).count()),
  }

  const answers: AnswersRepository = {
    list: (assessmentId) => guarded(() => db.answers.where('assessmentId').equals(assessmentId).toArray()),
    put: (a, base) =>
      guarded(() =>
        db.transaction('rw', db.answers, async (tx): Promise<LostRace | null> => {
          if (base !== undefined) {
            const stored = await db.answers.get([a.assessmentId, a.itemId])
            if (!landsOn(stored, base)) return { itemId: a.itemId, stored }
          }
          const written = db.answers.put(a)
          commitNow(tx)
          await written
          return null
        }),
      ),
    putMany: (rows, a, bases) =>
      guarded(() =>
        db.transaction('rw', [db.answers, db.assessments], async (): Promise<LostRace[]> => {
          if (bases?.size) {
            const checked = rows.filter((r) => bases.has(r.itemId))
            const stored = await db.answers.bulkGet(checked.map((r) => [r.assessmentId, r.itemId] as [string, string]))
            const lost = checked.flatMap((r, i) =>
              landsOn(stored[i], bases.get(r.itemId) ?? null) ? [] : [{ itemId: r.itemId, stored: stored[i] }],
            )
            if (lost.length) return lost
          }
          await db.answers.bulkPut([...rows])
          if (a) await db.assessments.put(a)
          return []
        }),
      ),
    remove: (assessmentId, itemId) => guarded(() => db.answers.delete([assessmentId, itemId])),
  }

  const members: MembersRepository = {
    list: (assessmentId) => guarded(() => db.members.where('assessmentId').equals(assessmentId).toArray()),
    get: (id) => guarded(() => db.members.get(id)),
    put: (m) => guarded(async () => void (await db.members.put(m))),
    markSent: (id, sentAt) => guarded(async () => (await db.members.update(id, { sentAt })) === 1),
    remove: (id) => guarded(() => db.members.delete(id)),
  }

  const evidence: EvidenceRepository = {
    list: (assessmentId) => guarded(() => db.evidence.where('assessmentId').equals(assessmentId).toArray()),
    get: (id) => guarded(() => db.evidence.get(id)),
    addMany: (rows, files, changed = []) =>
      guarded(() =>
        db.transaction('rw', [db.evidence, db.evidenceFiles], async () => {
          await db.evidenceFiles.bulkAdd(files)
          await db.evidence.bulkAdd(rows)
          await db.evidence.bulkPut(changed)
        }),
      ),
    put: (e) => guarded(async () => void (await db.evidence.put(e))),
    remove: (id) => guarded(() => db.transaction('rw', [db.evidence, db.evidenceFiles], () => removeEvidenceRows(db, [id]))),
    file: (fileId) => guarded(() => db.evidenceFiles.get(fileId)),
  }

  const criteriaSets: CriteriaSetsRepository = {
    list: () => guarded(() => db.criteriaSets.toArray()),
    put: (row) => guarded(async () => void (await db.criteriaSets.put(row))),
    remove: (setId, version) =>
      guarded(() =>
        db.transaction('rw', [db.criteriaSets, db.assessments], async () => {
          const inUse = await db.assessments.where('[setId+version]').equals([setId, version]).count()
          if (inUse > 0) return false
          await db.criteriaSets.delete(`${setId}@${version}`)
          return true
        }),
      ),
  }

  const meta: MetaRepository = {
    // The one place a stored value gets its type: only `set` below writes these keys.
    get: (key) => guarded(async () => (await db.meta.get(key))?.value as never),
    set: (key, value) => guarded(async () => void (await db.meta.put({ key, value }))),
  }

  function watch<T>(query: () => Promise<T>, onChange: (value: T) => void, onError?: (e: unknown) => void): () => void {
    const sub = liveQuery(query).subscribe({ next: onChange, error: (e: unknown) => onError?.(e) })
    return () => sub.unsubscribe()
  }

  return { schools, assessments, answers, members, evidence, criteriaSets, meta, exchange: createExchangeRepository(db), desk: createDeskRepository(db), watch }
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
  await db.meta.delete(META_FAMILY.keptDecisions + id)
  await db.assessments.delete(id)
}
