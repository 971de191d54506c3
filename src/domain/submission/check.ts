/**
 * What the reviewer's app finds when it recomputes a submission: the score, always from the
 * answers with the reviewer's own copy of the set (never the totals the file declares), and the
 * flags that keep a file from being taken silently.
 */
import type { CriteriaSet } from '../criteria/schema'
import { scoreAssessment, type AssessmentScore } from '../scoring/score'
import { resultOf, submittedValues, type GroupResult, type SubmissionContent } from './content'

/**
 * Why a submission needs the reviewer's attention before it is taken:
 * - `declared-scores-differ`: the totals or levels the school's app wrote are not those the answers give;
 * - `set-text-differs`: the school scored with a set of the same id and version but other content;
 * - `invalid-answers`: answers that do not fit their row (above its maximum, the wrong type, a row
 *   the set does not have); they score nothing;
 * - `hash-differs`: the content's SHA-256 is not the one its file declares (the fingerprint the
 *   school's phone showed): the content was changed after it was made.
 */
export type SubmissionFlag =
  | { code: 'hash-differs'; declared: string; computed: string }
  | { code: 'declared-scores-differ'; groups: { id: string; declared: GroupResult | null; recomputed: GroupResult | null }[] }
  | { code: 'set-text-differs'; declared: string; local: string }
  | { code: 'invalid-answers'; itemIds: string[] }

export const SUBMISSION_FLAG_CODES = ['hash-differs', 'declared-scores-differ', 'set-text-differs', 'invalid-answers'] as const
export type SubmissionFlagCode = (typeof SUBMISSION_FLAG_CODES)[number]

export interface SubmissionCheck {
  /** The score recomputed from the answers: the one the desk shows and uses. */
  score: AssessmentScore
  flags: SubmissionFlag[]
}

const sameGroup = (a: GroupResult | null, b: GroupResult | null) =>
  a !== null && b !== null && a.points === b.points && a.level === b.level

/**
 * Recomputes a submission with `set` (the reviewer's copy of the set the content names; the caller
 * has matched id and version) and compares with what the file declares. `localSetSha256` is the
 * SHA-256 of the reviewer's copy's canonical content.
 */
export function checkSubmission(content: SubmissionContent, set: CriteriaSet, localSetSha256: string): SubmissionCheck {
  const score = scoreAssessment(set, submittedValues(content.answers))
  const flags: SubmissionFlag[] = []
  if (content.set.sha256 !== localSetSha256)
    flags.push({ code: 'set-text-differs', declared: content.set.sha256, local: localSetSha256 })
  if (score.invalid.length) flags.push({ code: 'invalid-answers', itemIds: score.invalid.map((i) => i.itemId) })
  const recomputed = resultOf(score)
  const declared = new Map(content.declared.groups.map((g) => [g.id, g]))
  const ids = [...new Set([...recomputed.groups.map((g) => g.id), ...declared.keys()])]
  const differing = ids
    .map((id) => ({
      id,
      declared: declared.get(id) ?? null,
      recomputed: recomputed.groups.find((g) => g.id === id) ?? null,
    }))
    .filter((g) => !sameGroup(g.declared, g.recomputed))
  if (differing.length || content.declared.answered !== recomputed.answered || content.declared.total !== recomputed.total)
    flags.push({ code: 'declared-scores-differ', groups: differing })
  return { score, flags }
}
