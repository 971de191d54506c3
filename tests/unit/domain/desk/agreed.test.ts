import { describe, expect, it } from 'vitest'
import { agreedResult } from '@/domain'
import { tinySet } from '../../../builders/criteriaSet'
import { deskDecision, deskSubmission, submission } from '../../../builders/submission'

const first = deskSubmission('r1', submission())
const second = deskSubmission('r1', submission({ revision: 2 }))
const accepted = deskDecision(first, 'accepted', { rows: [{ itemId: 'B2.2', score: 40, comment: 'Chỉ 2 phân hệ' }] })

describe('the result that counts for a school', () => {
  it.each<{ why: string; current: typeof first | undefined; decisions: ReturnType<typeof deskDecision>[]; reviewStarted?: boolean; source: string; status: string; b: number | null }>([
    { why: 'nothing submitted', current: undefined, decisions: [], source: 'none', status: 'not-submitted', b: null },
    { why: 'submitted: its own', current: first, decisions: [], source: 'self-assessed', status: 'submitted', b: 60 },
    { why: 'under review: still its own', current: first, decisions: [], reviewStarted: true, source: 'self-assessed', status: 'under-review', b: 60 },
    { why: 'returned: its own, marked returned', current: first, decisions: [deskDecision(first, 'returned')], source: 'self-assessed', status: 'returned', b: 60 },
    { why: 'accepted: the reviewed scores', current: first, decisions: [accepted], source: 'reviewed', status: 'accepted', b: 40 },
    { why: 'a decision on an older revision does not count', current: second, decisions: [accepted], source: 'self-assessed', status: 'submitted', b: 60 },
  ])('$why', ({ current, decisions, reviewStarted, source, status, b }) => {
    const r = agreedResult(tinySet(), current, decisions, reviewStarted)
    expect([r.source, r.status]).toEqual([source, status])
    expect(r.source === 'none' ? null : r.score.groups[1]?.points).toBe(b)
  })

  it('keeps the school’s own score beside the reviewed one', () => {
    const r = agreedResult(tinySet(), first, [accepted])
    expect(r.source !== 'none' && [r.selfScore.groups[1]?.points, r.score.groups[1]?.points, r.score.groups[1]?.level]).toEqual([60, 40, 1])
  })
})
