import { describe, expect, it } from 'vitest'
import { cleanName, compareMembers, MEMBER_NAME_MAX, memberProgress, nameProblem, type Answer, type Evidence, type MemberRole } from '@/domain'

const answer = (itemId: string, value: Answer['value']): Answer => ({ assessmentId: 'a1', itemId, value, note: '', updatedAt: '' })
const evidence = (id: string, itemIds: string[]): Evidence => ({
  id,
  assessmentId: 'a1',
  code: `MC-${id}`,
  kind: 'paper',
  title: 'Kế hoạch',
  itemIds,
  addedAt: '',
  updatedAt: '',
})
const byItem = (...list: Evidence[]) => {
  const map = new Map<string, Evidence[]>()
  for (const e of list) for (const id of e.itemIds) map.set(id, [...(map.get(id) ?? []), e])
  return map
}

describe('member names', () => {
  it.each([
    ['  Nguyễn   Văn\tAn ', 'Nguyễn Văn An', null],
    ['Le\u0302 Thi\u0323 Ho\u0302\u0300ng', 'Lê Thị Hồng', null],
    ['', '', 'empty'],
    ['   \n ', '', 'empty'],
    ['A'.repeat(MEMBER_NAME_MAX), 'A'.repeat(MEMBER_NAME_MAX), null],
    ['A'.repeat(MEMBER_NAME_MAX + 1), 'A'.repeat(MEMBER_NAME_MAX + 1), 'too-long'],
    [` ${'A'.repeat(MEMBER_NAME_MAX)}  `, 'A'.repeat(MEMBER_NAME_MAX), null],
  ] as const)('%j is stored as %j (%s)', (input, stored, problem) => {
    expect(cleanName(input)).toBe(stored)
    expect(nameProblem(input)).toBe(problem)
  })
})

describe('memberProgress', () => {
  it.each([
    ['no rows assigned', [], {}, byItem(), { assigned: 0, answered: 0, withEvidence: 0, evidence: 0 }],
    [
      'blank text and no value are not answers; 0 points and "not met" are',
      ['r1', 'r2', 'r3', 'r4'],
      { r1: answer('r1', ' '), r2: answer('r2', 0), r3: answer('r3', null), r4: answer('r4', false) },
      byItem(),
      { assigned: 4, answered: 2, withEvidence: 0, evidence: 0 },
    ],
    [
      'evidence on two assigned rows counts once',
      ['r1', 'r2', 'r3'],
      {},
      byItem(evidence('x', ['r1', 'r2'])),
      { assigned: 3, answered: 0, withEvidence: 2, evidence: 1 },
    ],
    [
      'evidence on rows not assigned is not counted',
      ['r1'],
      { r2: answer('r2', 5) },
      byItem(evidence('x', ['r2']), evidence('y', ['r1', 'r2'])),
      { assigned: 1, answered: 0, withEvidence: 1, evidence: 1 },
    ],
  ] as const)('%s', (_, itemIds, answers, evidenceByItem, expected) => {
    expect(memberProgress(itemIds, answers, evidenceByItem)).toEqual(expected)
  })
})

describe('compareMembers: the team order', () => {
  const m = (role: MemberRole, name: string) => ({ role, name })
  it.each<[string, { role: MemberRole; name: string }[], string[]]>([
    ['role first, the principal at the top', [m('teacher', 'An'), m('principal', 'Yến'), m('vice-principal', 'Bình')], ['Yến', 'Bình', 'An']],
    ['every role in its place', [m('staff', 'A'), m('teacher', 'B'), m('group-leader', 'C'), m('vice-principal', 'D'), m('principal', 'E')], ['E', 'D', 'C', 'B', 'A']],
    ['then the name as Vietnamese sorts it', [m('teacher', 'Đức'), m('teacher', 'Dung'), m('teacher', 'Anh')], ['Anh', 'Dung', 'Đức']],
  ])('%s', (_why, members, names) => {
    expect([...members].sort(compareMembers).map((x) => x.name)).toEqual(names)
  })
})
