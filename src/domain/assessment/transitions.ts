/**
 * An assessment's life: approved by the head's decision, then amended as a new draft revision.
 * Pure transitions — the time and new ids are passed in; the store writes what they return.
 */
import { itemPlaces } from '../criteria/lookup'
import type { CriteriaSet } from '../criteria/schema'
import type { Answer, Assessment, Evidence, IsoDateTime, Member } from '../model'

export interface ApprovalInput {
  /** The decision's date (`YYYY-MM-DD`). */
  date: string
  decisionNumber: string
  /** Rows still copied from last year that the head ticked as reviewed. */
  copiedReviewed?: number
}

/** The assessment locked by the head's decision (number and date). */
export function approveAssessment(a: Assessment, approval: ApprovalInput, now: IsoDateTime): Assessment {
  return {
    ...a,
    status: 'approved',
    approval: {
      date: approval.date,
      decisionNumber: approval.decisionNumber.normalize('NFC').trim(),
      approvedAt: now,
      ...(approval.copiedReviewed ? { copiedReviewed: approval.copiedReviewed } : {}),
    },
    updatedAt: now,
  }
}

/**
 * The new draft revision of an approved assessment (the approved one stays as it was). It has not
 * been approved or submitted: the decision and any review stay on the revision they were about.
 */
export function amendAssessment(a: Assessment, id: string, now: IsoDateTime): Assessment {
  const next: Assessment = { ...a, id, status: 'draft', revision: a.revision + 1, amends: a.id, createdAt: now, updatedAt: now }
  delete next.approval
  delete next.submission
  delete next.review
  return next
}

/**
 * What a new revision carries over: the team and the evidence under new ids (photos are shared by
 * reference, not copied). Nothing has been sent for the new revision yet, so `sentAt` is dropped:
 * files made for the old revision are refused by the new one.
 */
export function carriedIntoRevision(
  rows: { members: readonly Member[]; evidence: readonly Evidence[] },
  next: Assessment,
  newId: () => string,
): { members: Member[]; evidence: Evidence[] } {
  return {
    members: rows.members.map((m) => {
      const copy: Member = { ...m, id: newId(), assessmentId: next.id }
      delete copy.sentAt
      return copy
    }),
    evidence: rows.evidence.map((e) => ({ ...e, id: newId(), assessmentId: next.id })),
  }
}

/**
 * Answers copied onto another assessment, dated when it was made; with a set, only rows the set
 * still has. `markCopied` (last year's answers) leaves them for the school to confirm.
 */
export function copyAnswers(from: readonly Answer[], to: Assessment, set: CriteriaSet | undefined, markCopied: boolean): Answer[] {
  const known = set ? new Set(itemPlaces(set).map((p) => p.item.id)) : null
  return from
    .filter((a) => !known || known.has(a.itemId))
    .map((a) => ({ ...a, assessmentId: to.id, updatedAt: to.createdAt, ...(markCopied ? { copied: true } : {}) }))
}
