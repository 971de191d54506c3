/**
 * The reviewer's decision on one submission, as the return / acceptance file carries it to the
 * school: returned with a reason (and comments beside rows), or accepted (with the reviewed
 * scores — điểm thẩm định — where the reviewer scored a row differently, and comments).
 */
import type { CriteriaSet } from '../criteria/schema'
import { itemPlaces } from '../criteria/lookup'
import { idMap } from '../ids'
import type { IsoDateTime } from '../model'
import { checkAnswer, scoreAssessment, type AnswerValue, type AnswerValues, type AssessmentScore, type InvalidAnswerCode } from '../scoring/score'
import { resultOf, submittedValues, type DeclaredResult, type SubmissionContent } from './content'

export const DECISIONS = ['returned', 'accepted'] as const
export type Decision = (typeof DECISIONS)[number]

/**
 * The reviewer's work on one row: the reviewed score (null: the school's own stands) and a
 * comment ('' for none).
 */
export interface ReviewRow {
  itemId: string
  score: AnswerValue
  comment: string
}

/** Which submission a decision or review is about: enough for the school's phone to find its own. */
export interface SubmissionRef {
  /** SHA-256 of the submission's canonical content. */
  sha256: string
  schoolId: string
  schoolName: string
  schoolCode: string
  assessmentId: string
  revision: number
  schoolYear: string
  setId: string
  version: string
}

export interface DecisionContent {
  submission: SubmissionRef
  decision: Decision
  /** Why it is returned (required then); may say something on acceptance too. */
  reason: string
  /** Rows the reviewer commented on or (acceptance only) scored differently, in set order. */
  rows: ReviewRow[]
  /** Acceptance: the totals and levels of the reviewed result; null on a return. */
  reviewed: DeclaredResult | null
  unit: { name: string; headName: string }
  decidedAt: IsoDateTime
}

export function submissionRef(sha256: string, c: SubmissionContent): SubmissionRef {
  return {
    sha256,
    schoolId: c.school.id,
    schoolName: c.school.name,
    schoolCode: c.school.code,
    assessmentId: c.assessment.id,
    revision: c.assessment.revision,
    schoolYear: c.assessment.schoolYear,
    setId: c.set.setId,
    version: c.set.version,
  }
}

/** A row carries something: a reviewed score or a comment that is not blank. */
export const rowHasContent = (r: ReviewRow) => r.score !== null || r.comment.trim() !== ''

/**
 * The answers of the reviewed result: the school's, with each row the reviewer scored replaced by
 * the reviewed score. Rows the reviewer left unscored keep the school's value.
 */
export function reviewedValues(content: SubmissionContent, rows: readonly ReviewRow[]): AnswerValues {
  const values = idMap<AnswerValue | undefined>(Object.entries(submittedValues(content.answers)))
  for (const r of rows) if (r.score !== null) values[r.itemId] = r.score
  return values
}

/** The reviewed result's score (the school's answers overlaid with the reviewed scores). */
export function reviewedScore(set: CriteriaSet, content: SubmissionContent, rows: readonly ReviewRow[]): AssessmentScore {
  return scoreAssessment(set, reviewedValues(content, rows))
}

export type DecisionProblem =
  | { code: 'reason-required' }
  | { code: 'unknown-item'; itemId: string }
  | { code: 'invalid-score'; itemId: string; problem: InvalidAnswerCode }

export interface DecisionInput {
  sha256: string
  content: SubmissionContent
  set: CriteriaSet
  decision: Decision
  reason: string
  rows: readonly ReviewRow[]
  unit: { name: string; headName: string }
  decidedAt: IsoDateTime
}

/**
 * The decision to send, or what stops it: a return needs a reason; a reviewed score must fit its
 * row as a school's answer must. A return carries comments only (the school amends and submits
 * again); an acceptance carries the reviewed scores and the reviewed totals.
 */
export function makeDecision(input: DecisionInput): { ok: true; value: DecisionContent } | { ok: false; problems: DecisionProblem[] } {
  const problems: DecisionProblem[] = []
  const reason = input.reason.normalize('NFC').trim()
  if (input.decision === 'returned' && reason === '') problems.push({ code: 'reason-required' })
  const places = new Map(itemPlaces(input.set).map((p, i) => [p.item.id, { item: p.item, order: i }]))
  const rows: ReviewRow[] = []
  for (const r of input.rows) {
    const place = places.get(r.itemId)
    if (!place) {
      problems.push({ code: 'unknown-item', itemId: r.itemId })
      continue
    }
    const score = input.decision === 'accepted' ? r.score : null
    const problem = score === null ? null : checkAnswer(place.item, score)
    if (problem) problems.push({ code: 'invalid-score', itemId: r.itemId, problem })
    const row = { itemId: r.itemId, score, comment: r.comment.normalize('NFC').trim() }
    if (rowHasContent(row)) rows.push(row)
  }
  if (problems.length) return { ok: false, problems }
  rows.sort((a, b) => (places.get(a.itemId)?.order ?? 0) - (places.get(b.itemId)?.order ?? 0))
  return {
    ok: true,
    value: {
      submission: submissionRef(input.sha256, input.content),
      decision: input.decision,
      reason,
      rows,
      reviewed: input.decision === 'accepted' ? resultOf(reviewedScore(input.set, input.content, rows)) : null,
      unit: { ...input.unit },
      decidedAt: input.decidedAt,
    },
  }
}
