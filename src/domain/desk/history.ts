/**
 * A school's submissions on the desk, and where each school stands. Every submission is kept (the
 * history); the current one is the newest revision. The same content twice is one submission (its
 * SHA-256 is its identity), so importing a file again changes nothing.
 */
import type { IsoDateTime } from '../model'
import type { SubmissionFlag } from '../submission/check'
import type { SubmissionContent } from '../submission/content'
import type { DecisionContent } from '../submission/decision'

/** A submission as the desk keeps it. */
export interface DeskSubmission {
  /** SHA-256 of the canonical content: the submission's identity. */
  sha256: string
  campaignId: string
  /** The roster row (`RosterSchool.id`) it belongs to. */
  rosterId: string
  revision: number
  submittedAt: IsoDateTime
  importedAt: IsoDateTime
  content: SubmissionContent
  /** What the import found (scores recomputed, set compared); the reviewer confirmed taking it. */
  flags: SubmissionFlag[]
  /** Evidence file ids whose photo or document came with it; whether the record PDF came. */
  attachments: { files: string[]; record: boolean }
}

/**
 * A submission without its content: what lists and counts need. The desk keeps the content apart,
 * so an overview of thousands of schools never loads thousands of answer sheets.
 */
export type DeskSubmissionHead = Omit<DeskSubmission, 'content'>

/** A decision the desk made, with the file content it sent. */
export interface DeskDecision {
  id: string
  campaignId: string
  rosterId: string
  /** The submission decided on. */
  sha256: string
  content: DecisionContent
  /** When its file was last shared or saved; absent while it has not left the desk. */
  sentAt?: IsoDateTime
}

type Ordered = Pick<DeskSubmission, 'sha256' | 'revision' | 'submittedAt'>

/** Older first: by revision, then by when it was submitted (then by hash, so the order is total). */
export function compareSubmissions(a: Ordered, b: Ordered): number {
  if (a.revision !== b.revision) return a.revision - b.revision
  if (a.submittedAt !== b.submittedAt) return a.submittedAt < b.submittedAt ? -1 : 1
  return a.sha256 < b.sha256 ? -1 : a.sha256 > b.sha256 ? 1 : 0
}

/** The submission that counts: the newest of a school's history, or undefined when it has none. */
export function currentSubmission<T extends Ordered>(history: readonly T[]): T | undefined {
  return history.reduce<T | undefined>((best, s) => (best === undefined || compareSubmissions(s, best) > 0 ? s : best), undefined)
}

/**
 * Where an arriving submission goes in a school's history:
 * - `duplicate`: this very content is already there — nothing changes;
 * - `first`: the school's first submission;
 * - `supersedes`: newer than the current one, which stays in the history;
 * - `older`: an earlier revision arriving late — kept in the history, not current.
 * `sameRevision` names a submission of the same revision with other content (a result changed
 * without a new revision): the desk shows it for the reviewer to look at.
 */
export interface Placement {
  outcome: 'duplicate' | 'first' | 'supersedes' | 'older'
  sameRevision?: string
}

export function placeSubmission(history: readonly Ordered[], incoming: Ordered): Placement {
  if (history.some((s) => s.sha256 === incoming.sha256)) return { outcome: 'duplicate' }
  const current = currentSubmission(history)
  const twin = history.find((s) => s.revision === incoming.revision)
  const sameRevision = twin ? { sameRevision: twin.sha256 } : {}
  if (!current) return { outcome: 'first' }
  return { outcome: compareSubmissions(incoming, current) > 0 ? 'supersedes' : 'older', ...sameRevision }
}

export const DESK_STATUSES = ['not-submitted', 'submitted', 'under-review', 'returned', 'accepted'] as const
export type DeskStatus = (typeof DESK_STATUSES)[number]

export interface StatusInput {
  current: Pick<DeskSubmission, 'sha256'> | undefined
  /** The desk's decisions on any of the school's submissions. */
  decisions: readonly Pick<DeskDecision, 'sha256' | 'content'>[]
  /** Some reviewer was assigned the current submission, or someone scored or commented on it. */
  reviewStarted: boolean
}

/** The latest decision on a submission (by decision time), if any. */
export function decisionOn<T extends Pick<DeskDecision, 'sha256' | 'content'>>(decisions: readonly T[], sha256: string): T | undefined {
  return decisions
    .filter((d) => d.sha256 === sha256)
    .reduce<T | undefined>((last, d) => (last === undefined || d.content.decidedAt > last.content.decidedAt ? d : last), undefined)
}

/**
 * Where a school stands: nothing received; its current submission received, being reviewed,
 * returned or accepted. A decision on an older revision does not count: once a returned school
 * submits again, it is `submitted` again.
 */
export function deskStatus(input: StatusInput): DeskStatus {
  if (!input.current) return 'not-submitted'
  const decision = decisionOn(input.decisions, input.current.sha256)
  if (decision) return decision.content.decision
  return input.reviewStarted ? 'under-review' : 'submitted'
}

/** A decision may be made on a current submission that has none yet. */
export function canDecide(status: DeskStatus): boolean {
  return status === 'submitted' || status === 'under-review'
}
