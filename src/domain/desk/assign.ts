/**
 * Handing schools to reviewers and keeping track of who reviewed what. The secretary picks schools
 * (`assignableRows`: by school kind or one by one) for one reviewer; the assignment records each
 * school's current submission and the desk's rows on it at that moment, the baseline the review
 * coming back is merged against (`planReviewMerge`).
 */
import type { IsoDateTime } from '../model'
import type { ReviewRow } from '../submission/decision'
import type { Reviewer } from './campaign'
import type { DeskRow } from './progress'
import type { DeskReviewRow, ReviewAssignment } from './review'

export interface AssignmentInput {
  id: string
  campaignId: string
  reviewer: Reviewer
  /** The schools chosen (from `assignableRows`); rows without a current submission are left out. */
  rows: readonly DeskRow[]
  /** The desk's review rows now (any submissions: only those of the chosen schools' current ones are kept). */
  desk: readonly DeskReviewRow[]
  createdAt: IsoDateTime
}

const byItem = (a: ReviewRow, b: ReviewRow) => (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0)

/** The assignment of `rows` to `reviewer`, each school with its current submission and the desk's rows on it as the baseline. */
export function makeAssignment(input: AssignmentInput): ReviewAssignment {
  const bySha = new Map<string, ReviewRow[]>()
  for (const r of input.desk) {
    const list = bySha.get(r.sha256) ?? []
    list.push({ itemId: r.itemId, score: r.score, comment: r.comment })
    bySha.set(r.sha256, list)
  }
  const seen = new Set<string>()
  const schools = input.rows.flatMap((row) => {
    if (!row.current || seen.has(row.school.id)) return []
    seen.add(row.school.id)
    return [{ rosterId: row.school.id, sha256: row.current.sha256, baseline: [...(bySha.get(row.current.sha256) ?? [])].sort(byItem) }]
  })
  return { id: input.id, campaignId: input.campaignId, reviewer: { id: input.reviewer.id, name: input.reviewer.name }, schools, createdAt: input.createdAt }
}

/**
 * Schools among `rosterIds` already handed to another reviewer for the same submission: giving
 * them again is allowed (two opinions), but the secretary is told whose they are.
 */
export function assignedElsewhere(
  assignments: readonly ReviewAssignment[],
  reviewerId: string,
  chosen: readonly { rosterId: string; sha256: string }[],
): { rosterId: string; reviewer: Reviewer }[] {
  const out: { rosterId: string; reviewer: Reviewer }[] = []
  for (const c of chosen)
    for (const a of assignments)
      if (a.reviewer.id !== reviewerId && a.schools.some((s) => s.rosterId === c.rosterId && s.sha256 === c.sha256)) out.push({ rosterId: c.rosterId, reviewer: a.reviewer })
  return out
}

/** Who wrote the rows of one submission: each reviewer once (in the order first seen), and whether the desk typed some itself. */
export function reviewedBy(rows: readonly DeskReviewRow[], sha256: string, reviewers: readonly Reviewer[]): { reviewers: Reviewer[]; desk: boolean } {
  const known = new Map(reviewers.map((r) => [r.id, r]))
  const ids: string[] = []
  let desk = false
  for (const r of rows) {
    if (r.sha256 !== sha256) continue
    if (r.by === undefined) desk = true
    else if (!ids.includes(r.by)) ids.push(r.by)
  }
  // A reviewer since removed from the unit is still named by id: who reviewed stays on record.
  return { reviewers: ids.map((id) => known.get(id) ?? { id, name: id }), desk }
}
