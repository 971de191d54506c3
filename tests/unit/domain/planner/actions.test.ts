import { describe, expect, it } from 'vitest'
import { carryActions, checkAction, IMPROVEMENT_LIMITS, type ImprovementAction } from '@/domain'
import { tinySet } from '../../../builders/criteriaSet'

const action = (over: Partial<ImprovementAction> = {}): ImprovementAction => ({
  id: 'x',
  itemId: 'A2.2',
  what: 'Tập huấn giáo viên',
  who: 'Cô Lan',
  by: '2027-03-31',
  targetPoints: 40,
  ...over,
})

describe('checkAction', () => {
  it.each([
    ['a complete action', {}, []],
    ['no row, no target', { itemId: undefined, targetPoints: undefined }, []],
    ['blank what', { what: '   ' }, ['what-empty']],
    ['what at the limit', { what: 'x'.repeat(IMPROVEMENT_LIMITS.what) }, []],
    ['what over the limit', { what: 'x'.repeat(IMPROVEMENT_LIMITS.what + 1) }, ['what-too-long']],
    ['who over the limit', { who: 'x'.repeat(IMPROVEMENT_LIMITS.who + 1) }, ['who-too-long']],
    ['no deadline yet', { by: '' as const }, []],
    ['a day that does not exist', { by: '2027-02-30' }, ['by-not-a-date']],
    ['target at the row maximum (60)', { targetPoints: 60 }, []],
    ['target above the row maximum', { targetPoints: 61 }, ['target-above-max']],
    ['a row the set does not have', { itemId: '9.9' }, ['unknown-row']],
    ['a condition row takes no points check', { itemId: 'A1', targetPoints: 5 }, []],
  ] as const)('%s', (_name, over, problems) => {
    expect(checkAction(action(over as Partial<ImprovementAction>), tinySet())).toEqual(problems)
  })
})

describe('carryActions', () => {
  it('keeps actions about rows the new set has, and general ones, with the year they came from', () => {
    const carried = carryActions(
      [action({ id: 'a' }), action({ id: 'b', itemId: 'gone' }), action({ id: 'c', itemId: undefined }), action({ id: 'd', fromYear: '2023-2024' })],
      '2025-2026',
      tinySet(),
    )
    expect(carried.map((a) => [a.id, a.fromYear])).toEqual([
      ['a', '2025-2026'],
      ['c', '2025-2026'],
      ['d', '2023-2024'],
    ])
  })
})
