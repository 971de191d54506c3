/**
 * The improvement plan (kế hoạch cải tiến): actions the principal writes from the next-level plan,
 * saved with the assessment and carried into the next year's.
 */
import type { CriteriaSet } from '../criteria/schema'
import type { ImprovementAction } from '../model'
import { TEXT_LIMITS } from '../exchange/manifest'
import type { PlanRow } from './nextLevel'

/** What the screens let a user type, and what exchange files accept: the same numbers. */
export const IMPROVEMENT_LIMITS = {
  what: TEXT_LIMITS.shortText,
  who: TEXT_LIMITS.shortText,
  actions: 200,
} as const

export type ActionProblem = 'what-empty' | 'what-too-long' | 'who-too-long' | 'by-not-a-date' | 'target-above-max' | 'unknown-row'

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s)

function maxOf(set: CriteriaSet, itemId: string): number | null | undefined {
  for (const g of set.groups)
    for (const c of g.criteria)
      for (const i of c.items) if (i.id === itemId) return i.kind === 'points' ? i.max : null
  return undefined
}

/** What is wrong with an action, against the set it is written for; empty when it can be saved. */
export function checkAction(action: ImprovementAction, set: CriteriaSet): ActionProblem[] {
  const problems: ActionProblem[] = []
  if (action.what.trim() === '') problems.push('what-empty')
  if (action.what.length > IMPROVEMENT_LIMITS.what) problems.push('what-too-long')
  if (action.who.length > IMPROVEMENT_LIMITS.who) problems.push('who-too-long')
  if (action.by !== '' && !isDate(action.by)) problems.push('by-not-a-date')
  if (action.itemId !== undefined) {
    const max = maxOf(set, action.itemId)
    if (max === undefined) problems.push('unknown-row')
    else if (max !== null && action.targetPoints !== undefined && action.targetPoints > max) problems.push('target-above-max')
  }
  return problems
}

/** A new action (without its id) for one row of the next-level plan: the row, and the points it should reach. */
export function actionFromPlanRow(row: PlanRow, current: number): Omit<ImprovementAction, 'id'> {
  return { itemId: row.itemId, what: '', who: '', by: '', targetPoints: current + row.gain }
}

/**
 * Last year's actions, carried into a new assessment: actions about rows the new set no longer has
 * are left behind; each keeps the year it was first written in.
 */
export function carryActions(
  actions: readonly ImprovementAction[],
  fromYear: string,
  set: CriteriaSet,
): ImprovementAction[] {
  return actions
    .filter((a) => a.itemId === undefined || maxOf(set, a.itemId) !== undefined)
    .map((a) => ({ ...a, fromYear: a.fromYear ?? fromYear }))
}
