import { describe, expect, it } from 'vitest'
import {
  checkClassification,
  classify,
  commonGaps,
  defaultRankBy,
  levelDistribution,
  rankByKind,
  rankSchools,
  scoreAssessment,
  type AgreedResult,
  type AnswerValues,
  type SchoolKind,
} from '@/domain'
import { tinySet } from '../../../builders/criteriaSet'
import { levelSet } from '../../../builders/levelSet'

const set = tinySet()
const school = (name: string, kind: SchoolKind = 'tieu-hoc') => ({ name, kind })
const result = (answers: AnswerValues, source: 'reviewed' | 'self-assessed' = 'self-assessed', status: 'submitted' | 'accepted' | 'returned' | 'under-review' = 'submitted'): AgreedResult => {
  const score = scoreAssessment(set, answers)
  return { source, status, sha256: 'x', score, selfScore: score }
}
const none: AgreedResult = { source: 'none', status: 'not-submitted' }
// A: 60 (Mức 2) with A1 met; B: level from B2.2.
const level2both = { A1: true, 'A2.1': 40, 'A2.2': 20, B1: true, 'B2.2': 60 }

describe('rankSchools: levels, then points', () => {
  const table = rankSchools(
    [
      { school: school('Trường Tiểu học Đông'), result: result({ ...level2both, 'B2.2': 70 }) },
      { school: school('Trường Tiểu học An'), result: result(level2both) },
      { school: school('Trường Tiểu học Ánh'), result: result(level2both, 'reviewed', 'accepted') },
      { school: school('Trường Tiểu học Bình'), result: result({ ...level2both, 'B2.2': 80 }) },
      { school: school('Trường Tiểu học Cao'), result: none },
      { school: school('Trường Tiểu học Bạch'), result: result(level2both, 'self-assessed', 'returned') },
      { school: school('Trường Tiểu học Ba'), result: none },
    ],
    'levels-then-points',
  )
  it.each([
    // [position, name, rank, tied, unranked]
    [0, 'Trường Tiểu học Bình', 1, false, null],
    [1, 'Trường Tiểu học Đông', 2, false, null],
    // equal results share a rank and are ordered by name in Vietnamese collation (An before Ánh)
    [2, 'Trường Tiểu học An', 3, true, null],
    [3, 'Trường Tiểu học Ánh', 3, true, null],
    // returned before not-submitted, each by name (Ba before Cao)
    [4, 'Trường Tiểu học Bạch', null, false, 'returned'],
    [5, 'Trường Tiểu học Ba', null, false, 'not-submitted'],
    [6, 'Trường Tiểu học Cao', null, false, 'not-submitted'],
  ] as const)('%i: %s', (i, name, rank, tied, unranked) => {
    expect(table[i]).toMatchObject({ school: { name }, rank, tied, unranked })
  })

  it('says which result counts', () => {
    expect(table.find((r) => r.school.name === 'Trường Tiểu học Ánh')?.source).toBe('reviewed')
    expect(table.find((r) => r.school.name === 'Trường Tiểu học An')?.source).toBe('self-assessed')
  })

  it('a group level weighs more than points: a capped group ranks below', () => {
    const t = rankSchools(
      [
        { school: school('X'), result: result({ ...level2both, A1: false, 'B2.2': 90 }) },
        { school: school('Y'), result: result(level2both) },
      ],
      'levels-then-points',
    )
    expect(t.map((r) => r.school.name)).toEqual(['Y', 'X'])
  })

  it('ranks after a three-way tie skip to the next position (1, 1, 1, 4)', () => {
    const t = rankSchools(
      ['A', 'B', 'C', 'D'].map((n, i) => ({ school: school(n), result: result(i < 3 ? level2both : { A1: true }) })),
      'points',
    )
    expect(t.map((r) => r.rank)).toEqual([1, 1, 1, 4])
  })
})

describe('rankSchools: rows met, for checklist sets', () => {
  it('counts conditions met out of all', () => {
    const t = rankSchools(
      [
        { school: school('Một'), result: result({ A1: true, B1: false }) },
        { school: school('Hai'), result: result({ A1: true, B1: true }) },
      ],
      'rows-met',
    )
    expect(t.map((r) => [r.school.name, r.rank, r.rowsMet])).toEqual([
      ['Hai', 1, { met: 2, total: 2 }],
      ['Một', 2, { met: 1, total: 2 }],
    ])
  })
})

