/**
 * The result of a school that counts for the managing body (rankings, the published result): the
 * reviewed result once the committee accepted it, else the school's own result recomputed from
 * its current submission. Which of the two it is, and where the school stands, go with it.
 */
import type { CriteriaSet } from '../criteria/schema'
import { scoreAssessment, type AssessmentScore } from '../scoring/score'
import { submittedValues } from '../submission/content'
import { reviewedScore } from '../submission/decision'
import { decisionOn, type DeskDecision, type DeskStatus, type DeskSubmission } from './history'

export type AgreedResult =
  | { source: 'none'; status: 'not-submitted' }
  | {
      /** `reviewed`: accepted by the committee, with its reviewed scores; `self-assessed`: the school's own. */
      source: 'reviewed' | 'self-assessed'
      status: Exclude<DeskStatus, 'not-submitted'>
      /** The submission it is computed from. */
      sha256: string
      score: AssessmentScore
      /** The school's own score of the same submission, for "self vs reviewed". */
      selfScore: AssessmentScore
    }

/**
 * `current` is the school's current submission (or undefined), `decisions` the desk's decisions on
 * the school, `set` the campaign's criteria set (the submission was checked against it).
 * A school under review or returned still counts with its own result, marked `self-assessed`.
 */
export function agreedResult(
  set: CriteriaSet,
  current: DeskSubmission | undefined,
  decisions: readonly DeskDecision[],
  reviewStarted = false,
): AgreedResult {
  if (!current) return { source: 'none', status: 'not-submitted' }
  const selfScore = scoreAssessment(set, submittedValues(current.content.answers))
  const decision = decisionOn(decisions, current.sha256)
  if (decision?.content.decision === 'accepted')
    return { source: 'reviewed', status: 'accepted', sha256: current.sha256, score: reviewedScore(set, current.content, decision.content.rows), selfScore }
  const status = decision ? decision.content.decision : reviewStarted ? 'under-review' : 'submitted'
  return { source: 'self-assessed', status, sha256: current.sha256, score: selfScore, selfScore }
}
