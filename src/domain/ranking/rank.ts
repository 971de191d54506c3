/**
 * Rankings the managing body publishes: one table per school kind (and one overall), each school's
 * agreed result, ties sharing a rank ("đồng hạng") and then ordered by name in Vietnamese
 * collation; returned-and-not-resubmitted and not-submitted schools come last, without a rank.
 */
import type { CriteriaSet, SchoolKind } from '../criteria/schema'
import type { AgreedResult } from '../desk/agreed'
import type { AssessmentScore } from '../scoring/score'

/**
 * How results are ordered:
 * - `levels-then-points`: the lowest group level, then each group's level, then the total points
 *   (sets of several banded groups, like QĐ 4725);
 * - `rows-met`: conditions met out of all (checklists such as the TT 37 portal set);
 * - `points`: the total points.
 */
export type RankBy = 'levels-then-points' | 'rows-met' | 'points'

/** The order a set's results are ranked in: the one the set declares, else read from its shape. */
export function defaultRankBy(set: CriteriaSet): RankBy {
  if (set.rankBy) return set.rankBy
  const items = set.groups.flatMap((g) => g.criteria.flatMap((c) => c.items))
  if (items.length > 0 && items.every((i) => i.kind !== 'points')) return 'rows-met'
  return set.groups.length > 1 ? 'levels-then-points' : 'points'
}

export interface RankedSchool<S> {
  school: S
  /** 1-based; equal keys share a rank. Null for schools listed last. */
  rank: number | null
  /** True when another school has the same rank. */
  tied: boolean
  /** Why a school has no rank. */
  unranked: 'returned' | 'not-submitted' | null
  /** Which result counts: the reviewed one, or the school's own. */
  source: 'reviewed' | 'self-assessed' | null
  /** The numbers the order is made of, largest first in importance. */
  key: number[]
  /** Conditions met / all, for checklist sets. */
  rowsMet: { met: number; total: number } | null
  /** The total points (rows met for checklist sets): what a class and a position are read from. */
  measure: number | null
  score: AssessmentScore | null
}

export interface RankingEntry<S extends { name: string; kind: SchoolKind }> {
  school: S
  result: AgreedResult
}

function keyOf(score: AssessmentScore, by: RankBy): number[] {
  const total = score.groups.reduce((a, g) => a + g.points, 0)
  if (by === 'points') return [total]
  if (by === 'rows-met') return [rowsMet(score).met]
  // A set rated by levels: the school's level under the set's rule, then how many criteria reach
  // each level, the highest level first.
  if (score.schoolLevel !== null) {
    const criteria = score.groups.flatMap((g) => g.criteria.map((c) => c.level ?? 0))
    return [score.schoolLevel, ...[9, 8, 7, 6, 5, 4, 3, 2, 1].map((k) => criteria.filter((l) => l >= k).length)]
  }
  const levels = score.groups.map((g) => g.level ?? 0)
  return [Math.min(...levels), ...levels, total]
}

/** Total points of a score, or conditions met for checklist sets. */
export function measureOf(score: AssessmentScore, by: RankBy): number {
  return by === 'rows-met' ? rowsMet(score).met : Math.round(score.groups.reduce((a, g) => a + g.points, 0) * 100) / 100
}

function rowsMet(score: AssessmentScore): { met: number; total: number } {
  const items = score.groups.flatMap((g) => g.criteria.flatMap((c) => c.items))
  const conditions = items.filter((i) => i.kind === 'condition')
  return { met: conditions.filter((i) => i.met === true).length, total: conditions.length }
}

const compareKeys = (a: readonly number[], b: readonly number[]) => {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (b[i] ?? 0) - (a[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true })

/** One ranking table over the given schools. */
export function rankSchools<S extends { name: string; kind: SchoolKind }>(
  entries: readonly RankingEntry<S>[],
  by: RankBy,
): RankedSchool<S>[] {
  const ranked: RankedSchool<S>[] = []
  const last: RankedSchool<S>[] = []
  for (const { school, result } of entries) {
    if (result.source === 'none' || result.status === 'returned') {
      last.push({
        school,
        rank: null,
        tied: false,
        unranked: result.source === 'none' ? 'not-submitted' : 'returned',
        source: null,
        key: [],
        rowsMet: null,
        measure: null,
        score: null,
      })
      continue
    }
    ranked.push({
      school,
      rank: null,
      tied: false,
      unranked: null,
      source: result.source,
      key: keyOf(result.score, by),
      rowsMet: by === 'rows-met' ? rowsMet(result.score) : null,
      measure: measureOf(result.score, by),
      score: result.score,
    })
  }
  ranked.sort((a, b) => compareKeys(a.key, b.key) || collator.compare(a.school.name, b.school.name))
  ranked.forEach((r, i) => {
    const prev = ranked[i - 1]
    r.rank = prev && compareKeys(prev.key, r.key) === 0 ? prev.rank : i + 1
  })
  const perRank = new Map<number | null, number>()
  for (const r of ranked) perRank.set(r.rank, (perRank.get(r.rank) ?? 0) + 1)
  for (const r of ranked) r.tied = (perRank.get(r.rank) ?? 0) > 1
  const order = { returned: 0, 'not-submitted': 1 } as const
  last.sort((a, b) => order[a.unranked!] - order[b.unranked!] || collator.compare(a.school.name, b.school.name))
  return [...ranked, ...last]
}

/** One table per school kind that has schools, in the set's order of kinds, and the overall table. */
export function rankByKind<S extends { name: string; kind: SchoolKind }>(
  entries: readonly RankingEntry<S>[],
  by: RankBy,
  kinds: readonly SchoolKind[],
): { kind: SchoolKind | 'all'; rows: RankedSchool<S>[] }[] {
  const tables = kinds
    .map((kind) => ({ kind, rows: rankSchools(entries.filter((e) => e.school.kind === kind), by) }))
    .filter((t) => t.rows.length > 0)
  return [...tables, { kind: 'all' as const, rows: rankSchools(entries, by) }]
}