it('rankByKind: a table per school kind that has schools, then the overall table', () => {
  const tables = rankByKind(
    [
      { school: school('A', 'thcs'), result: result(level2both) },
      { school: school('B', 'tieu-hoc'), result: none },
    ],
    'points',
    ['mam-non', 'tieu-hoc', 'thcs'],
  )
  expect(tables.map((t) => [t.kind, t.rows.map((r) => r.school.name)])).toEqual([
    ['tieu-hoc', ['B']],
    ['thcs', ['A']],
    ['all', ['A', 'B']],
  ])
})

describe('defaultRankBy', () => {
  it.each([
    ['two banded groups', tinySet(), 'levels-then-points'],
    ['one group', tinySet({ groups: [tinySet().groups[0]!] }), 'points'],
    [
      'conditions only',
      tinySet({ groups: [{ ...tinySet().groups[0]!, criteria: [tinySet().groups[0]!.criteria[0]!] }] }),
      'rows-met',
    ],
  ] as const)('%s → %s', (_n, s, by) => expect(defaultRankBy(s)).toBe(by))
})

describe('classify', () => {
  const bands = [
    { label: 'Xuất sắc', min: 90, minInclusive: true },
    { label: 'Tốt', min: 70, minInclusive: true },
    { label: 'Khá', min: 50, minInclusive: true },
    { label: 'Trung bình', min: 30, minInclusive: true },
    { label: 'Yếu', min: 0, minInclusive: true },
  ]
  it.each([
    [100, 'Xuất sắc'],
    [90, 'Xuất sắc'],
    [89.5, 'Tốt'],
    [50, 'Khá'],
    [0, 'Yếu'],
  ])('%d → %s', (p, label) => expect(classify(p, bands)).toBe(label))
  it('an exclusive bound needs more than it', () => {
    expect(classify(75, [{ label: 'Tốt', min: 75, minInclusive: false }])).toBeNull()
    expect(classify(76, [{ label: 'Tốt', min: 75, minInclusive: false }])).toBe('Tốt')
  })
  it.each([
    [[], ['no-bands']],
    [[{ label: ' ', min: 1, minInclusive: true }], ['empty-label']],
    [[{ label: 'A', min: Number.NaN, minInclusive: true }], ['not-a-number']],
    [
      [
        { label: 'A', min: 5, minInclusive: true },
        { label: 'B', min: 5, minInclusive: true },
      ],
      ['duplicate-min'],
    ],
  ] as const)('checkClassification %j', (b, problems) => expect(checkClassification(b)).toEqual(problems))
})

describe('charts', () => {
  const scores = [
    scoreAssessment(set, level2both),
    scoreAssessment(set, { ...level2both, 'A2.2': 60 }),
    scoreAssessment(set, { A1: true }),
  ]
  it('counts schools per level and group', () => {
    const [a] = levelDistribution(set, scores)
    expect([...a!.counts]).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
    ])
  })
  it('lists the rows where most schools lose points first', () => {
    expect(commonGaps(scores)).toEqual([
      { itemId: 'B2.2', schools: 3, lost: 150, average: 50 },
      { itemId: 'A2.2', schools: 2, lost: 100, average: 33.33 },
      { itemId: 'A2.1', schools: 1, lost: 40, average: 13.33 },
    ])
  })
})

describe('rankSchools: a set rated by levels', () => {
  const accr = levelSet({ standards: { '1': [['1.1*', [1, 1]], ['1.2', [1, 1]]], '2': [['2.1', [1, 1]]] } })
  const rated = (...met: string[]): AgreedResult => {
    const score = scoreAssessment(accr, Object.fromEntries(met.map((id) => [id, true])))
    return { source: 'self-assessed', status: 'submitted', sha256: 'x', score, selfScore: score }
  }
  const allAt1 = ['1.1-1a', '1.2-1a', '2.1-1a']
  const table = rankSchools(
    [
      { school: school('Trường Tiểu học Một'), result: rated(...allAt1) },
      { school: school('Trường Tiểu học Hai'), result: rated(...allAt1, '1.1-2a', '1.2-2a', '2.1-2a') },
      { school: school('Trường Tiểu học Gần'), result: rated(...allAt1, '1.1-2a', '1.2-2a') },
      { school: school('Trường Tiểu học Chưa'), result: rated('1.2-1a', '2.1-1a', '1.2-2a', '2.1-2a') },
    ],
    'levels-then-points',
  )
  it('orders by the school level, then by the criteria reaching the higher level', () => {
    expect(table.map((r) => [r.school.name, r.rank])).toEqual([
      ['Trường Tiểu học Hai', 1],
      ['Trường Tiểu học Gần', 2],
      ['Trường Tiểu học Một', 3],
      ['Trường Tiểu học Chưa', 4],
    ])
  })
})
