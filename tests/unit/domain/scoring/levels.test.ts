import { describe, expect, it } from 'vitest'
import { parseCriteriaSet, scoreAssessment, type AnswerValues, type LevelSteps } from '@/domain'
import { everyCriterion, indicatorId, levelSet, type CriterionSpec } from '../../../builders/levelSet'

/** Answers from a compact list: `'1.1-1a'` met, `'!1.1-1b'` not met. */
const answers = (...ids: string[]): AnswerValues =>
  Object.fromEntries(ids.map((id) => (id.startsWith('!') ? [id.slice(1), false] : [id, true])))

/** Every indicator of criterion `c` up to `level`, met, for criteria with `perLevel` indicators. */
const metUpTo = (c: string, perLevel: number[], level: number) =>
  perLevel.slice(0, level).flatMap((n, i) => Array.from({ length: n }, (_, k) => indicatorId(c, i + 1, k)))

describe('a criterion rated by its indicators', () => {
  const set = levelSet({ standards: { '1': [['1.1', [3, 2, 1]]] }, levels: 3 })
  const cases: { name: string; given: AnswerValues; level: number }[] = [
    { name: 'nothing answered: not level 1', given: {}, level: 0 },
    { name: 'two of three level-1 indicators met', given: answers('1.1-1a', '1.1-1b'), level: 0 },
    { name: 'one level-1 indicator not met, the rest met', given: answers('1.1-1a', '!1.1-1b', '1.1-1c', '1.1-2a', '1.1-2b'), level: 0 },
    { name: 'all level-1 indicators met', given: answers(...metUpTo('1.1', [3, 2, 1], 1)), level: 1 },
    { name: 'level 1 and level 2 met', given: answers(...metUpTo('1.1', [3, 2, 1], 2)), level: 2 },
    { name: 'everything met', given: answers(...metUpTo('1.1', [3, 2, 1], 3)), level: 3 },
    { name: 'level 2 and 3 met but one level-1 indicator missing (cumulative)', given: answers('1.1-1a', '1.1-1b', '1.1-2a', '1.1-2b', '1.1-3a'), level: 0 },
    { name: 'levels 1 and 3 met, level 2 half met', given: answers(...metUpTo('1.1', [3, 2, 1], 1), '1.1-2a', '1.1-3a'), level: 1 },
  ]
  it.each(cases)('$name → level $level', ({ given, level }) => {
    expect(scoreAssessment(set, given).groups[0]!.criteria[0]!.level).toBe(level)
  })

  it('reaches only the levels it has indicators for', () => {
    const short = levelSet({ standards: { '1': [['1.1', [3, 1]], ['1.2', [3, 1, 1]]] }, levels: 3 })
    const score = scoreAssessment(short, answers(...metUpTo('1.1', [3, 1], 2), ...metUpTo('1.2', [3, 1, 1], 3)))
    expect(score.groups[0]!.criteria.map((c) => c.level)).toEqual([2, 3])
    expect(score.groups[0]!.level).toBe(2)
  })

  it('takes only true/false as an indicator answer', () => {
    const score = scoreAssessment(set, { '1.1-1a': 1 })
    expect(score.invalid).toEqual([expect.objectContaining({ itemId: '1.1-1a', code: 'wrong-type' })])
  })
})

/** TT-57-like, but built here: a school level from mandatory criteria as gates and a count of others. */
const gateRule: LevelSteps = {
  provenance: 'official',
  levels: [
    { level: 1, when: [{ criteria: 'mandatory', atLeast: 1 }, { criteria: 'other', atLeast: 1, min: 2 }] },
    {
      level: 2,
      when: [
        { criteria: 'mandatory', atLeast: 2 },
        { criteria: 'other', atLeast: 2, min: 2 },
        { criteria: 'other', atLeast: 1 },
      ],
    },
  ],
}
const specs: CriterionSpec[] = [['1.1*', [2, 1]], ['1.2', [2, 1]], ['2.1*', [2, 1]], ['2.2', [2, 1]], ['2.3', [2, 1]]]
const gated = levelSet({ standards: { '1': specs.slice(0, 2), '2': specs.slice(2) }, school: gateRule })

