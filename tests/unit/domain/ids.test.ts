import { describe, expect, it } from 'vitest'
import {
  idMap,
  memberProgress,
  nextRowToVisit,
  own,
  parseCriteriaSet,
  planNextLevels,
  pointsMismatches,
  scoreAssessment,
  setProgress,
  withEntry,
  withWhatIf,
  type Answer,
  type AnswerValues,
} from '@/domain'
import { hostileSet, tinySet } from '../../builders/criteriaSet'

/** The same answers, keyed by the tiny set's ids and by the hostile set's. */
const plainAnswers = { A1: true, 'A2.1': 40, 'A2.2': 30.5, B1: false, 'B2.1': 'Phần mềm X', 'B2.2': 70 }
const hostileAnswers: AnswerValues = JSON.parse(
  JSON.stringify({ hasOwnProperty: true, toString: 40, valueOf: 30.5, isPrototypeOf: false, propertyIsEnumerable: 'Phần mềm X', constructor: 70 }),
) as AnswerValues

describe('ids are data, never keys of plain objects', () => {
  it('a set whose ids are Object.prototype’s names passes the schema', () => {
    const r = parseCriteriaSet(JSON.stringify(hostileSet()))
    expect(r.ok).toBe(true)
  })

  it('refuses `__proto__` as an id (the id pattern), with the place named', () => {
    const set = hostileSet() as unknown as { groups: { criteria: { items: { id: string }[] }[] }[] }
    set.groups[0]!.criteria[1]!.items[0]!.id = '__proto__'
    const r = parseCriteriaSet(JSON.stringify(set))
    expect(r.ok ? [] : r.errors.map((e) => [e.code, e.path])).toEqual([['invalid-value', 'groups[0].criteria[1].items[0].id']])
  })

  it('scores those rows exactly as it scores ordinary ids, with nothing answered', () => {
    const plain = scoreAssessment(tinySet(), {})
    const hostile = scoreAssessment(hostileSet(), {})
    expect(hostile.invalid).toEqual([])
    expect(hostile.answered).toBe(plain.answered)
    expect(hostile.groups.map((g) => [g.points, g.level, g.gate])).toEqual(plain.groups.map((g) => [g.points, g.level, g.gate]))
  })

  it('scores those rows exactly as it scores ordinary ids, with every row answered', () => {
    const plain = scoreAssessment(tinySet(), plainAnswers)
    const hostile = scoreAssessment(hostileSet(), hostileAnswers)
    expect(hostile.invalid).toEqual([])
    expect(hostile.complete).toBe(true)
    expect(hostile.groups.map((g) => [g.points, g.level, g.capped])).toEqual(plain.groups.map((g) => [g.points, g.level, g.capped]))
  })

  it('counts progress, the next row and member progress without reading the prototype', () => {
    const set = hostileSet()
    const progress = setProgress(set, {})
    expect([progress.answered, progress.unanswered]).toEqual([0, 6])
    expect(own(progress.groups, 'constructor')?.total).toBe(3)
    expect(own(progress.groups, 'toString')).toBeUndefined()
    expect(nextRowToVisit(set, {}, 'constructor')).toEqual({ groupId: 'constructor', itemId: 'hasOwnProperty' })
    const answers: Record<string, Answer> = { toString: { assessmentId: 'a', itemId: 'toString', value: 3, note: '', updatedAt: 'x' } }
    const member = memberProgress(['constructor', 'valueOf', 'toString'], JSON.parse(JSON.stringify(answers)) as Record<string, Answer>, new Map())
    expect(member.answered).toBe(1)
  })

  it('plans next levels and what-ifs, and lists no false mismatch', () => {
    const set = hostileSet()
    expect(planNextLevels(set, {}).length).toBe(planNextLevels(tinySet(), {}).length)
    expect(pointsMismatches(set, {})).toEqual([])
    const what = withWhatIf({}, new Map([['__proto__', 5]]))
    expect(own(what, '__proto__')).toBe(5)
    expect(Object.getPrototypeOf(what)).toBeNull()
  })
})

describe('idMap, own, withEntry', () => {
  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'])('"%s" is only a key', (id) => {
    const empty = idMap<number>()
    expect(own(empty, id)).toBeUndefined()
    expect(own({}, id)).toBeUndefined()
    const one = withEntry(empty, id, 7)
    expect(own(one, id)).toBe(7)
    expect(Object.keys(one)).toEqual([id])
    expect(Object.getPrototypeOf(one)).toBeNull()
    expect(own(withEntry(one, id, undefined), id)).toBeUndefined()
    expect(own(empty, id)).toBeUndefined()
  })
})
