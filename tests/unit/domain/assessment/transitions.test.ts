import { describe, expect, it } from 'vitest'
import { amendAssessment, approveAssessment, carriedIntoRevision, copyAnswers, type Answer, type Assessment, type Evidence, type Member } from '@/domain'
import { assessment } from '../../../builders/assessment'
import { tinySet } from '../../../builders/criteriaSet'

const NOW = '2026-05-20T08:00:00.000Z'
const approved: Assessment = {
  ...assessment({ status: 'approved', revision: 2 }),
  approval: { date: '2026-05-19', decisionNumber: '12/QĐ-THVTS', approvedAt: '2026-05-19T09:00:00.000Z' },
}

describe('approveAssessment', () => {
  it.each([
    ['keeps the decision as typed, tidied', { date: '2026-05-20', decisionNumber: '  12/QĐ-THVTS '.normalize('NFD') }, { date: '2026-05-20', decisionNumber: '12/QĐ-THVTS', approvedAt: NOW }],
    ['records the copied rows the head reviewed', { date: '2026-05-20', decisionNumber: '7', copiedReviewed: 3 }, { date: '2026-05-20', decisionNumber: '7', approvedAt: NOW, copiedReviewed: 3 }],
    ['leaves out a count of none', { date: '2026-05-20', decisionNumber: '7', copiedReviewed: 0 }, { date: '2026-05-20', decisionNumber: '7', approvedAt: NOW }],
  ])('%s', (_why, input, approval) => {
    const next = approveAssessment(assessment(), input, NOW)
    expect(next).toEqual({ ...assessment(), status: 'approved', approval, updatedAt: NOW })
  })
})

describe('amendAssessment', () => {
  it.each<[string, Partial<Assessment>]>([
    ['an approved revision', {}],
    ['a submitted one, whose decision came back', { status: 'submitted', submission: { hash: 'ab'.repeat(32), firstMadeAt: NOW } as never, review: { decision: 'returned' } as never }],
  ])('opens a new draft revision of %s, without its approval, submission or decision', (_why, over) => {
    const old = { ...approved, ...over }
    const next = amendAssessment(old, 'a2', NOW)
    expect(next).toEqual({ ...assessment(), id: 'a2', status: 'draft', revision: 3, amends: 'a1', createdAt: NOW, updatedAt: NOW })
    expect(old.approval).toBeDefined()
  })
})

describe('carriedIntoRevision', () => {
  it('carries the team and the evidence under new ids, without the sent times', () => {
    const next = amendAssessment(approved, 'a2', NOW)
    const member: Member = { id: 'm1', assessmentId: 'a1', name: 'Lan', role: 'teacher', itemIds: ['A1'], createdAt: NOW, sentAt: NOW }
    const evidence = { id: 'e1', assessmentId: 'a1', code: 'MC1', kind: 'paper', title: 'Kế hoạch', itemIds: ['A1'], addedAt: NOW } as Evidence
    let n = 0
    const carried = carriedIntoRevision({ members: [member], evidence: [evidence] }, next, () => `new${++n}`)
    expect(carried).toEqual({
      members: [{ id: 'new1', assessmentId: 'a2', name: 'Lan', role: 'teacher', itemIds: ['A1'], createdAt: NOW }],
      evidence: [{ ...evidence, id: 'new2', assessmentId: 'a2' }],
    })
  })
})

describe('copyAnswers', () => {
  const answer = (itemId: string, value: Answer['value']): Answer => ({ assessmentId: 'old', itemId, value, note: 'n', updatedAt: 'then' })
  const to = assessment({ id: 'a9', createdAt: NOW, setId: 'tiny' })
  it.each<[string, boolean, boolean, string[], boolean]>([
    ['last year: rows the set still has, marked copied', true, true, ['A1', 'A2.1'], true],
    ['an amendment: every row, not marked', false, false, ['A1', 'A2.1', 'Z9'], false],
  ])('%s', (_why, withSet, markCopied, ids, copied) => {
    const out = copyAnswers([answer('A1', true), answer('A2.1', 10), answer('Z9', 1)], to, withSet ? tinySet() : undefined, markCopied)
    expect(out.map((a) => a.itemId)).toEqual(ids)
    for (const a of out) {
      expect(a).toMatchObject({ assessmentId: 'a9', updatedAt: NOW, note: 'n' })
      expect(a.copied === true).toBe(copied)
    }
  })
})
