/**
 * The school's side of reporting up: marking an assessment submitted, and taking the reviewer's
 * decision when its file comes back. A decision is only for the submission it names (this school,
 * this assessment, this very content); the same file twice changes nothing; a return asks for a
 * new revision (the school amends and submits again), unless one is already open.
 */
import type { Assessment, IsoDateTime } from '../model'
import { exchangeError, type ExchangeError } from '../exchange/errors'
import type { Result } from '../errors'
import type { DecisionContent } from './decision'

/** What the school keeps of its submission on the assessment. */
export interface SubmissionMark {
  /** SHA-256 of the canonical content: the fingerprint's source. */
  sha256: string
  submittedAt: IsoDateTime
}

/** What the school keeps of the reviewer's decision on the assessment. */
export interface ReceivedDecision {
  decision: DecisionContent['decision']
  reason: string
  rows: DecisionContent['rows']
  reviewed: DecisionContent['reviewed']
  unit: DecisionContent['unit']
  decidedAt: IsoDateTime
  receivedAt: IsoDateTime
}

/**
 * Whether an assessment can be submitted (or submitted again): once approved. A draft cannot —
 * neither one never approved nor a revision opened to amend an approved result.
 */
export function canSubmit(a: Pick<Assessment, 'status'>): boolean {
  return a.status === 'approved' || a.status === 'submitted'
}

/**
 * When content `sha256` counts as submitted: the time of the `earlier` submission when that was
 * this very content (making the file again keeps the first time), otherwise `now`.
 */
export function submissionTime(earlier: SubmissionMark | undefined, sha256: string, now: IsoDateTime): IsoDateTime {
  return earlier?.sha256 === sha256 ? earlier.submittedAt : now
}

/**
 * The assessment marked submitted with this content, since `submissionTime`; one that cannot be
 * submitted (`canSubmit`) is refused.
 */
export function markSubmitted(a: Assessment, sha256: string, now: IsoDateTime): Result<Assessment, { code: 'not-approved' }> {
  if (!canSubmit(a)) return { ok: false, errors: [{ code: 'not-approved' }] }
  const submission: SubmissionMark = { sha256, submittedAt: submissionTime(a.submission, sha256, now) }
  if (a.submission?.submittedAt === submission.submittedAt && a.submission.sha256 === sha256) return { ok: true, value: { ...a, status: 'submitted' } }
  return { ok: true, value: { ...a, status: 'submitted', submission, updatedAt: now } }
}

export type DecisionOutcome =
  /** The same decision is already kept: nothing changes. */
  | { kind: 'duplicate'; assessment: Assessment }
  /** Keep the decision on the assessment; for a return, `openRevision` says a new revision is to be opened. */
  | { kind: 'record'; assessment: Assessment; openRevision: boolean }

/**
 * Where a decision file goes on the school's phone. `assessments` are the school's assessments
 * (every revision). Refused: a decision for another school, for an assessment this phone does not
 * have, or for content other than what this phone submitted (an older file, or one changed since).
 */
export function receiveDecision(
  d: DecisionContent,
  schoolId: string,
  assessments: readonly Assessment[],
  now: IsoDateTime,
): Result<DecisionOutcome, ExchangeError> {
  const ref = d.submission
  if (ref.schoolId !== schoolId)
    return fail('wrong-school', `the decision is for ${ref.schoolName}, not this school`, { name: ref.schoolName })
  const a = assessments.find((x) => x.id === ref.assessmentId)
  if (!a) return fail('wrong-assessment', `this phone has no revision ${ref.revision} of ${ref.schoolYear}`, { revision: ref.revision, year: ref.schoolYear })
  if (a.submission?.sha256 !== ref.sha256)
    return fail('wrong-assessment', 'the decision is about a submission other than the one this phone made', {
      revision: ref.revision,
      year: ref.schoolYear,
    })
  if (a.review && a.review.decidedAt === d.decidedAt && a.review.decision === d.decision) return { ok: true, value: { kind: 'duplicate', assessment: a } }
  if (a.review && a.review.decidedAt > d.decidedAt) return { ok: true, value: { kind: 'duplicate', assessment: a } }
  const { submission: _ref, ...rest } = d
  void _ref
  const review: ReceivedDecision = { ...rest, rows: d.rows.map((r) => ({ ...r })), receivedAt: now }
  const amended = assessments.some((x) => x.amends === a.id)
  return {
    ok: true,
    value: { kind: 'record', assessment: { ...a, review, updatedAt: now }, openRevision: d.decision === 'returned' && !amended },
  }
}

function fail(code: 'wrong-school' | 'wrong-assessment', detail: string, params: Record<string, string | number>): { ok: false; errors: ExchangeError[] } {
  return { ok: false, errors: [exchangeError(code, '', detail, params)] }
}

/** The reviewer's comments beside a revision's rows: the ones on the revision it amends, when that was returned. */
export function reviewComments(a: Assessment, all: readonly Assessment[]): ReadonlyMap<string, string> {
  const returned = a.amends ? all.find((x) => x.id === a.amends) : undefined
  const review = returned?.review ?? (a.review?.decision === 'returned' ? a.review : undefined)
  return new Map((review?.rows ?? []).filter((r) => r.comment.trim() !== '').map((r) => [r.itemId, r.comment]))
}

/** Where an assessment stands with its managing body, for the school's screens. */
export type ReportStatus = 'not-submitted' | 'submitted' | 'returned' | 'accepted'

export function reportStatus(a: Assessment): ReportStatus {
  if (a.review) return a.review.decision
  return a.submission ? 'submitted' : 'not-submitted'
}