/** Answers giving each criterion (in `specs` order) the level asked. */
const atLevels = (...levels: number[]) =>
  answers(...specs.flatMap(([id, per], i) => metUpTo(id.replace('*', ''), per, levels[i]!)))

describe("the school's level under a rule written as data", () => {
  const cases: { name: string; levels: number[]; school: number; standards: number[] }[] = [
    { name: 'every criterion at level 2', levels: [2, 2, 2, 2, 2], school: 2, standards: [2, 2] },
    { name: 'every criterion at level 1', levels: [1, 1, 1, 1, 1], school: 1, standards: [1, 1] },
    { name: 'a mandatory criterion not at level 1 gates the school', levels: [2, 2, 0, 2, 2], school: 0, standards: [2, 0] },
    { name: 'a mandatory criterion at level 1 keeps the school at 1', levels: [2, 2, 1, 2, 2], school: 1, standards: [2, 1] },
    { name: 'one other criterion not at level 1: 2 of 3 others still enough for level 1, not for 2', levels: [2, 2, 2, 2, 0], school: 1, standards: [2, 0] },
    { name: 'two others not at level 1: below the count', levels: [2, 0, 2, 2, 0], school: 0, standards: [0, 0] },
    { name: 'only one other at level 2: level 1', levels: [2, 2, 2, 1, 1], school: 1, standards: [2, 1] },
    { name: 'nothing answered', levels: [0, 0, 0, 0, 0], school: 0, standards: [0, 0] },
  ]
  it.each(cases)('$name → school level $school', ({ levels, school, standards }) => {
    const score = scoreAssessment(gated, atLevels(...levels))
    expect(score.groups.flatMap((g) => g.criteria.map((c) => c.level))).toEqual(levels)
    expect(score.schoolLevel).toBe(school)
    expect(score.groups.map((g) => g.level)).toEqual(standards)
  })

  it('"level k when every criterion reaches k": one criterion limits the school', () => {
    const set = levelSet({ standards: { '1': [['1.1', [1, 1]], ['1.2', [1, 1]]], '2': [['2.1', [1, 1]]] } })
    const score = scoreAssessment(set, answers('1.1-1a', '1.1-2a', '1.2-1a', '1.2-2a', '2.1-1a'))
    expect(score.groups.map((g) => g.level)).toEqual([2, 1])
    expect(score.schoolLevel).toBe(1)
  })

  it('a set without a standard rule gives standards no level', () => {
    const set = levelSet({ standards: { '1': [['1.1', [1]]] }, levels: 1, standard: null })
    const score = scoreAssessment(set, answers('1.1-1a'))
    expect(score.groups[0]!.level).toBeNull()
    expect(score.schoolLevel).toBe(1)
  })

  it('a set scored by points has no school level', () => {
    const set = levelSet({ standards: { '1': [['1.1', [1]]] }, levels: 1 })
    delete set.levelRule
    expect(scoreAssessment(set, {}).schoolLevel).toBeNull()
  })

  it('a step whose lower level is not reached is not reached either (levels are cumulative)', () => {
    const odd: LevelSteps = { provenance: 'official', levels: [everyCriterion(1).levels[0]!, { level: 2, when: [{ criteria: 'all', atLeast: 1, min: 1 }] }] }
    const set = levelSet({ standards: { '1': [['1.1', [1]], ['1.2', [1]]] }, school: odd })
    expect(scoreAssessment(set, answers('1.1-1a')).schoolLevel).toBe(0)
  })
})

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
const file = (): Json => JSON.parse(JSON.stringify(levelSet({ standards: { '1': specs.slice(0, 2), '2': specs.slice(2) }, school: gateRule, narratives: ['strengths', 'weaknesses'] }))) as Json

