import type { CriteriaSet, Item } from '../criteria/schema'
import { idMap, own } from '../ids'
import { checkAnswer, hasAnswer, type AnswerValue } from './score'

/**
 * Where each row stands, for every progress count the app shows. A row copied from last year holds
 * last year's answer but nobody has looked at it this year: it is `unconfirmed`, counted apart from
 * `answered`, until the school keeps it ("Giữ như năm trước") or changes it.
 */
export type RowState = 'unanswered' | 'unconfirmed' | 'answered'

export interface RowAnswer {
  value: AnswerValue
  copied?: boolean
}
export type RowAnswers = Readonly<Record<string, RowAnswer | undefined>>

/** An answer that does not fit its row (points above the maximum, the wrong type) counts as unanswered. */
export function rowState(item: Item, answer: RowAnswer | undefined): RowState {
  if (!answer || !hasAnswer(answer.value) || checkAnswer(item, answer.value) !== null) return 'unanswered'
  return answer.copied ? 'unconfirmed' : 'answered'
}

export interface Progress {
  answered: number
  unconfirmed: number
  unanswered: number
  total: number
}

/** Counts rows by state; `answered + unconfirmed + unanswered = total`. */
export function progressOf(items: readonly Item[], answers: RowAnswers): Progress {
  const p: Progress = { answered: 0, unconfirmed: 0, unanswered: 0, total: items.length }
  for (const item of items) p[rowState(item, own(answers, item.id))]++
  return p
}

export interface SetProgress extends Progress {
  groups: Record<string, Progress>
}

/** The whole set's progress and each group's. */
export function setProgress(set: CriteriaSet, answers: RowAnswers): SetProgress {
  const groups = idMap(set.groups.map((g) => [g.id, progressOf(g.criteria.flatMap((c) => c.items), answers)] as const))
  const all = Object.values(groups).reduce(
    (s, p) => ({
      answered: s.answered + p.answered,
      unconfirmed: s.unconfirmed + p.unconfirmed,
      unanswered: s.unanswered + p.unanswered,
      total: s.total + p.total,
    }),
    { answered: 0, unconfirmed: 0, unanswered: 0, total: 0 },
  )
  return { ...all, groups }
}

/** The rows of `items` still copied and unconfirmed, in order: what "Giữ như năm trước" confirms. */
export function unconfirmedRows(items: readonly Item[], answers: RowAnswers): string[] {
  return items.filter((i) => rowState(i, own(answers, i.id)) === 'unconfirmed').map((i) => i.id)
}

/**
 * The next row that needs the school: unanswered or unconfirmed, in the set's order, looking in
 * `groupId` first, after `afterItemId` when given (wrapping round), then in the other groups.
 */
export function nextRowToVisit(
  set: CriteriaSet,
  answers: RowAnswers,
  groupId: string,
  afterItemId?: string,
): { groupId: string; itemId: string } | null {
  const ordered = [...set.groups].sort((a, b) => Number(b.id === groupId) - Number(a.id === groupId))
  for (const g of ordered) {
    const items = g.criteria.flatMap((c) => c.items)
    const start = g.id === groupId && afterItemId ? items.findIndex((i) => i.id === afterItemId) + 1 : 0
    const rotated = [...items.slice(start), ...items.slice(0, start)]
    const next = rotated.find((i) => rowState(i, own(answers, i.id)) !== 'answered')
    if (next) return { groupId: g.id, itemId: next.id }
  }
  return null
}
