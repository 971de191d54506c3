/**
 * The data of a **review file**: what one reviewer sends back to the secretary after working on
 * their own device — the assignment it answers, who they are, when, and per school (its current
 * submission when assigned) the rows they scored or commented. Checked completely before anything
 * is merged: the schema, each school and each chỉ số once, and that it answers this assignment
 * with this reviewer. The rows are then merged as a member's contribution is (`planReviewMerge`).
 */
import * as v from 'valibot'
import type { Result } from '../errors'
import { exchangeError, type ExchangeError } from '../exchange/errors'
import { boundedArray, idSchema, isoDateTimeSchema, nonEmptyText, sha256Schema } from '../exchange/fields'
import { issuesToErrors } from '../exchange/issues'
import { TEXT_LIMITS } from '../exchange/manifest'
import { DATA_PATH, dataField } from '../exchange/paths'
import { DecisionContentSchema } from '../submission/file'
import type { IsoDateTime } from '../model'
import type { ReviewRow } from '../submission/decision'
import type { Reviewer } from './campaign'
import type { DeskReviewRow, ReviewAssignment, ReviewedSchool } from './review'

/** Most schools one review file may hold (a province's reviewer has a few hundred at most). */
export const MAX_REVIEWED_SCHOOLS = 5000

export interface ReviewFileData {
  assignmentId: string
  campaignId: string
  reviewer: Reviewer
  reviewedAt: IsoDateTime
  schools: ReviewedSchool[]
}

export const ReviewFileDataSchema = v.strictObject({
  assignmentId: idSchema,
  campaignId: idSchema,
  reviewer: v.strictObject({ id: idSchema, name: nonEmptyText(TEXT_LIMITS.name) }),
  reviewedAt: isoDateTimeSchema,
  schools: boundedArray(v.strictObject({ rosterId: idSchema, sha256: sha256Schema, rows: DecisionContentSchema.entries.rows }), MAX_REVIEWED_SCHOOLS),
})

/** Validates a review file's parsed `data.json`: its shape, then each school once and each chỉ số once per school. */
export function parseReviewFileData(input: unknown): Result<ReviewFileData, ExchangeError> {
  const parsed = v.safeParse(ReviewFileDataSchema, input, { abortPipeEarly: true })
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.issues, DATA_PATH) }
  const d = parsed.output
  const errors: ExchangeError[] = []
  const schools = new Set<string>()
  d.schools.forEach((s, i) => {
    if (schools.has(s.rosterId)) errors.push(exchangeError('duplicate-id', dataField(`schools[${i}].rosterId`), 'this school is listed twice', { id: s.rosterId }))
    schools.add(s.rosterId)
    const items = new Set<string>()
    s.rows.forEach((r, k) => {
      if (items.has(r.itemId)) errors.push(exchangeError('duplicate-id', dataField(`schools[${i}].rows[${k}].itemId`), 'this chỉ số is listed twice for the school', { id: r.itemId }))
      items.add(r.itemId)
    })
  })
  return errors.length ? { ok: false, errors } : { ok: true, value: d }
}

/** Why a valid review file cannot be merged into `assignment`: another assignment, campaign or reviewer. */
export function checkReviewAgainst(data: ReviewFileData, assignment: ReviewAssignment | undefined): ExchangeError[] {
  if (!assignment || assignment.id !== data.assignmentId || assignment.campaignId !== data.campaignId)
    return [exchangeError('invalid-field', dataField('assignmentId'), 'this review answers an assignment this desk did not make', { id: data.assignmentId })]
  if (assignment.reviewer.id !== data.reviewer.id)
    return [exchangeError('invalid-field', dataField('reviewer.id'), 'this review is not from the reviewer the schools were given to', { id: data.reviewer.id })]
  return []
}

/** The review file's data a reviewer's device makes: per assigned school, its rows on the assigned submission, in item order. */
export function reviewFileData(assignment: ReviewAssignment, rows: readonly DeskReviewRow[], reviewedAt: IsoDateTime): ReviewFileData {
  const bySha = new Map<string, ReviewRow[]>()
  for (const r of rows) {
    const list = bySha.get(r.sha256) ?? []
    list.push({ itemId: r.itemId, score: r.score, comment: r.comment })
    bySha.set(r.sha256, list)
  }
  return {
    assignmentId: assignment.id,
    campaignId: assignment.campaignId,
    reviewer: { id: assignment.reviewer.id, name: assignment.reviewer.name },
    reviewedAt,
    schools: assignment.schools.map((s) => ({
      rosterId: s.rosterId,
      sha256: s.sha256,
      rows: [...(bySha.get(s.sha256) ?? [])].sort((a, b) => (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0)),
    })),
  }
}
