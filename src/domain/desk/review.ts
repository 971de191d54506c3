/**
 * Several reviewers: the secretary assigns schools to reviewers (by school kind or one by one) and
 * sends each a review assignment file holding the schools' submissions and the desk's review rows
 * as they were (the baseline); each reviewer scores and comments on their own device and sends a
 * review file back; the secretary imports it. Per row, with B the baseline, D the desk's row now
 * and R the reviewer's — exactly as a member's contribution is merged:
 * - R equals B or D: nothing to do; D equals B: R is taken; otherwise a conflict the secretary decides.
 * A review of a submission that is no longer the school's current one is not merged (it is listed).
 */
import type { SchoolKind } from '../criteria/schema'
import type { IsoDateTime } from '../model'
import type { SubmissionContent } from '../submission/content'
import type { ReviewRow } from '../submission/decision'
import type { Reviewer } from './campaign'
import { canDecide } from './history'
import { idMap, own } from '../ids'
import type { DeskRow } from './progress'

/** A review row as the desk keeps it: on one submission, by whom, when. */
export interface DeskReviewRow extends ReviewRow {
  /** The submission reviewed. */
  sha256: string
  /** The reviewer whose work it is (absent: typed on this desk). */
  by?: string
  updatedAt: IsoDateTime
}

/** What the secretary sent one reviewer: the schools, and the desk's rows for each at the time. */
export interface ReviewAssignment {
  id: string
  campaignId: string
  reviewer: Reviewer
  schools: AssignedSchool[]
  createdAt: IsoDateTime
  /** When its file was last shared or saved. */
  sentAt?: IsoDateTime
}

export interface AssignedSchool {
  rosterId: string
  sha256: string
  /** The desk's review rows of that submission when the assignment was made. */
  baseline: ReviewRow[]
}

/** A school as a reviewer's device receives it: who it is and its submission. */
export interface AssignedSubmission extends AssignedSchool {
  school: { name: string; code: string; kind: SchoolKind; commune: string }
  submittedAt: IsoDateTime
  content: SubmissionContent
}

/** Schools a reviewer can be given: those with a current submission still awaiting a decision. */
export function assignableRows(rows: readonly DeskRow[], by: { kinds?: readonly SchoolKind[]; rosterIds?: readonly string[] }): DeskRow[] {
  const kinds = by.kinds ? new Set(by.kinds) : null
  const ids = by.rosterIds ? new Set(by.rosterIds) : null
  return rows.filter(
    (r) => r.current !== undefined && canDecide(r.status) && (!kinds || kinds.has(r.school.kind)) && (!ids || ids.has(r.school.id)),
  )
}

const EMPTY: ReviewRow = { itemId: '', score: null, comment: '' }

/** Two rows say the same: equal score, and equal comments once in NFC and trimmed. */
export function sameReview(a: ReviewRow | undefined | null, b: ReviewRow | undefined | null): boolean {
  const x = a ?? EMPTY
  const y = b ?? EMPTY
  return x.score === y.score && x.comment.normalize('NFC').trim() === y.comment.normalize('NFC').trim()
}

/** The review file's content for one school. */
export interface ReviewedSchool {
  rosterId: string
  sha256: string
  rows: ReviewRow[]
}

export interface ReviewConflict {
  rosterId: string
  sha256: string
  itemId: string
  desk: DeskReviewRow | null
  reviewer: ReviewRow
  baseline: ReviewRow
}

export interface ReviewMergePlan {
  assignmentId: string
  reviewer: Reviewer
  /** Rows taken from the review. */
  take: DeskReviewRow[]
  conflicts: ReviewConflict[]
  /** Schools reviewed on a submission that is not (or no longer) the one assigned or current. */
  stale: { rosterId: string; sha256: string }[]
  unchanged: number
  /** `updatedAt` of each desk row the plan read (null: none), to refuse a write if one changed since. */
  expected: Record<string, string | null>
}

/** `sha256/itemId`: a review row's key, in plans and choices. */
export const reviewKey = (sha256: string, itemId: string) => `${sha256}/${itemId}`

export interface ReviewMergeInput {
  assignment: ReviewAssignment
  reviewed: readonly ReviewedSchool[]
  /** The desk's rows now, for the assignment's submissions. */
  desk: readonly DeskReviewRow[]
  /** The current submission of each roster school now (SHA-256). */
  currentOf: ReadonlyMap<string, string>
  reviewedAt: IsoDateTime
}

export function planReviewMerge(input: ReviewMergeInput): ReviewMergePlan {
  const { assignment } = input
  const plan: ReviewMergePlan = { assignmentId: assignment.id, reviewer: assignment.reviewer, take: [], conflicts: [], stale: [], unchanged: 0, expected: idMap() }
  const assigned = new Map(assignment.schools.map((s) => [s.rosterId, s]))
  const desk = new Map(input.desk.map((r) => [reviewKey(r.sha256, r.itemId), r]))
  for (const school of input.reviewed) {
    const a = assigned.get(school.rosterId)
    if (!a || a.sha256 !== school.sha256 || input.currentOf.get(school.rosterId) !== school.sha256) {
      plan.stale.push({ rosterId: school.rosterId, sha256: school.sha256 })
      continue
    }
    const baseline = new Map(a.baseline.map((r) => [r.itemId, r]))
    for (const r of school.rows) {
      const key = reviewKey(school.sha256, r.itemId)
      const b = baseline.get(r.itemId) ?? { ...EMPTY, itemId: r.itemId }
      const d = desk.get(key)
      plan.expected[key] = d?.updatedAt ?? null
      if (sameReview(r, b) || sameReview(r, d)) {
        plan.unchanged++
        continue
      }
      const taken: DeskReviewRow = { sha256: school.sha256, itemId: r.itemId, score: r.score, comment: r.comment, by: assignment.reviewer.id, updatedAt: input.reviewedAt }
      if (sameReview(d, b)) plan.take.push(taken)
      else plan.conflicts.push({ rosterId: school.rosterId, sha256: school.sha256, itemId: r.itemId, desk: d ?? null, reviewer: taken, baseline: b })
    }
  }
  return plan
}

export type ReviewChoice = 'desk' | 'reviewer'

/** The rows to write once the secretary has chosen; a conflict without a choice keeps the desk's row. */
export function resolveReviewMerge(plan: ReviewMergePlan, choices: Readonly<Record<string, ReviewChoice>>): { rows: DeskReviewRow[]; unresolved: string[]; expected: Record<string, string | null> } {
  const rows = [...plan.take]
  const unresolved: string[] = []
  for (const c of plan.conflicts) {
    const key = reviewKey(c.sha256, c.itemId)
    const choice = Object.prototype.hasOwnProperty.call(choices, key) ? choices[key] : undefined
    if (choice === 'reviewer') rows.push(c.reviewer as DeskReviewRow)
    else if (choice === undefined) unresolved.push(key)
  }
  const expected = idMap<string | null>()
  for (const r of rows) {
    const key = reviewKey(r.sha256, r.itemId)
    expected[key] = own(plan.expected, key) ?? null
  }
  return { rows, unresolved, expected }
}