describe('parsing a set rated by levels', () => {
  it('accepts level rows, mandatory criteria, narratives and the rule', () => {
    const r = parseCriteriaSet(JSON.stringify(file()))
    expect(r.ok ? [] : r.errors).toEqual([])
    if (!r.ok) return
    expect(r.value.groups[0]!.criteria[0]).toMatchObject({ mandatory: true })
    expect(r.value.groups[0]!.criteria[0]!.items).toContainEqual(expect.objectContaining({ kind: 'info', narrative: 'strengths' }))
  })

  const bad: { name: string; edit: (f: Json) => unknown; code: string; path: string }[] = [
    { name: 'a level row in a set without a level rule', edit: (f) => delete f.levelRule, code: 'level-without-rule', path: 'groups[0].criteria[0].items[0].kind' },
    { name: 'a mandatory criterion without a level rule', edit: (f) => delete f.levelRule, code: 'level-without-rule', path: 'groups[0].criteria[0].mandatory' },
    { name: 'a level the set does not declare', edit: (f) => (f.groups[0].criteria[0].items[2].level = 3), code: 'level-unknown', path: 'groups[0].criteria[0].items[2].level' },
    { name: 'a level 0 indicator', edit: (f) => (f.groups[0].criteria[0].items[2].level = 0), code: 'invalid-value', path: 'groups[0].criteria[0].items[2].level' },
    { name: 'an indicator without its level', edit: (f) => delete f.groups[0].criteria[0].items[0].level, code: 'missing-field', path: 'groups[0].criteria[0].items[0].level' },
    { name: 'a rule condition at an undeclared level', edit: (f) => (f.levelRule.school.levels[1].when[0].atLeast = 4), code: 'level-unknown', path: 'levelRule.school.levels[1].when[0].atLeast' },
    { name: 'rule steps out of order', edit: (f) => f.levelRule.school.levels.reverse(), code: 'level-order', path: 'levelRule.school.levels[0].level' },
    { name: 'declared levels out of order', edit: (f) => (f.levelRule.levels[1].level = 3), code: 'level-order', path: 'levelRule.levels[1].level' },
    { name: 'more criteria asked than the set has', edit: (f) => (f.levelRule.school.levels[0].when[1].min = 4), code: 'invalid-value', path: 'levelRule.school.levels[0].when[1].min' },
    { name: 'an unknown kind of criteria in a rule', edit: (f) => (f.levelRule.school.levels[0].when[0].criteria = 'optional'), code: 'invalid-value', path: 'levelRule.school.levels[0].when[0].criteria' },
    { name: 'a criterion with no level-1 indicator', edit: (f) => (f.groups[1].criteria[0].items = f.groups[1].criteria[0].items.slice(2)), code: 'criterion-without-levels', path: 'groups[1].criteria[0].items' },
    { name: 'points on a standard', edit: (f) => (f.groups[0].max = 100), code: 'points-in-level-set', path: 'groups[0].max' },
    { name: 'a points row among indicators', edit: (f) => f.groups[0].criteria[1].items.push({ id: 'p', kind: 'points', text: { vi: 'Điểm' }, provenance: 'official', max: 1 }), code: 'points-in-level-set', path: 'groups[0].criteria[1].items[5].kind' },
    { name: 'two strengths fields in one criterion', edit: (f) => (f.groups[0].criteria[0].items[4].narrative = 'strengths'), code: 'duplicate-narrative', path: 'groups[0].criteria[0].items[4].narrative' },
    { name: 'an unknown narrative', edit: (f) => (f.groups[0].criteria[0].items[3].narrative = 'gossip'), code: 'invalid-value', path: 'groups[0].criteria[0].items[3].narrative' },
    { name: 'a school rule without levels', edit: (f) => (f.levelRule.school.levels = []), code: 'invalid-value', path: 'levelRule.school.levels' },
    { name: 'no school rule', edit: (f) => delete f.levelRule.school, code: 'missing-field', path: 'levelRule.school' },
  ]
  it.each(bad)('refuses $name ($code at $path)', ({ edit, code, path }) => {
    const f = file()
    edit(f)
    const r = parseCriteriaSet(JSON.stringify(f))
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors).toContainEqual(expect.objectContaining({ code, path }))
  })

  it('a set scored by points still needs its groups’ maximum and bands', () => {
    const f = file()
    delete f.levelRule
    for (const g of f.groups) for (const c of g.criteria) { delete c.mandatory; c.items = [{ id: `${c.id}-p`, kind: 'points', text: { vi: 'Điểm' }, provenance: 'official', max: 1 }] }
    const r = parseCriteriaSet(JSON.stringify(f))
    expect(r.ok ? [] : r.errors.map((e) => `${e.code} ${e.path}`)).toEqual([
      'missing-field groups[0].max',
      'missing-field groups[0].bands',
      'missing-field groups[1].max',
      'missing-field groups[1].bands',
    ])
  })
})
