import { describe, expect, it } from 'vitest'
import { canonicalCriteriaSet, canonicalSubmission, submissionContent, type Answer, type Evidence } from '@/domain'
import { assessment } from '../../../builders/assessment'
import { tinySet, tinySetJson } from '../../../builders/criteriaSet'
import { aSchool } from '../../../builders/school'
import { FULL_ANSWERS, sha256, submission, TINY_SET_SHA } from '../../../builders/submission'

const approved = assessment({
  id: 'a1',
  setId: 'tiny',
  status: 'approved',
  approval: { date: '2026-05-10', decisionNumber: '12/QĐ-TH', approvedAt: '2026-05-10T02:00:00.000Z' },
})
const row = (itemId: string, value: Answer['value'], over: Partial<Answer> = {}): Answer => ({ assessmentId: 'a1', itemId, value, note: '', updatedAt: '2026-05-01T00:00:00.000Z', ...over })
const evidence = (over: Partial<Evidence>): Evidence => ({
  id: 'e1',
  assessmentId: 'a1',
  code: 'MC1.1.01',
  title: 'Kế hoạch',
  kind: 'document',
  itemIds: ['A1'],
  addedAt: '2026-04-01T00:00:00.000Z',
  updatedAt: '2026-04-01T00:00:00.000Z',
  ...over,
})
const source = (over: Partial<Parameters<typeof submissionContent>[0]> = {}) => ({
  school: aSchool({ code: 'TH01' }),
  assessment: approved,
  set: tinySet(),
  setSha256: TINY_SET_SHA,
  answers: [row('B2.2', 60, { note: 'Có phân hệ' }), row('A1', true), row('A2.1', 40), row('zz', 5), row('A2.2', null), row('B1', true, { assessmentId: 'other' })],
  evidence: [],
  fileSha256: new Map<string, string>(),
  ...over,
})

describe('the submission content', () => {
  it('holds every answered row of the assessment in the set order, with its note', () => {
    const r = submissionContent(source())
    expect(r.ok && r.content.answers).toEqual([
      { itemId: 'A1', value: true, note: '' },
      { itemId: 'A2.1', value: 40, note: '' },
      { itemId: 'B2.2', value: 60, note: 'Có phân hệ' },
    ])
  })

  it('names the set with the hash of its content and declares the totals the answers give', () => {
    const r = submissionContent(source())
    if (!r.ok) throw new Error('refused')
    expect(r.content.set).toEqual({ setId: 'tiny', version: '1.0.0', sha256: TINY_SET_SHA })
    expect(r.content.declared).toEqual({
      groups: [
        { id: 'A', points: 40, level: 1 },
        { id: 'B', points: 60, level: 2 },
      ],
      answered: 3,
      total: 6,
    })
    expect(r.content.assessment).toEqual({ id: 'a1', schoolYear: '2025-2026', revision: 1, approval: { date: '2026-05-10', decisionNumber: '12/QĐ-TH' } })
  })

  it('lists the evidence in code order, each file with its SHA-256; a file gone from the device is described without it', () => {
    const r = submissionContent(
      source({
        evidence: [
          evidence({ id: 'e2', code: 'MC1.2.10', kind: 'photo', file: { id: 'f2', mime: 'image/jpeg', size: 10, name: 'b.jpg' }, capturedAt: '2026-04-02T01:00:00.000Z' }),
          evidence({ id: 'e1', code: 'MC1.2.2', kind: 'photo', file: { id: 'f1', mime: 'image/jpeg', size: 20, name: 'a.jpg' } }),
          evidence({ id: 'e3', code: 'MC1.1.01', kind: 'paper', paper: { number: '5/KH', date: '2026-01-05', issuer: 'Trường', summary: 'Kế hoạch' } }),
          evidence({ id: 'e4', code: 'MC9.9.01', assessmentId: 'other' }),
        ],
        fileSha256: new Map([['f2', 'b'.repeat(64)]]),
      }),
    )
    if (!r.ok) throw new Error('refused')
    expect(r.content.evidence.map((e) => e.code)).toEqual(['MC1.1.01', 'MC1.2.2', 'MC1.2.10'])
    expect(r.content.evidence[2]?.file).toEqual({ id: 'f2', mime: 'image/jpeg', size: 10, name: 'b.jpg', sha256: 'b'.repeat(64) })
    expect(r.content.evidence[1]?.file).toBeUndefined()
    expect(r.missingFiles).toEqual(['MC1.2.2'])
    expect(r.content.evidence[0]?.paper?.number).toBe('5/KH')
  })

  it.each(['draft', 'approved', 'submitted'] as const)('a %s assessment can be submitted only once approved', (status) => {
    const r = submissionContent(source({ assessment: { ...approved, status } }))
    expect(r.ok).toBe(status !== 'draft')
  })
})

describe('its canonical form', () => {
  it('is the same however many times it is made: no time of making, no saving time of a row', () => {
    const once = submissionContent(source())
    const again = submissionContent(source({ answers: source().answers.map((a) => ({ ...a, updatedAt: '2026-05-30T00:00:00.000Z' })) }))
    expect(once.ok && again.ok && canonicalSubmission(once.content)).toBe(once.ok && again.ok && canonicalSubmission(again.content))
  })

  it('is the same for a note typed in decomposed Unicode, and changes with any answer or note', () => {
    const nfc = submission({ notes: { A1: 'Đã ban hành kế hoạch' } })
    const nfd = submission({ notes: { A1: 'Đã ban hành kế hoạch'.normalize('NFD') } })
    expect(sha256(canonicalSubmission(nfd))).toBe(sha256(canonicalSubmission(nfc)))
    expect(sha256(canonicalSubmission(submission({ notes: { A1: 'Đã ban hành kế hoạch.' } })))).not.toBe(sha256(canonicalSubmission(nfc)))
    expect(sha256(canonicalSubmission(submission({ answers: { ...FULL_ANSWERS, 'A2.2': 49.5 } })))).not.toBe(sha256(canonicalSubmission(submission())))
  })

  it('of a criteria set does not depend on the order the file wrote its keys in', () => {
    const reversed = JSON.parse(JSON.stringify(tinySetJson()), (_k, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    ) as ReturnType<typeof tinySet>
    expect(JSON.stringify(reversed)).not.toBe(JSON.stringify(tinySet()))
    expect(canonicalCriteriaSet(reversed)).toBe(canonicalCriteriaSet(tinySet()))
    expect(canonicalCriteriaSet(tinySet({ version: '1.0.1' }))).not.toBe(canonicalCriteriaSet(tinySet()))
  })
})
