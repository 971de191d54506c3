import { describe, expect, it } from 'vitest'
import { defaultRankBy, parseCriteriaSet, type RankBy } from '@/domain'
import { tinySet, tinySetJson } from '../../../builders/criteriaSet'

describe('the ranking order a set declares', () => {
  it.each<[RankBy | undefined, RankBy]>([
    [undefined, 'levels-then-points'],
    ['points', 'points'],
    ['rows-met', 'rows-met'],
    ['levels-then-points', 'levels-then-points'],
  ])('a two-group set declaring %s is ranked by %s', (declared, expected) => {
    expect(defaultRankBy(tinySet(declared ? { rankBy: declared } : {}))).toBe(expected)
  })

  it('refuses an order the app does not know', () => {
    const r = parseCriteriaSet({ ...tinySetJson(), rankBy: 'alphabet' })
    expect(!r.ok && r.errors[0]).toMatchObject({ code: 'invalid-value', path: 'rankBy' })
  })
})
