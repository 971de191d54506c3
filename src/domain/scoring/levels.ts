/**
 * Levels of a set rated by indicators (accreditation): a criterion's level from its indicators, and
 * a standard's or the school's level from the set's own rule. No accreditation rule is written here:
 * every threshold comes from the set (`levelRule`).
 */
import type { Criterion, LevelCondition, LevelSteps } from '../criteria/schema'
import type { AnswerValues } from './score'
import { own } from '../ids'

/** What a level rule needs of one criterion. */
export interface RatedCriterion {
  /** Reached level; 0 when not level 1. */
  level: number
  mandatory: boolean
}

/** The levels a criterion has indicators for, lowest first. */
export function criterionLevels(c: Criterion): number[] {
  return [...new Set(c.items.flatMap((i) => (i.kind === 'level' ? [i.level] : [])))].sort((a, b) => a - b)
}

/**
 * A criterion's level: the highest of its levels whose indicators, together with those of every
 * lower level, are all met (`true`). An indicator not answered counts as not met, so the level is
 * provisional while indicators are open. 0 when level 1 is not reached; null for a criterion
 * without indicators. A criterion reaches only levels it has indicators for.
 */
export function criterionLevel(c: Criterion, answers: AnswerValues): number | null {
  const levels = criterionLevels(c)
  if (levels.length === 0) return null
  let reached = 0
  for (const level of levels) {
    const all = c.items.filter((i) => i.kind === 'level' && i.level === level)
    if (!all.every((i) => own(answers, i.id) === true)) break
    reached = level
  }
  return reached
}

function holds(condition: LevelCondition, criteria: readonly RatedCriterion[]): boolean {
  const pool = criteria.filter((c) =>
    condition.criteria === 'all' ? true : condition.criteria === 'mandatory' ? c.mandatory : !c.mandatory,
  )
  const reaching = pool.filter((c) => c.level >= condition.atLeast).length
  return reaching >= (condition.min ?? pool.length)
}

/**
 * The level a standard or the school reaches under `steps`: level k when every condition of k holds
 * and every lower level of the rule is reached; 0 when the first is not.
 */
export function ruleLevel(steps: LevelSteps, criteria: readonly RatedCriterion[]): number {
  let reached = 0
  for (const step of [...steps.levels].sort((a, b) => a.level - b.level)) {
    if (!step.when.every((c) => holds(c, criteria))) break
    reached = step.level
  }
  return reached
}
