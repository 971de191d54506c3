/**
 * Self against reviewed: per group of the set, the school's own points and level beside those the
 * reviewer's scores give (điểm thẩm định where typed, the school's answer elsewhere), and whether
 * the review changed the group. Groups are paired by id, never by position.
 */
import type { CriteriaSet } from '../criteria/schema'
import { scoreAssessment, type GroupScore } from '../scoring/score'
import { submittedValues, type SubmissionContent } from '../submission/content'
import { reviewedScore, type ReviewRow } from '../submission/decision'

export interface ReviewedGroup {
  id: string
  max: number
  self: Pick<GroupScore, 'points' | 'level'>
  /** Null only when the reviewed score has no such group (it always has with the same set). */
  reviewed: Pick<GroupScore, 'points' | 'level'> | null
  /** The review moved the group's points or its level. */
  changed: boolean
}

export interface ReviewComparison {
  groups: ReviewedGroup[]
  /** Some group changed. */
  changed: boolean
}

/** The school's own result of `content` and the reviewed one under `rows`, group by group. */
export function compareReviewed(set: CriteriaSet, content: SubmissionContent, rows: readonly ReviewRow[]): ReviewComparison {
  const self = scoreAssessment(set, submittedValues(content.answers))
  const reviewed = new Map(reviewedScore(set, content, rows).groups.map((g) => [g.id, g]))
  const groups = self.groups.map((g): ReviewedGroup => {
    const r = reviewed.get(g.id)
    return {
      id: g.id,
      max: g.max,
      self: { points: g.points, level: g.level },
      reviewed: r ? { points: r.points, level: r.level } : null,
      changed: r !== undefined && (r.points !== g.points || r.level !== g.level),
    }
  })
  return { groups, changed: groups.some((g) => g.changed) }
}
