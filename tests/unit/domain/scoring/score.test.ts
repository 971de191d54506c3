import { describe, expect, it } from 'vitest'
import { bandFor, largestGaps, scoreAssessment, type AnswerValues } from '@/domain'
import { bands4725, tinySet } from '../../../builders/criteriaSet'

const all = (over: AnswerValues = {}): AnswerValues => ({
  A1: true,
  'A2.1': 40,
  'A2.2': 20,
  B1: true,
  'B2.1': 'Phần mềm quản lý trường học',
  'B2.2': 50,
  ...over,
})

describe('bandFor: bounds exactly as written (4725: < 50, 50–75, > 75)', () => {
  it.each([
    [0, 1],
    [49, 1],
    [49.5, 1],
    [50, 2],
    [62.5, 2],
    [75, 2],
    [75.5, 3],
    [76, 3],
    [100, 3],
  ])('%s points → level %s', (points, level) => {
    expect(bandFor(bands4725(), points)?.level).toBe(level)
  })
  it.each([-1, 100.5])('%s points is in no band', (points) => {
    expect(bandFor(bands4725(), points)).toBeNull()
  })
})

describe('scoreAssessment', () => {
  it('adds points per criterion and group and rates each group by its bands', () => {
    const s = scoreAssessment(tinySet(), all())
    expect(s.groups.map((g) => [g.id, g.points, g.max, g.level])).toEqual([
      ['A', 60, 100, 2],
      ['B', 50, 100, 2],
    ])
    expect(s.groups[0]?.criteria.map((c) => [c.id, c.points, c.max])).toEqual([
      ['A1', 0, 0],
      ['A2', 60, 100],
    ])
    expect(s.complete).toBe(true)
    expect(s.invalid).toEqual([])
  })

  it.each([
    // [A2.1, A2.2, group A points, group level, criterion A2 band]
    [40, 9.5, 49.5, 1, 3],
    [40, 10, 50, 2, 3],
    [40, 35, 75, 2, 3],
    [40, 35.5, 75.5, 3, 3],
    [0, 19.5, 19.5, 1, 1],
    [0, 20, 20, 1, 2],
    [0, 40, 40, 1, 2],
    [0, 40.5, 40.5, 1, 3],
  ])('A2.1=%s, A2.2=%s → group A %s points, level %s; criterion band %s', (a, b, points, level, cBand) => {
    const g = scoreAssessment(tinySet(), all({ 'A2.1': a, 'A2.2': b })).groups[0]
    expect(g?.points).toBe(points)
    expect(g?.level).toBe(level)
    expect(g?.criteria[1]?.band?.level).toBe(cBand)
  })

  it('keeps the 100-point scale of a group whose known rows sum to 90', () => {
    const g = scoreAssessment(tinySet(), all({ 'B2.2': 90 })).groups[1]
    expect([g?.points, g?.max, g?.knownMax, g?.level]).toEqual([90, 100, 90, 3])
  })

  describe('mandatory conditions', () => {
    it.each([
      { name: 'all met', A1: true, gate: 'met', level: 3, capped: false, unmet: [] },
      { name: 'unmet caps the group at level 1 and names the row', A1: false, gate: 'unmet', level: 1, capped: true, unmet: ['A1'] },
      { name: 'unanswered leaves the level as scored, pending', A1: null, gate: 'pending', level: 3, capped: false, unmet: [] },
    ])('$name', ({ A1, gate, level, capped, unmet }) => {
      const g = scoreAssessment(tinySet(), all({ A1, 'A2.2': 60 })).groups[0]
      expect(g).toMatchObject({ gate, level, capped, unmetConditions: unmet })
      expect(g?.band?.level).toBe(3)
    })

    it('only flags, without lowering the level, when the set says "flag"', () => {
      const set = tinySet({ conditionRule: { effect: 'flag', provenance: 'inferred', note: { vi: 'Chỉ đánh dấu' } } })
      const g = scoreAssessment(set, all({ A1: false, 'A2.2': 60 })).groups[0]
      expect(g).toMatchObject({ gate: 'unmet', level: 3, capped: false, unmetConditions: ['A1'] })
    })

    it('does not cap a level already below the cap', () => {
      const g = scoreAssessment(tinySet(), all({ A1: false, 'A2.1': 0, 'A2.2': 0 })).groups[0]
      expect(g).toMatchObject({ level: 1, capped: false })
    })

    it('reports a group without conditions as "none"', () => {
      const set = tinySet()
      set.groups[1]!.criteria.shift()
      expect(scoreAssessment(set, all()).groups[1]?.gate).toBe('none')
    })
  })

  describe('invalid answers are rejected, never clamped', () => {
    it.each([
      { item: 'A2.1', value: 41, code: 'above-max' },
      { item: 'A2.1', value: -1, code: 'below-zero' },
      { item: 'A2.1', value: 10.5, code: 'not-a-step' },
      { item: 'A2.2', value: 10.25, code: 'not-a-step' },
      { item: 'A2.1', value: Number.NaN, code: 'wrong-type' },
      { item: 'A2.1', value: '40', code: 'wrong-type' },
      { item: 'A1', value: 1, code: 'wrong-type' },
      { item: 'B2.1', value: true, code: 'wrong-type' },
      { item: 'Z9', value: 3, code: 'unknown-item' },
    ])('$item = $value → $code', ({ item, value, code }) => {
      const s = scoreAssessment(tinySet(), all({ [item]: value }))
      expect(s.invalid).toEqual([expect.objectContaining({ itemId: item, code })])
      expect(s.complete).toBe(false)
    })

    it('scores an invalid answer as nothing and treats its row as unanswered', () => {
      const s = scoreAssessment(tinySet(), all({ 'A2.1': 41 }))
      expect(s.groups[0]?.points).toBe(20)
      expect(s.unanswered).toEqual(['A2.1'])
    })
  })

  describe('unanswered rows', () => {
    it('lists every row when nothing is answered, and scores 0 / level 1', () => {
      const s = scoreAssessment(tinySet(), {})
      expect(s.unanswered).toEqual(['A1', 'A2.1', 'A2.2', 'B1', 'B2.1', 'B2.2'])
      expect([s.answered, s.total, s.complete]).toEqual([0, 6, false])
      expect(s.groups.map((g) => [g.points, g.level, g.gate])).toEqual([
        [0, 1, 'pending'],
        [0, 1, 'pending'],
      ])
    })

    it.each([
      ['null', null],
      ['blank info text', '  '],
    ])('counts %s as unanswered', (_, value) => {
      const s = scoreAssessment(tinySet(), all({ 'B2.1': value }))
      expect(s.unanswered).toEqual(['B2.1'])
      expect(s.groups[1]).toMatchObject({ answered: 2, total: 3 })
    })

    it('counts 0 points and "not met" as answered', () => {
      const s = scoreAssessment(tinySet(), all({ 'A2.1': 0, A1: false }))
      expect(s.unanswered).toEqual([])
    })
  })

  it.each([
    [{ 'A2.2': 60, 'B2.2': 90 }, 3],
    [{ 'A2.2': 60, 'B2.2': 50 }, 2],
    [{ 'A2.2': 60, 'B2.2': 50, B1: false }, 1],
  ])('summarises the school-wide level as the lower group level (%o → %s)', (over, level) => {
    expect(scoreAssessment(tinySet(), all(over)).summary?.level).toBe(level)
  })

  it('has no summary when the set has no summary rule', () => {
    const set = tinySet()
    delete set.summary
    expect(scoreAssessment(set, all()).summary).toBeNull()
  })
})

describe('largestGaps', () => {
  it('lists criteria by gap to their maximum, largest first, leaving out conditions', () => {
    const s = scoreAssessment(tinySet(), all({ 'A2.1': 40, 'A2.2': 50, 'B2.2': 10 }))
    expect(largestGaps(s, 5)).toEqual([
      { groupId: 'B', criterionId: 'B2', points: 10, max: 90, gap: 80 },
      { groupId: 'A', criterionId: 'A2', points: 90, max: 100, gap: 10 },
    ])
    expect(largestGaps(s, 1)).toHaveLength(1)
  })
})
