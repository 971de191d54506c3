import { describe, expect, it } from 'vitest'
import { compareReviewed, type ReviewRow } from '@/domain'
import { tinySet } from '../../../builders/criteriaSet'
import { submission } from '../../../builders/submission'

const row = (itemId: string, score: ReviewRow['score'], comment = ''): ReviewRow => ({ itemId, score, comment })

describe('self against reviewed, group by group', () => {
  it.each<{ why: string; rows: ReviewRow[]; a: [number, number | null, boolean]; b: [number, number | null, boolean] }>([
    { why: 'no review row: both as the school scored', rows: [], a: [90, 3, false], b: [60, 2, false] },
    { why: 'a comment without a score changes nothing', rows: [row('B2.2', null, 'Xem lại')], a: [90, 3, false], b: [60, 2, false] },
    { why: 'the reviewer gives the school’s own score', rows: [row('B2.2', 60)], a: [90, 3, false], b: [60, 2, false] },
    { why: 'fewer points lower the group and its level', rows: [row('B2.2', 40)], a: [90, 3, false], b: [40, 1, true] },
    { why: 'an unmet condition lowers the level, not the points', rows: [row('A1', false)], a: [90, 1, true], b: [60, 2, false] },
    { why: 'points moved within the same level still count as a change', rows: [row('A2.2', 45)], a: [85, 3, true], b: [60, 2, false] },
  ])('$why', ({ rows, a, b }) => {
    const c = compareReviewed(tinySet(), submission(), rows)
    const [ga, gb] = c.groups
    expect(c.groups.map((g) => g.id)).toEqual(['A', 'B'])
    expect(ga && [ga.reviewed?.points, ga.reviewed?.level, ga.changed]).toEqual(a)
    expect(gb && [gb.reviewed?.points, gb.reviewed?.level, gb.changed]).toEqual(b)
    expect([ga?.self.points, gb?.self.points]).toEqual([90, 60])
    expect(c.changed).toBe(a[2] || b[2])
  })

  it('pairs groups by id, with each group’s maximum', () => {
    const c = compareReviewed(tinySet(), submission(), [row('B2.2', 0)])
    expect(c.groups.map((g) => [g.id, g.max, g.self.points, g.reviewed?.points])).toEqual([
      ['A', 100, 90, 90],
      ['B', 100, 60, 0],
    ])
  })
})
