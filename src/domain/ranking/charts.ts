/**
 * What the district looks at besides the ranking: how many schools sit at each level per group, and
 * the indicators where most schools lose points (where the district should help).
 */
import type { CriteriaSet } from '../criteria/schema'
import type { AssessmentScore } from '../scoring/score'

export interface LevelCount {
  groupId: string
  /** level → number of schools; `null` counts schools without a level. */
  counts: Map<number | null, number>
}

export function levelDistribution(set: CriteriaSet, scores: readonly AssessmentScore[]): LevelCount[] {
  return set.groups.map((g) => {
    const counts = new Map<number | null, number>()
    for (const b of [...(g.bands ?? [])].sort((x, y) => x.level - y.level)) counts.set(b.level, 0)
    for (const s of scores) {
      const level = s.groups.find((x) => x.id === g.id)?.level ?? null
      counts.set(level, (counts.get(level) ?? 0) + 1)
    }
    return { groupId: g.id, counts }
  })
}

export interface CommonGap {
  itemId: string
  /** Schools scoring below the row's maximum. */
  schools: number
  /** Points lost across all schools. */
  lost: number
  /** Points lost per school, averaged over all the schools given. */
  average: number
}

/** Points rows ordered by how many schools lose points on them, then by the points lost. */
export function commonGaps(scores: readonly AssessmentScore[], count = 10): CommonGap[] {
  const byItem = new Map<string, { schools: number; lost: number; order: number }>()
  let order = 0
  for (const s of scores)
    for (const g of s.groups)
      for (const c of g.criteria)
        for (const i of c.items) {
          if (i.kind !== 'points') continue
          const entry = byItem.get(i.id) ?? { schools: 0, lost: 0, order: order++ }
          const lost = i.max - i.points
          if (lost > 0) {
            entry.schools++
            entry.lost += lost
          }
          byItem.set(i.id, entry)
        }
  return [...byItem]
    .filter(([, e]) => e.schools > 0)
    .sort(([, a], [, b]) => b.schools - a.schools || b.lost - a.lost || a.order - b.order)
    .slice(0, count)
    .map(([itemId, e]) => ({
      itemId,
      schools: e.schools,
      lost: Math.round(e.lost * 100) / 100,
      average: scores.length ? Math.round((e.lost / scores.length) * 100) / 100 : 0,
    }))
}
