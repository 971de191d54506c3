import type { CriteriaSet, Item, PointsItem, SchoolTotal } from '../criteria/schema'
import type { AnswerBasis, SchoolTotals } from '../model'
import { own } from '../ids'
import type { AnswerValue } from './score'

/**
 * Suggested points and how they follow the school's answers. A row with a `suggest` rule has a
 * basis (a yes/no, a percentage, or a count out of a school-wide total) from which the app offers
 * points. The school's own number always wins; what this module guarantees is that the basis and
 * the points never disagree silently.
 */

/** A count a school types: a whole number of teachers, classes or classrooms. */
export const MAX_COUNT = 1_000_000

export function isCount(n: number | undefined): n is number {
  return n !== undefined && Number.isInteger(n) && n >= 0 && n <= MAX_COUNT
}

/** `above-total`: more teachers with an account than teachers; `no-total`: the total is not entered (or is 0). */
export type CountProblem = 'not-a-count' | 'above-total' | 'no-total'

/** Checks a count against its total. Null when the pair gives a percentage. */
export function checkCount(count: number, total: number | undefined): CountProblem | null {
  if (!isCount(count)) return 'not-a-count'
  if (!isCount(total) || total === 0) return 'no-total'
  return count > total ? 'above-total' : null
}

/** What a row's points were suggested from, for saying it to the school. */
export type BasisShown =
  | { kind: 'yes-no'; yes: boolean }
  | { kind: 'percentage'; percentage: number }
  | { kind: 'count'; count: number; total: number; of: SchoolTotal; percentage: number }

/**
 * The basis a row's suggestion is made from, or null when the row has no complete basis yet.
 * A count row uses its count and the school's total; a count row copied from a set version that
 * asked a percentage still uses that percentage until a count is typed.
 */
export function basisOf(item: PointsItem, basis: AnswerBasis, totals: SchoolTotals): BasisShown | null {
  const rule = item.suggest
  if (!rule) return null
  if (rule.from === 'yes-no') return basis.yes === undefined ? null : { kind: 'yes-no', yes: basis.yes }
  if (rule.count && basis.count !== undefined) {
    const total = totals[rule.count.of]
    if (checkCount(basis.count, total) || total === undefined) return null
    return { kind: 'count', count: basis.count, total, of: rule.count.of, percentage: (basis.count * 100) / total }
  }
  const pct = basis.percentage
  if (pct === undefined || !Number.isFinite(pct) || pct < 0 || pct > 100) return null
  return { kind: 'percentage', percentage: pct }
}

/** `n / d` of the maximum, rounded to the item's step, half up. */
function shareOfMax(item: PointsItem, n: number, d: number): number {
  return Math.round((n * item.max) / (d * item.step)) * item.step
}

/**
 * The points the app suggests for a row, or null when it has nothing to suggest. A yes/no row
 * suggests its max or 0; a percentage row suggests percentage × max (a count row count / total × max),
 * rounded to the item's step, half up. It is only a suggestion: the school's own number always wins.
 */
export function suggestPoints(item: PointsItem, basis: AnswerBasis, totals: SchoolTotals = {}): number | null {
  const b = basisOf(item, basis, totals)
  if (!b) return null
  switch (b.kind) {
    case 'yes-no':
      return b.yes ? item.max : 0
    case 'percentage':
      return shareOfMax(item, b.percentage, 100)
    case 'count':
      return shareOfMax(item, b.count, b.total)
  }
}

/**
 * The points a row holds after its suggestion changed from `before` to `after` (a new yes/no,
 * count, percentage or total). While the school has not typed its own number (no points yet, or
 * the points are the old suggestion) the points follow the new suggestion; once it has, its number
 * is kept (and `pointsMismatch` marks the row). With nothing to suggest, the points stay as they are.
 */
export function followSuggestion(value: AnswerValue | undefined, before: number | null, after: number | null): AnswerValue {
  const current = value ?? null
  if (after === null) return current
  if (current === null || (before !== null && current === before)) return after
  return current
}

/** A row whose points differ from the suggestion of its own answer. */
export interface PointsMismatch {
  itemId: string
  points: number
  suggested: number
  basis: BasisShown
}

export interface BasedAnswer {
  value: AnswerValue
  basis?: AnswerBasis
}

/** The mismatch on one row, or null when its points agree with its basis (or it has no basis or no points). */
export function pointsMismatch(item: Item, answer: BasedAnswer | undefined, totals: SchoolTotals = {}): PointsMismatch | null {
  if (item.kind !== 'points' || typeof answer?.value !== 'number') return null
  const basis = basisOf(item, answer.basis ?? {}, totals)
  const suggested = suggestPoints(item, answer.basis ?? {}, totals)
  if (!basis || suggested === null || suggested === answer.value) return null
  return { itemId: item.id, points: answer.value, suggested, basis }
}

/** Every row whose points differ from its basis's suggestion, in the set's order: listed before approval. */
export function pointsMismatches(
  set: CriteriaSet,
  answers: Readonly<Record<string, BasedAnswer | undefined>>,
  totals: SchoolTotals = {},
): PointsMismatch[] {
  return set.groups.flatMap((g) =>
    g.criteria.flatMap((c) => c.items.flatMap((item) => pointsMismatch(item, own(answers, item.id), totals) ?? [])),
  )
}

/**
 * The points that change when the school's totals change from `before` to `after`: every count row
 * whose suggestion moved and whose points were following it. Rows with the school's own number keep it.
 */
export function followTotals(
  set: CriteriaSet,
  answers: Readonly<Record<string, BasedAnswer | undefined>>,
  before: SchoolTotals,
  after: SchoolTotals,
): { itemId: string; value: AnswerValue }[] {
  const changes: { itemId: string; value: AnswerValue }[] = []
  for (const item of set.groups.flatMap((g) => g.criteria.flatMap((c) => c.items))) {
    if (item.kind !== 'points' || item.suggest?.from !== 'percentage' || !item.suggest.count) continue
    const a = own(answers, item.id)
    const basis = a?.basis ?? {}
    if (basis.count === undefined) continue
    const value = followSuggestion(a?.value, suggestPoints(item, basis, before), suggestPoints(item, basis, after))
    if (value !== (a?.value ?? null)) changes.push({ itemId: item.id, value })
  }
  return changes
}
