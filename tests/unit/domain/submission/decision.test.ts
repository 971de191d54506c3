import { describe, expect, it } from 'vitest'
import { makeDecision, reviewedScore, reviewedValues, type Decision, type DecisionInput, type ReviewRow } from '@/domain'
import { tinySet } from '../../../builders/criteriaSet'
import { contentSha, FULL_ANSWERS, submission } from '../../../builders/submission'

const content = submission()
const input = (decision: Decision, reason: string, rows: ReviewRow[]): DecisionInput => ({
  sha256: contentSha(content),
  content,
  set: tinySet(),
  decision,
  reason,
  rows,
  unit: { name: 'Phòng Văn hóa – Xã hội', headName: 'Lê Văn Bình' },
  decidedAt: '2026-06-01T03:00:00.000Z',
})
const r = (itemId: string, score: ReviewRow['score'], comment = ''): ReviewRow => ({ itemId, score, comment })

describe('return and acceptance rules', () => {
  it.each<{ why: string; decision: Decision; reason: string; rows: ReviewRow[]; problems: string[] }>([
    { why: 'a return needs a reason', decision: 'returned', reason: '', rows: [], problems: ['reason-required'] },
    { why: 'a reason of spaces is no reason', decision: 'returned', reason: '   ', rows: [], problems: ['reason-required'] },
    { why: 'a return with a reason', decision: 'returned', reason: 'Bổ sung minh chứng 1.3', rows: [], problems: [] },
    { why: 'an acceptance needs no reason', decision: 'accepted', reason: '', rows: [], problems: [] },
    { why: 'a reviewed score above the row’s maximum', decision: 'accepted', reason: '', rows: [r('A2.1', 41)], problems: ['invalid-score'] },
    { why: 'a reviewed score off the row’s step', decision: 'accepted', reason: '', rows: [r('A2.1', 20.5)], problems: ['invalid-score'] },
    { why: 'a yes/no row scored with points', decision: 'accepted', reason: '', rows: [r('A1', 1)], problems: ['invalid-score'] },
    { why: 'a row the set does not have', decision: 'accepted', reason: '', rows: [r('Z9', 1)], problems: ['unknown-item'] },
    { why: 'a return ignores scores (the school amends and submits again)', decision: 'returned', reason: 'Sửa', rows: [r('A2.1', 999)], problems: [] },
  ])('$why', ({ decision, reason, rows, problems }) => {
    const made = makeDecision(input(decision, reason, rows))
    expect(made.ok ? [] : made.problems.map((p) => p.code)).toEqual(problems)
  })

  it('a return carries the reason and the comments beside rows, never scores', () => {
    const made = makeDecision(input('returned', '  Thiếu minh chứng cho chỉ số 2.2 ', [r('B2.2', 30, 'Chưa có ảnh phòng máy'), r('A1', null, ''), r('A2.1', null, ' Đủ ')]))
    if (!made.ok) throw new Error('refused')
    expect(made.value.reason).toBe('Thiếu minh chứng cho chỉ số 2.2')
    expect(made.value.rows).toEqual([r('A2.1', null, 'Đủ'), r('B2.2', null, 'Chưa có ảnh phòng máy')])
    expect(made.value.reviewed).toBeNull()
    expect(made.value.submission).toMatchObject({ sha256: contentSha(content), assessmentId: content.assessment.id, revision: 1, schoolCode: 'TH01' })
  })

  it('an acceptance carries the reviewed scores and the reviewed totals, recomputed', () => {
    const made = makeDecision(input('accepted', '', [r('B2.2', 40, 'Chỉ có 2 phân hệ'), r('A2.2', 60)]))
    if (!made.ok) throw new Error('refused')
    expect(made.value.rows).toEqual([r('A2.2', 60), r('B2.2', 40, 'Chỉ có 2 phân hệ')])
    expect(made.value.reviewed?.groups).toEqual([
      { id: 'A', points: 100, level: 3 },
      { id: 'B', points: 40, level: 1 },
    ])
  })
})

describe('the reviewed result', () => {
  it('is the school’s answers with each scored row replaced; unscored rows keep the school’s value', () => {
    const values = reviewedValues(content, [r('A2.1', 20), r('A2.2', null, 'Đồng ý'), r('B1', false)])
    expect(values).toEqual({ ...FULL_ANSWERS, 'A2.1': 20, B1: false })
    const score = reviewedScore(tinySet(), content, [r('B1', false)])
    // An unmet condition caps the group at level 1 (the test set's rule).
    expect(score.groups[1]).toMatchObject({ points: 60, level: 1, capped: true })
  })
})
