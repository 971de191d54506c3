import { describe, expect, it } from 'vitest'
import {
  basisOf,
  checkCount,
  followSuggestion,
  followTotals,
  pointsMismatch,
  pointsMismatches,
  suggestPoints,
  type AnswerBasis,
  type CriteriaSet,
  type PointsItem,
  type SchoolTotals,
} from '@/domain'
import { tinySet } from '../../../builders/criteriaSet'

const yesNo: PointsItem = {
  id: 'y', kind: 'points', text: { vi: 'y' }, provenance: 'official', max: 6, step: 1,
  suggest: { from: 'yes-no', provenance: 'inferred' },
}
const pct = (step: 1 | 0.5, max = 7): PointsItem => ({
  id: 'p', kind: 'points', text: { vi: 'p' }, provenance: 'official', max, step,
  suggest: { from: 'percentage', provenance: 'inferred' },
})
const counted = (max = 7, step: 1 | 0.5 = 1): PointsItem => ({
  id: 'c', kind: 'points', text: { vi: 'Tỷ lệ giáo viên có tài khoản' }, provenance: 'official', max, step,
  suggest: { from: 'percentage', provenance: 'inferred', count: { part: { vi: 'Số giáo viên có tài khoản' }, of: 'teachers' } },
})
const plain: PointsItem = { ...yesNo, id: 'n', suggest: undefined }

describe('suggestPoints: offered, never forced', () => {
  it.each([
    { item: yesNo, basis: { yes: true }, expected: 6 },
    { item: yesNo, basis: { yes: false }, expected: 0 },
    { item: yesNo, basis: {}, expected: null },
    { item: pct(1), basis: { percentage: 100 }, expected: 7 },
    { item: pct(1), basis: { percentage: 0 }, expected: 0 },
    { item: pct(1), basis: { percentage: 50 }, expected: 4 },
    { item: pct(1), basis: { percentage: 64 }, expected: 4 },
    { item: pct(0.5), basis: { percentage: 50 }, expected: 3.5 },
    { item: pct(0.5), basis: { percentage: 30 }, expected: 2 },
    { item: pct(1, 8), basis: { percentage: 85 }, expected: 7 },
    { item: pct(1), basis: { percentage: 101 }, expected: null },
    { item: pct(1), basis: { percentage: -1 }, expected: null },
    { item: plain, basis: { yes: true }, expected: null },
  ])('$item.suggest.from with $basis → $expected', ({ item, basis, expected }) => {
    expect(suggestPoints(item, basis)).toBe(expected)
  })
})

describe('counts → percentage → points', () => {
  const teachers = (n: number): SchoolTotals => ({ teachers: n })
  it.each<{ basis: AnswerBasis; totals: SchoolTotals; item?: PointsItem; percentage: number | null; points: number | null }>([
    // 18 of 20 teachers = 90 % of 7 = 6.3 → 6
    { basis: { count: 18 }, totals: teachers(20), percentage: 90, points: 6 },
    { basis: { count: 20 }, totals: teachers(20), percentage: 100, points: 7 },
    { basis: { count: 0 }, totals: teachers(20), percentage: 0, points: 0 },
    // 1 of 2 = 50 % of 7 = 3.5: half up → 4; with half points → 3.5
    { basis: { count: 1 }, totals: teachers(2), percentage: 50, points: 4 },
    { basis: { count: 1 }, totals: teachers(2), item: counted(7, 0.5), percentage: 50, points: 3.5 },
    // 9 of 15 classrooms' worth: 60 % of 8 = 4.8 → 5, from the exact ratio, not a rounded percentage
    { basis: { count: 9 }, totals: teachers(15), item: counted(8), percentage: 60, points: 5 },
    { basis: { count: 1 }, totals: teachers(3), percentage: 100 / 3, points: 2 },
    // not computable: no total, a zero total, more than the total, not a whole count
    { basis: { count: 18 }, totals: {}, percentage: null, points: null },
    { basis: { count: 0 }, totals: teachers(0), percentage: null, points: null },
    { basis: { count: 21 }, totals: teachers(20), percentage: null, points: null },
    { basis: { count: 2.5 }, totals: teachers(20), percentage: null, points: null },
    { basis: { count: 18 }, totals: { classrooms: 20 }, percentage: null, points: null },
    // a percentage copied from a version that asked it keeps suggesting until a count is typed
    { basis: { percentage: 85 }, totals: {}, percentage: 85, points: 6 },
    { basis: { percentage: 85, count: 10 }, totals: teachers(20), percentage: 50, points: 4 },
  ])('$basis with $totals → $percentage % → $points points', ({ basis, totals, item = counted(), percentage, points }) => {
    const b = basisOf(item, basis, totals)
    expect(b && b.kind !== 'yes-no' ? b.percentage : null).toBe(percentage)
    expect(suggestPoints(item, basis, totals)).toBe(points)
  })

  it.each([
    [18, 20, null],
    [20, 20, null],
    [21, 20, 'above-total'],
    [5, undefined, 'no-total'],
    [5, 0, 'no-total'],
    [-1, 20, 'not-a-count'],
    [1.5, 20, 'not-a-count'],
  ] as const)('count %s of total %s → %s', (count, total, problem) => {
    expect(checkCount(count, total)).toBe(problem)
  })
})

