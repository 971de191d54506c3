/**
 * Small reads about exchange files (which assignments this device received, which contributions it
 * imported, what changed since the last backup), kept apart from the heavy import/export code in
 * transfer.ts so the home screen can show them cheaply.
 */
import type { ReceivedAssignment } from '@/domain'
import type { ChisoDb } from './database'
import { guarded } from './errors'

/** Where the assignments this device received are kept (one per assessment), in `meta`. */
export const META_ASSIGNMENT_PREFIX = 'transfer.assignment:'
/** Contributions imported on this device, by package id → when. */
export const META_CONTRIBUTION_PREFIX = 'transfer.contribution:'
export const META_LAST_BACKUP = 'transfer.lastBackupAt'
/** The principal's "keep mine" decisions on contributions, per assessment (`keptDecisionKey`s). */
export const META_KEPT_PREFIX = 'transfer.kept:'

/** The assignment received for an assessment, on a member's device. */
export async function receivedAssignment(db: ChisoDb, assessmentId: string): Promise<ReceivedAssignment | undefined> {
  return guarded(async () => (await db.meta.get(META_ASSIGNMENT_PREFIX + assessmentId))?.value as ReceivedAssignment | undefined)
}

/** When a contribution package was imported on this device, if it was. */
export async function contributionImportedAt(db: ChisoDb, packageId: string): Promise<string | undefined> {
  return guarded(async () => (await db.meta.get(META_CONTRIBUTION_PREFIX + packageId))?.value as string | undefined)
}

/** The principal's earlier "keep mine" decisions on contributions to an assessment. */
export async function keptDecisions(db: ChisoDb, assessmentId: string): Promise<Set<string>> {
  return guarded(async () => {
    const value = (await db.meta.get(META_KEPT_PREFIX + assessmentId))?.value
    return new Set(Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : [])
  })
}

/** What changed on the device since a moment (the last backup), for the backup reminder. */
export interface ChangesSince {
  /** The device holds at least one school or loaded criteria set. */
  hasData: boolean
  /** Answers saved after the moment (all answers when there is none). */
  answers: number
  /** Evidence added after the moment (all evidence when there is none). */
  evidence: number
}

export function changesSince(db: ChisoDb, since: string | null): Promise<ChangesSince> {
  return guarded(() =>
    db.transaction('r', [db.schools, db.criteriaSets, db.answers, db.evidence], async () => ({
      hasData: (await db.schools.count()) + (await db.criteriaSets.count()) > 0,
      answers: since === null ? await db.answers.count() : await db.answers.filter((a) => a.updatedAt > since).count(),
      evidence: since === null ? await db.evidence.count() : await db.evidence.filter((e) => e.addedAt > since).count(),
    })),
  )
}
