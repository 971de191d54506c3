import { describe, expect, it } from 'vitest'
import { planGroup, planNextLevels, scoreAssessment, withWhatIf, type AnswerValues, type CriteriaSet } from '@/domain'
import { band, bands4725, tinySet } from '../../../builders/criteriaSet'

interface Row {
  id: string
  max: number
  step?: 1 | 0.5
  provenance?: 'official' | 'unofficial'
}

/** One group G (max 100, bands < 50 / 50–75 / > 75) with a condition G0 and the given points rows. */
function groupSet(rows: Row[], opts: { capLevel?: number; criterionBands?: boolean } = {}): CriteriaSet {
  return tinySet({
    conditionRule:
      opts.capLevel === undefined
        ? undefined
        : { effect: 'cap-level', capLevel: opts.capLevel, provenance: 'inferred', note: { vi: 'Quy tắc' } },
    groups: [
      {
        id: 'G',
        title: { vi: 'Nhóm G' },
        provenance: 'official',
        max: 100,
        bands: bands4725(),
        criteria: [
          {
            id: 'G0',
            title: { vi: 'Điều kiện' },
            provenance: 'official',
            items: [{ id: 'G0', kind: 'condition', text: { vi: 'Có kế hoạch' }, provenance: 'official' }],
          },
          {
            id: 'G1',
            title: { vi: 'Tiêu chí' },
            provenance: 'official',
            ...(opts.criterionBands
              ? { bands: [band(1, 0, true, 20, false), band(2, 20, true, 40, true), band(3, 40, false, 100, true)] }
              : {}),
            items: rows.map((r) => ({
              id: r.id,
              kind: 'points' as const,
              text: { vi: `Chỉ số ${r.id}` },
              provenance: r.provenance ?? 'official',
              max: r.max,
              step: r.step ?? 1,
            })),
          },
        ],
      },
    ],
  })
}

const plan = (set: CriteriaSet, answers: AnswerValues) => planNextLevels(set, answers)[0]!
const steps = (p: ReturnType<typeof plan>) => p.steps.map((s) => `${s.itemId}+${s.gain}`)

describe('next level: the fewest rows that reach the next band', () => {
  const rows: Row[] = [
    { id: 'r1', max: 30 },
    { id: 'r2', max: 20 },
    { id: 'r3', max: 10 },
    { id: 'r4', max: 40 },
  ]
  it.each([
    // [answers, target level, needed, steps]
    ['from 0, the inclusive edge 50', { G0: true }, 2, 50, ['r4+40', 'r1+10']],
    ['exactly 1 short of 50', { G0: true, r4: 40, r2: 9 }, 2, 1, ['r1+1']],
    ['at 50 already level 2: needs more than 75', { G0: true, r4: 40, r3: 10 }, 3, 26, ['r1+26']],
    ['at exactly 75: the exclusive bound needs 76', { G0: true, r4: 40, r1: 30, r3: 5 }, 3, 1, ['r2+1']],
    ['ties broken in the set order', { G0: true, r4: 35, r1: 30, r2: 10, r3: 0 }, 3, 1, ['r2+1']],
  ] as const)('%s', (_name, answers, level, needed, expected) => {
    const p = plan(groupSet(rows), answers)
    expect(p.target?.level).toBe(level)
    expect(p.needed).toBe(needed)
    expect(steps(p)).toEqual(expected)
    expect(p.reachable).toBe(true)
    // the plan really lifts the group: apply it and score again
    const lifted = withWhatIf(
      answers,
      new Map(p.steps.map((s) => [s.itemId, ((answers as AnswerValues)[s.itemId] as number | undefined ?? 0) + s.gain])),
    )
    expect(scoreAssessment(groupSet(rows), lifted).groups[0]!.level).toBe(level)
  })

  it('with half-point rows the exclusive 75 is reached at 75.5', () => {
    const p = plan(groupSet([{ id: 'h', max: 50, step: 0.5 }, { id: 'w', max: 50 }]), { G0: true, h: 25, w: 50 })
    expect(p.points).toBe(75)
    expect(p.needed).toBe(0.5)
    expect(steps(p)).toEqual(['h+0.5'])
  })

  it('a whole-point row asked for half a point gives a whole point', () => {
    // 49.5 points: half a point reaches 50, but the row with the most open points moves by whole points
    const p = plan(groupSet([{ id: 'h', max: 10, step: 0.5 }, { id: 'w', max: 90 }]), { G0: true, h: 9.5, w: 40 })
    expect(p.needed).toBe(0.5)
    expect(steps(p)).toEqual(['w+1'])
  })

  it('rows already at their maximum are not suggested', () => {
    const p = plan(groupSet(rows), { G0: true, r4: 40, r1: 5 })
    expect(p.candidates.map((c) => c.itemId)).toEqual(['r1', 'r2', 'r3'])
    expect(p.candidates.map((c) => c.open)).toEqual([25, 20, 10])
  })

  it('an unreachable next level says how far it stays', () => {
    const p = plan(groupSet([{ id: 'a', max: 20 }, { id: 'b', max: 20 }]), { G0: true })
    expect(p.target?.level).toBe(2)
    expect(p.reachable).toBe(false)
    expect(p.shortfall).toBe(10)
    expect(steps(p)).toEqual(['a+20', 'b+20'])
  })

  it('at the top level there is nothing to reach', () => {
    const p = plan(groupSet(rows), { G0: true, r1: 30, r2: 20, r3: 10, r4: 40 })
    expect(p.level).toBe(3)
    expect(p.target).toBeNull()
    expect(p.steps).toEqual([])
  })
})

