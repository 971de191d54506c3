import { criterionMax, isMultiple } from '../criteria/parse'
import { own } from '../ids'
import type { Band, CriteriaSet, Criterion, Group, Item, SummaryRule } from '../criteria/schema'
import { criterionLevel, ruleLevel } from './levels'

/**
 * What the school recorded for one item: `true`/`false` for a condition or an indicator of a level
 * row (met / not met), a number of
 * points for a points item, text for an info item. `null` or absent means not answered yet.
 */
export type AnswerValue = boolean | number | string | null
export type AnswerValues = Readonly<Record<string, AnswerValue | undefined>>

export type InvalidAnswerCode = 'wrong-type' | 'below-zero' | 'above-max' | 'not-a-step' | 'unknown-item'
export interface InvalidAnswer {
  itemId: string
  code: InvalidAnswerCode
  value: AnswerValue
  max?: number
  step?: number
}

export interface ItemScore {
  id: string
  kind: Item['kind']
  answered: boolean
  /** Points awarded (0 for conditions, info rows, unanswered and invalid answers). */
  points: number
  max: number
  /** Conditions only: met, not met, or unknown while unanswered. */
  met: boolean | null
  invalid: InvalidAnswerCode | null
}

/** `none`: the part has no condition; `pending`: a condition is unanswered and none is unmet. */
export type GateState = 'none' | 'met' | 'unmet' | 'pending'

export interface CriterionScore {
  id: string
  points: number
  max: number
  /** The criterion's own band where the set has them (4725 row 1.3), else null. */
  band: Band | null
  gate: GateState
  unmetConditions: string[]
  unanswered: string[]
  answered: number
  total: number
  items: ItemScore[]
  /** Rated by indicators: the level reached (0: not level 1); null for a criterion without them. */
  level: number | null
  /** Marked mandatory by the set (its level rule treats it apart). */
  mandatory: boolean
}

export interface GroupScore {
  id: string
  points: number
  max: number
  /** The sum of the known criteria's maxima; below `max` when the set says rows are missing. */
  knownMax: number
  /** The band the points fall in, before any gate. */
  band: Band | null
  /**
   * The level to show: the band's level, lowered by the set's condition rule when a condition is
   * unmet; in a set rated by levels, the standard's level under the set's rule (0: not level 1;
   * null when the set has no rule for standards).
   */
  level: number | null
  /** True when an unmet condition lowered the level. */
  capped: boolean
  gate: GateState
  unmetConditions: string[]
  unanswered: string[]
  answered: number
  total: number
  criteria: CriterionScore[]
}

export interface AssessmentScore {
  groups: GroupScore[]
  invalid: InvalidAnswer[]
  unanswered: string[]
  answered: number
  total: number
  complete: boolean
  /** The set's labelled school-wide level, when it has a summary rule. */
  summary: { rule: SummaryRule; level: number | null } | null
  /**
   * In a set rated by levels: the school's level under the set's rule (0: not level 1), provisional
   * while indicators are unanswered; null for other sets.
   */
  schoolLevel: number | null
}

/** The band that contains `points`, honouring each bound's inclusivity exactly; null if none does. */
export function bandFor(bands: readonly Band[], points: number): Band | null {
  return (
    bands.find(
      (b) =>
        (b.minInclusive ? points >= b.min : points > b.min) && (b.maxInclusive ? points <= b.max : points < b.max),
    ) ?? null
  )
}

/** Checks one answer against its item. Returns null when the answer is acceptable. */
export function checkAnswer(item: Item, value: AnswerValue): InvalidAnswerCode | null {
  if (value === null) return null
  switch (item.kind) {
    case 'condition':
    case 'level':
      return typeof value === 'boolean' ? null : 'wrong-type'
    case 'info':
      return typeof value === 'string' ? null : 'wrong-type'
    case 'points':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'wrong-type'
      if (value < 0) return 'below-zero'
      if (value > item.max) return 'above-max'
      return isMultiple(value, item.step) ? null : 'not-a-step'
  }
}

/** Whether a row holds an answer at all: absent, null and blank text are not answers. */
export function hasAnswer(value: AnswerValue | undefined): boolean {
  return value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '')
}

function isAnswered(item: Item, value: AnswerValue | undefined): boolean {
  return hasAnswer(value) && (item.kind !== 'info' || typeof value === 'string')
}

function scoreItem(item: Item, value: AnswerValue | undefined, invalid: InvalidAnswer[]): ItemScore {
  const v = value ?? null
  const problem = checkAnswer(item, v)
  const max = item.kind === 'points' ? item.max : 0
  if (problem) {
    invalid.push({
      itemId: item.id,
      code: problem,
      value: v,
      ...(item.kind === 'points' ? { max: item.max, step: item.step } : {}),
    })
    return { id: item.id, kind: item.kind, answered: false, points: 0, max, met: null, invalid: problem }
  }
  return {
    id: item.id,
    kind: item.kind,
    answered: isAnswered(item, v),
    points: item.kind === 'points' && typeof v === 'number' ? v : 0,
    max,
    met: item.kind === 'condition' && typeof v === 'boolean' ? v : null,
    invalid: null,
  }
}

