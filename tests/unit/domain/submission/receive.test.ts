import { describe, expect, it } from 'vitest'
import { canSubmit, markSubmitted, receiveDecision, submissionTime, reportStatus, reviewComments, type Assessment, type DecisionContent } from '@/domain'
import { assessment } from '../../../builders/assessment'

const SHA = 'a'.repeat(64)
const submitted = (over: Partial<Assessment> = {}) =>
  assessment({ id: 'a1', schoolId: 's1', status: 'submitted', submission: { sha256: SHA, submittedAt: '2026-05-20T03:00:00.000Z' }, ...over })

const decision = (d: 'returned' | 'accepted', over: Partial<DecisionContent['submission']> = {}, decidedAt = '2026-06-01T03:00:00.000Z'): DecisionContent => ({
  submission: { sha256: SHA, schoolId: 's1', schoolName: 'Trường A', schoolCode: '', assessmentId: 'a1', revision: 1, schoolYear: '2025-2026', setId: 'tiny', version: '1.0.0', ...over },
  decision: d,
  reason: d === 'returned' ? 'Thiếu minh chứng' : '',
  rows: [{ itemId: 'A1', score: null, comment: 'Bổ sung ảnh' }],
  reviewed: d === 'accepted' ? { groups: [{ id: 'A', points: 80, level: 3 }], answered: 6, total: 6 } : null,
  unit: { name: 'Phòng Văn hóa – Xã hội', headName: 'Lê Văn Bình' },
  decidedAt,
})
const NOW = '2026-06-02T00:00:00.000Z'

describe('which assessments can be submitted', () => {
  it.each<{ status: Assessment['status']; amends?: string; want: boolean }>([
    { status: 'draft', want: false },
    { status: 'draft', amends: 'a0', want: false },
    { status: 'approved', want: true },
    { status: 'submitted', want: true },
  ])('$status (amends: $amends) → $want', ({ status, amends, want }) => {
    const a = assessment({ status, ...(amends ? { amends } : {}) })
    expect(canSubmit(a)).toBe(want)
    expect(markSubmitted(a, SHA, NOW).ok).toBe(want)
  })
})

describe('when a submission counts as made', () => {
  const FIRST = '2026-05-20T03:00:00.000Z'
  it.each<{ why: string; earlier?: { sha256: string; submittedAt: string }; want: string }>([
    { why: 'never submitted: now', want: NOW },
    { why: 'the same content again: its first time', earlier: { sha256: SHA, submittedAt: FIRST }, want: FIRST },
    { why: 'other content (answers changed): now', earlier: { sha256: 'b'.repeat(64), submittedAt: FIRST }, want: NOW },
  ])('$why', ({ earlier, want }) => {
    expect(submissionTime(earlier, SHA, NOW)).toBe(want)
  })
})

describe('marking an assessment submitted', () => {
  it('keeps the first time for the same content, and refuses a draft', () => {
    const a = assessment({ status: 'approved' })
    const first = markSubmitted(a, SHA, '2026-05-20T03:00:00.000Z')
    if (!first.ok) throw new Error('refused')
    expect(first.value).toMatchObject({ status: 'submitted', submission: { sha256: SHA, submittedAt: '2026-05-20T03:00:00.000Z' } })
    const again = markSubmitted(first.value, SHA, '2026-05-25T03:00:00.000Z')
    expect(again.ok && again.value.submission?.submittedAt).toBe('2026-05-20T03:00:00.000Z')
    expect(markSubmitted(assessment({ status: 'draft' }), SHA, NOW).ok).toBe(false)
  })
})

describe('taking a decision on the school’s phone', () => {
  it.each<{ why: string; d: DecisionContent; list: () => Assessment[]; want: string }>([
    { why: 'a return opens a new revision', d: decision('returned'), list: () => [submitted()], want: 'record+open' },
    { why: 'a return when the new revision is already open', d: decision('returned'), list: () => [submitted(), assessment({ id: 'a2', schoolId: 's1', amends: 'a1', revision: 2 })], want: 'record' },
    { why: 'an acceptance', d: decision('accepted'), list: () => [submitted()], want: 'record' },
    { why: 'the same file twice', d: decision('returned'), list: () => [submitted({ review: { ...decision('returned'), receivedAt: NOW } })], want: 'duplicate' },
    { why: 'an older decision after a newer one', d: decision('returned', {}, '2026-05-30T00:00:00.000Z'), list: () => [submitted({ review: { ...decision('accepted'), receivedAt: NOW } })], want: 'duplicate' },
    { why: 'another school', d: decision('returned', { schoolId: 's2' }), list: () => [submitted()], want: 'wrong-school' },
    { why: 'an assessment this phone does not have', d: decision('returned', { assessmentId: 'zz' }), list: () => [submitted()], want: 'wrong-assessment' },
    { why: 'content other than what this phone submitted', d: decision('returned', { sha256: 'b'.repeat(64) }), list: () => [submitted()], want: 'wrong-assessment' },
  ])('$why', ({ d, list, want }) => {
    const r = receiveDecision(d, 's1', list(), NOW)
    const got = !r.ok ? (r.errors[0]?.code ?? '') : r.value.kind === 'duplicate' ? 'duplicate' : r.value.openRevision ? 'record+open' : 'record'
    expect(got).toBe(want)
  })

  it('keeps the decision, its reason and comments, and the status follows it', () => {
    const r = receiveDecision(decision('returned'), 's1', [submitted()], NOW)
    if (!r.ok || r.value.kind !== 'record') throw new Error('not recorded')
    expect(r.value.assessment.review).toMatchObject({ decision: 'returned', reason: 'Thiếu minh chứng', receivedAt: NOW })
    expect(reportStatus(r.value.assessment)).toBe('returned')
    const next = assessment({ id: 'a2', amends: 'a1', revision: 2 })
    expect([...reviewComments(next, [r.value.assessment, next])]).toEqual([['A1', 'Bổ sung ảnh']])
  })

  it.each<{ a: Partial<Assessment>; want: string }>([
    { a: { status: 'approved' }, want: 'not-submitted' },
    { a: { status: 'submitted', submission: { sha256: SHA, submittedAt: NOW } }, want: 'submitted' },
    { a: { status: 'submitted', submission: { sha256: SHA, submittedAt: NOW }, review: { ...decision('accepted'), receivedAt: NOW } }, want: 'accepted' },
  ])('status $want', ({ a, want }) => expect(reportStatus(assessment(a))).toBe(want))
})
