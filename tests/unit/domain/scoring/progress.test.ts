import { describe, expect, it } from 'vitest'
import { nextRowToVisit, progressOf, rowState, setProgress, unconfirmedRows, type Item, type RowAnswers } from '@/domain'
import { tinySet } from '../../../builders/criteriaSet'

const items = (): Item[] => tinySet().groups.flatMap((g) => g.criteria.flatMap((c) => c.items))
const item = (id: string) => items().find((i) => i.id === id)!

describe('rowState: copied rows are unconfirmed, apart from answered', () => {
  it.each([
    ['A1', undefined, 'unanswered'],
    ['A1', { value: null }, 'unanswered'],
    ['A1', { value: true }, 'answered'],
    ['A1', { value: false, copied: true }, 'unconfirmed'],
    ['A2.1', { value: 40, copied: true }, 'unconfirmed'],
    ['A2.1', { value: 40 }, 'answered'],
    // an answer that does not fit its row is not an answer, copied or not
    ['A2.1', { value: 41, copied: true }, 'unanswered'],
    ['B2.1', { value: '  ', copied: true }, 'unanswered'],
    ['B2.1', { value: 'Phần mềm SMAS', copied: true }, 'unconfirmed'],
  ] as const)('%s with %j → %s', (id, answer, state) => {
    expect(rowState(item(id), answer)).toBe(state)
  })
})

describe('progress counts', () => {
  const answers: RowAnswers = {
    A1: { value: true, copied: true },
    'A2.1': { value: 40, copied: true },
    'A2.2': { value: 20 },
    B1: { value: true },
  }

  it('counts answered, unconfirmed and unanswered apart, per group and for the set', () => {
    const p = setProgress(tinySet(), answers)
    expect(p.groups).toEqual({
      A: { answered: 1, unconfirmed: 2, unanswered: 0, total: 3 },
      B: { answered: 1, unconfirmed: 0, unanswered: 2, total: 3 },
    })
    expect(p).toMatchObject({ answered: 2, unconfirmed: 2, unanswered: 2, total: 6 })
  })

  it('keeping a copied row moves it from unconfirmed to answered', () => {
    const kept = { ...answers, A1: { value: true } }
    expect(progressOf(items(), kept)).toEqual({ answered: 3, unconfirmed: 1, unanswered: 2, total: 6 })
  })

  it('lists the unconfirmed rows of a criterion for "Giữ như năm trước"', () => {
    const a2 = tinySet().groups[0]!.criteria[1]!.items
    expect(unconfirmedRows(a2, answers)).toEqual(['A2.1'])
    expect(unconfirmedRows(a2, { ...answers, 'A2.1': { value: 40 } })).toEqual([])
  })
})

describe('nextRowToVisit: unanswered or unconfirmed, this group first', () => {
  it.each([
    // [answers, group, after, expected]
    [{}, 'A', undefined, { groupId: 'A', itemId: 'A1' }],
    [{ A1: { value: true } }, 'A', undefined, { groupId: 'A', itemId: 'A2.1' }],
    [{ A1: { value: true }, 'A2.1': { value: 40, copied: true } }, 'A', undefined, { groupId: 'A', itemId: 'A2.1' }],
    [{ A1: { value: true }, 'A2.1': { value: 40 }, 'A2.2': { value: 1 } }, 'A', undefined, { groupId: 'B', itemId: 'B1' }],
    [{}, 'B', undefined, { groupId: 'B', itemId: 'B1' }],
    // after a row: the next one below it, wrapping round to the top of the group
    [{}, 'A', 'A2.1', { groupId: 'A', itemId: 'A2.2' }],
    [{ 'A2.2': { value: 1 } }, 'A', 'A2.1', { groupId: 'A', itemId: 'A1' }],
  ] as const)('%j in group %s after %s → %j', (answers, group, after, expected) => {
    expect(nextRowToVisit(tinySet(), answers, group, after)).toEqual(expected)
  })

  it('is null when every row is answered and confirmed', () => {
    const done: RowAnswers = Object.fromEntries(items().map((i) => [i.id, { value: i.kind === 'info' ? 'x' : i.kind === 'condition' ? true : 1 }]))
    expect(nextRowToVisit(tinySet(), done, 'A')).toBeNull()
  })
})