describe('followSuggestion: points follow the basis until the school types its own number', () => {
  it.each<[number | null, number | null, number | null, number | null, string]>([
    // [points now, suggestion before, suggestion after, points after, why]
    [null, null, 6, 6, 'first "Có" fills the points'],
    [6, 6, 0, 0, '"Không" after "Có" drops the points'],
    [0, 0, 6, 6, '"Có" after "Không" gives them back'],
    [4, 6, 0, 4, 'a number the school typed is kept'],
    [4, null, 6, 4, 'points typed before any answer are the school\'s own'],
    [6, 6, null, 6, 'with nothing to suggest the points stay'],
    [null, 6, null, null, 'an unanswered row stays unanswered'],
    [5, 5, 7, 7, 'a percentage row follows a new count'],
  ])('%s (was %s, now %s) → %s: %s', (value, before, after, expected) => {
    expect(followSuggestion(value, before, after)).toBe(expected)
  })
})

describe('pointsMismatch: basis and points never disagree silently', () => {
  it.each([
    { answer: { value: 10, basis: { yes: false } }, item: { ...yesNo, max: 10 }, mismatch: { points: 10, suggested: 0 } },
    { answer: { value: 0, basis: { yes: false } }, item: yesNo, mismatch: null },
    { answer: { value: 6, basis: { yes: true } }, item: yesNo, mismatch: null },
    { answer: { value: 5, basis: { percentage: 100 } }, item: pct(1), mismatch: { points: 5, suggested: 7 } },
    { answer: { value: 3, basis: { count: 18 } }, item: counted(), mismatch: { points: 3, suggested: 6 } },
    { answer: { value: null, basis: { yes: true } }, item: yesNo, mismatch: null },
    { answer: { value: 3, basis: {} }, item: yesNo, mismatch: null },
    { answer: { value: 3 }, item: plain, mismatch: null },
  ])('$answer on a $item.suggest.from row → $mismatch', ({ answer, item, mismatch }) => {
    const m = pointsMismatch(item, answer, { teachers: 20 })
    expect(m && { points: m.points, suggested: m.suggested }).toEqual(mismatch)
  })

  it('names the answer the suggestion came from', () => {
    expect(pointsMismatch({ ...yesNo, max: 10 }, { value: 10, basis: { yes: false } })?.basis).toEqual({ kind: 'yes-no', yes: false })
    expect(pointsMismatch(counted(), { value: 3, basis: { count: 18 } }, { teachers: 20 })?.basis).toEqual({
      kind: 'count',
      count: 18,
      total: 20,
      of: 'teachers',
      percentage: 90,
    })
  })
})

/** tinySet with A2.2 asked as a count of teachers. */
function countSet(): CriteriaSet {
  const set = tinySet()
  const a2 = set.groups[0]!.criteria[1]!
  a2.items[1] = { ...counted(60, 0.5), id: 'A2.2' }
  return set
}

describe('pointsMismatches and followTotals over a set', () => {
  it('lists mismatched rows in the set order', () => {
    const answers = { 'A2.2': { value: 10, basis: { count: 20 } }, 'A2.1': { value: 40, basis: { yes: false } } }
    expect(pointsMismatches(countSet(), answers, { teachers: 20 }).map((m) => [m.itemId, m.points, m.suggested])).toEqual([
      ['A2.1', 40, 0],
      ['A2.2', 10, 60],
    ])
  })

  it.each([
    // [points, count, total before, total after, change]
    [30, 10, 20, 40, [{ itemId: 'A2.2', value: 15 }]],
    [null, 10, undefined, 20, [{ itemId: 'A2.2', value: 30 }]],
    [25, 10, 20, 40, []],
    [30, 10, 20, undefined, []],
  ] as const)('points %s for %s teachers, total %s → %s: %j', (value, count, before, after, changes) => {
    const answers = { 'A2.2': { value, basis: { count } } }
    expect(followTotals(countSet(), answers, { teachers: before }, { teachers: after })).toEqual(changes)
  })
})