function gateOf(items: readonly ItemScore[]): GateState {
  const conditions = items.filter((i) => i.kind === 'condition')
  if (conditions.length === 0) return 'none'
  if (conditions.some((i) => i.met === false)) return 'unmet'
  return conditions.every((i) => i.met === true) ? 'met' : 'pending'
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)

function scoreCriterion(c: Criterion, answers: AnswerValues, invalid: InvalidAnswer[]): CriterionScore {
  const items = c.items.map((item) => scoreItem(item, own(answers, item.id), invalid))
  const points = sum(items.map((i) => i.points))
  return {
    id: c.id,
    points,
    max: criterionMax(c),
    band: c.bands ? bandFor(c.bands, points) : null,
    gate: gateOf(items),
    unmetConditions: items.filter((i) => i.met === false).map((i) => i.id),
    unanswered: items.filter((i) => !i.answered).map((i) => i.id),
    answered: items.filter((i) => i.answered).length,
    total: items.length,
    items,
    level: criterionLevel(c, answers),
    mandatory: c.mandatory === true,
  }
}

const rated = (c: CriterionScore) => ({ level: c.level ?? 0, mandatory: c.mandatory })

function scoreGroup(set: CriteriaSet, g: Group, answers: AnswerValues, invalid: InvalidAnswer[]): GroupScore {
  const criteria = g.criteria.map((c) => scoreCriterion(c, answers, invalid))
  const points = sum(criteria.map((c) => c.points))
  const band = g.bands ? bandFor(g.bands, points) : null
  const gate = gateOf(criteria.flatMap((c) => c.items))
  const rule = set.conditionRule
  const cap = gate === 'unmet' && rule?.effect === 'cap-level' ? rule.capLevel : undefined
  const banded = band && cap !== undefined ? Math.min(band.level, cap) : (band?.level ?? null)
  const standard = set.levelRule?.standard
  const level = set.levelRule ? (standard ? ruleLevel(standard, criteria.map(rated)) : null) : banded
  return {
    id: g.id,
    points,
    max: g.max ?? 0,
    knownMax: sum(criteria.map((c) => c.max)),
    band,
    level,
    capped: band !== null && banded !== null && banded < band.level,
    gate,
    unmetConditions: criteria.flatMap((c) => c.unmetConditions),
    unanswered: criteria.flatMap((c) => c.unanswered),
    answered: sum(criteria.map((c) => c.answered)),
    total: sum(criteria.map((c) => c.total)),
    criteria,
  }
}

/**
 * Scores an assessment against the exact set it was made with.
 * Answers are keyed by item id. An answer that does not fit its item (points above the item's max
 * or below 0, not a multiple of its step, the wrong type) is reported in `invalid` and scores
 * nothing: it is never clamped. Answers for ids the set does not have are reported as `unknown-item`.
 * Levels are provisional while rows are unanswered; `complete` says when they are not.
 */
export function scoreAssessment(set: CriteriaSet, answers: AnswerValues): AssessmentScore {
  const invalid: InvalidAnswer[] = []
  const groups = set.groups.map((g) => scoreGroup(set, g, answers, invalid))
  const known = new Set(set.groups.flatMap((g) => g.criteria.flatMap((c) => c.items.map((i) => i.id))))
  for (const [itemId, value] of Object.entries(answers))
    if (!known.has(itemId) && value !== undefined) invalid.push({ itemId, code: 'unknown-item', value })
  const answered = sum(groups.map((g) => g.answered))
  const total = sum(groups.map((g) => g.total))
  const levels = groups.map((g) => g.level)
  return {
    groups,
    invalid,
    unanswered: groups.flatMap((g) => g.unanswered),
    answered,
    total,
    complete: answered === total && invalid.length === 0,
    summary: set.summary
      ? {
          rule: set.summary,
          level: levels.some((l) => l === null) ? null : Math.min(...(levels as number[])),
        }
      : null,
    schoolLevel: set.levelRule
      ? ruleLevel(set.levelRule.school, groups.flatMap((g) => g.criteria.map(rated)))
      : null,
  }
}

export interface CriterionGap {
  groupId: string
  criterionId: string
  points: number
  max: number
  gap: number
}

/**
 * Criteria with the largest gap to their maximum, largest first (ties in set order); criteria
 * without points (conditions only) are left out. These are the weaknesses to work on.
 */
export function largestGaps(score: AssessmentScore, count: number): CriterionGap[] {
  return score.groups
    .flatMap((g) =>
      g.criteria
        .filter((c) => c.max > 0)
        .map((c) => ({ groupId: g.id, criterionId: c.id, points: c.points, max: c.max, gap: c.max - c.points })),
    )
    .map((gap, order) => ({ gap, order }))
    .sort((a, b) => b.gap.gap - a.gap.gap || a.order - b.order)
    .slice(0, count)
    .map(({ gap }) => gap)
}
