import { describe, expect, it } from 'vitest'
import { assessmentPerYear, compareYears, lastYearRows, previousYear, yearSeries, type CriteriaSet } from '@/domain'
import { tinySet } from '../../../builders/criteriaSet'

/** Version 2 of the tiny set: A2.1 reworded, B2.2 max 80 and a new row B2.3 (max 10); A2.2 removed. */
function nextVersion(): CriteriaSet {
  const set = tinySet({ version: '2.0.0' })
  const a2 = set.groups[0]!.criteria[1]!
  a2.items = [{ ...a2.items[0]!, text: { vi: 'Có phần mềm quản lý học tập' } }]
  a2.max = 40
  a2.bands = undefined
  const b2 = set.groups[1]!.criteria[1]!
  b2.items = [
    b2.items[0]!,
    { id: 'B2.2', kind: 'points', text: { vi: 'Có phân hệ' }, provenance: 'unofficial', max: 80, step: 1 },
    { id: 'B2.3', kind: 'points', text: { vi: 'Mới' }, provenance: 'unofficial', max: 10, step: 1 },
  ]
  return set
}

describe('year over year, rows matched by id', () => {
  const earlier = { schoolYear: '2025-2026', set: tinySet(), answers: { A1: false, 'A2.1': 40, 'A2.2': 20, B1: true, 'B2.2': 50 } }

  it.each([
    // [row, before, after, trend, delta, changedRow]
    ['A1', false, true, 'up', null, false],
    ['B1', true, false, 'down', null, false],
    ['A2.1', 40, 30, 'down', -10, true],
    ['B2.2', 50, 60, 'up', 10, true],
    ['B2.1', null, 'SMAS', 'same', null, false],
    ['B2.3', null, 5, 'new', null, false],
    ['A2.2', 20, null, 'removed', null, false],
  ] as const)('%s: %j → %j is %s', (id, before, after, trend, delta, changedRow) => {
    const later = {
      schoolYear: '2026-2027',
      set: nextVersion(),
      answers: { A1: true, 'A2.1': 30, B1: false, 'B2.1': 'SMAS', 'B2.2': 60, 'B2.3': 5 },
    }
    const row = compareYears(earlier, later).rows.find((r) => r.itemId === id)
    expect(row).toMatchObject({ before, after, trend, delta, changedRow })
  })

  it('the same set and answers compare as all the same', () => {
    const { rows, groups } = compareYears(earlier, { ...earlier, schoolYear: '2026-2027' })
    expect(rows.every((r) => r.trend === 'same' && !r.changedRow)).toBe(true)
    expect(groups).toEqual([
      { groupId: 'A', before: { points: 60, level: 1 }, after: { points: 60, level: 1 } },
      { groupId: 'B', before: { points: 50, level: 2 }, after: { points: 50, level: 2 } },
    ])
  })

  it('rows are listed in the later set order, removed rows last', () => {
    const ids = compareYears(earlier, { schoolYear: '2026-2027', set: nextVersion(), answers: {} }).rows.map((r) => r.itemId)
    expect(ids).toEqual(['A1', 'A2.1', 'B1', 'B2.1', 'B2.2', 'B2.3', 'A2.2'])
  })
})

it('a series per year and group, oldest first, whatever order the years come in', () => {
  const series = yearSeries([
    { schoolYear: '2026-2027', set: tinySet(), answers: { A1: true, 'A2.1': 40, 'A2.2': 40 } },
    { schoolYear: '2024-2025', set: tinySet(), answers: { A1: true, 'A2.1': 40 } },
  ])
  expect(series.map((p) => [p.schoolYear, p.groupId, p.points, p.level])).toEqual([
    ['2024-2025', 'A', 40, 1],
    ['2024-2025', 'B', 0, 1],
    ['2026-2027', 'A', 80, 3],
    ['2026-2027', 'B', 0, 1],
  ])
})

describe('the assessment that speaks for each year', () => {
  const a = (schoolYear: string, revision: number, status: 'draft' | 'approved' | 'submitted', id: string) => ({
    id,
    schoolYear,
    revision,
    status,
  })
  it.each([
    ['one draft', [a('2025-2026', 1, 'draft', 'x')], ['x']],
    ['an approved revision beats a newer draft amendment', [a('2025-2026', 1, 'approved', 'x'), a('2025-2026', 2, 'draft', 'y')], ['x']],
    ['the newer of two approved revisions', [a('2025-2026', 2, 'approved', 'y'), a('2025-2026', 1, 'approved', 'x')], ['y']],
    ['submitted counts as decided', [a('2025-2026', 1, 'draft', 'x'), a('2025-2026', 2, 'submitted', 'y')], ['y']],
    [
      'newest year first',
      [a('2024-2025', 1, 'approved', 'old'), a('2026-2027', 1, 'draft', 'new'), a('2025-2026', 1, 'draft', 'mid')],
      ['new', 'mid', 'old'],
    ],
  ] as const)('%s', (_name, list, ids) => {
    expect(assessmentPerYear(list).map((x) => x.id)).toEqual(ids)
  })
})

describe("last year's value beside each row of next year's set", () => {
  const earlier = { schoolYear: '2025-2026', set: tinySet(), answers: { A1: false, 'A2.1': 40, 'A2.2': 20, 'B2.1': 'SMAS' } }
  const rows = lastYearRows(earlier, nextVersion())

  it.each([
    // [row, last year's value, changed between the versions]
    ['A1', false, false],
    ['A2.1', 40, true],
    ['B1', null, false],
    ['B2.1', 'SMAS', false],
    ['B2.2', null, true],
  ] as const)('%s: %j, changed %s', (id, value, changedRow) => {
    expect(rows[id]).toEqual({ value, changedRow })
  })

  it('a row new this year has no last year, and a removed row is not shown', () => {
    expect(Object.keys(rows).sort()).toEqual(['A1', 'A2.1', 'B1', 'B2.1', 'B2.2'])
  })

  it('ids that look like object keys are plain rows', () => {
    const set = tinySet()
    set.groups[0]!.criteria[0]!.items[0]!.id = '__proto__'
    expect(lastYearRows({ ...earlier, set, answers: {} }, set)['__proto__']).toEqual({ value: null, changedRow: false })
  })
})

describe('previousYear: the newest year before this one', () => {
  const a = (schoolYear: string, revision = 1, status: 'draft' | 'approved' = 'approved') => ({ schoolYear, revision, status })
  it.each([
    ['the year before', [a('2024-2025'), a('2025-2026'), a('2026-2027')], '2026-2027', '2025-2026'],
    ['a gap year', [a('2023-2024'), a('2026-2027')], '2026-2027', '2023-2024'],
    ['no earlier year', [a('2026-2027'), a('2027-2028')], '2026-2027', null],
  ] as const)('%s', (_, list, year, expected) => {
    expect(previousYear(list, year)?.schoolYear ?? null).toBe(expected)
  })

  it('the approved revision speaks for last year, not a later draft', () => {
    const prev = previousYear([a('2025-2026', 1, 'approved'), a('2025-2026', 2, 'draft'), a('2026-2027')], '2026-2027')
    expect(prev).toEqual(a('2025-2026', 1, 'approved'))
  })
})