describe('next level: mandatory conditions come first', () => {
  const rows: Row[] = [{ id: 'r1', max: 60 }, { id: 'r2', max: 40 }]
  it.each([
    // [condition answer, cap level, level shown, blockers, pending, needed]
    ['unmet condition caps level 2 at 1: meet it, no points needed', false, 1, 1, ['G0'], [], 0],
    ['a cap at 2 blocks level 3 beside the points', false, 2, 2, ['G0'], [], 16],
    ['unanswered condition is pending, not a blocker', null, 1, 2, [], ['G0'], 16],
  ] as const)('%s', (_name, condition, capLevel, level, blockers, pending, needed) => {
    const p = plan(groupSet(rows, { capLevel }), { G0: condition, r1: 60 })
    expect(p.level).toBe(level)
    expect(p.blockers).toEqual(blockers)
    expect(p.pending).toEqual(pending)
    expect(p.needed).toBe(needed)
  })
})

it('a condition rule that only flags blocks nothing', () => {
  const set = groupSet([{ id: 'r1', max: 60 }, { id: 'r2', max: 40 }])
  set.conditionRule = { effect: 'flag', provenance: 'inferred', note: { vi: 'Quy tắc' } }
  const p = plan(set, { G0: false, r1: 60 })
  expect(p).toMatchObject({ level: 2, blockers: [], needed: 16 })
})

describe('next level: what it means for a criterion with its own bands', () => {
  it('says the criterion level before and after the gain', () => {
    const p = plan(groupSet([{ id: 'r1', max: 60 }, { id: 'r2', max: 40 }], { criterionBands: true }), {
      G0: true,
      r1: 15,
    })
    expect(p.steps[0]).toMatchObject({ itemId: 'r1', gain: 35, criterionLevel: { from: 1, to: 3 } })
  })

  it('marks rows whose wording is not official', () => {
    const p = plan(groupSet([{ id: 'r1', max: 60, provenance: 'unofficial' }, { id: 'r2', max: 40 }]), { G0: true })
    expect(p.steps.map((s) => [s.itemId, s.provenance])).toEqual([['r1', 'unofficial']])
  })
})

describe('what if', () => {
  it('changes a copy, never the real answers', () => {
    const answers = Object.freeze({ G0: true, r1: 10 }) as AnswerValues
    const changed = withWhatIf(answers, new Map([['r1', 60]]))
    expect(changed.r1).toBe(60)
    expect(answers.r1).toBe(10)
  })

  it('takes row ids that are names of object methods', () => {
    const changed = withWhatIf({}, new Map([['constructor', 3]]))
    expect(changed.constructor).toBe(3)
    expect(Object.keys(changed)).toEqual(['constructor'])
  })
})

it('plans every group of a set', () => {
  const plans = planGroup(tinySet(), scoreAssessment(tinySet(), { A1: true, 'A2.1': 40 }).groups[0]!)
  expect(plans).toMatchObject({ groupId: 'A', points: 40, level: 1, needed: 10, target: { level: 2 } })
})
