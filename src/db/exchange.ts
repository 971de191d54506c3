/**
 * The exchange-file repository: small reads kept here (the home screen uses them), heavy writes
 * loaded from `./exchangeWrites` the first time one is made, so the first screen does not carry them.
 */
import { META_FAMILY } from '@/domain'
import type { ChisoDb } from './database'
import { guarded } from './errors'
import type { ExchangeRepository } from './interfaces'
import { readAllOf, readFamily } from './meta'

const writes = () => import('./exchangeWrites')

export function createExchangeRepository(db: ChisoDb): ExchangeRepository {
  return {
    snapshot: async () => (await writes()).exportSnapshot(db),
    restore: async (data, files, mode) => (await writes()).importSnapshot(db, data, files, mode),
    storeAssignment: async (data, received) => (await writes()).storeAssignment(db, data, received),
    applyContribution: async (resolved, files, imported) => (await writes()).applyContribution(db, resolved, files, imported),
    receivedAssignment: (assessmentId) => guarded(() => readFamily(db, META_FAMILY.receivedAssignment, assessmentId)),
    receivedAssignments: () => guarded(() => readAllOf(db, META_FAMILY.receivedAssignment)),
    contributionImportedAt: (packageId) => guarded(() => readFamily(db, META_FAMILY.contributionImported, packageId)),
    keptDecisions: (assessmentId) => guarded(() => keptDecisions(db, assessmentId)),
    changesSince: (since) =>
      guarded(() =>
        db.transaction('r', [db.schools, db.criteriaSets, db.answers, db.evidence], async () => ({
          hasData: (await db.schools.count()) + (await db.criteriaSets.count()) > 0,
          answers: since === null ? await db.answers.count() : await db.answers.filter((a) => a.updatedAt > since).count(),
          evidence: since === null ? await db.evidence.count() : await db.evidence.filter((e) => e.addedAt > since).count(),
        })),
      ),
  }
}

/** The "keep mine" decisions stored for an assessment (inside the caller's transaction, if any). */
export async function keptDecisions(db: ChisoDb, assessmentId: string): Promise<Set<string>> {
  const value: unknown = await readFamily(db, META_FAMILY.keptDecisions, assessmentId)
  return new Set(Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : [])
}
