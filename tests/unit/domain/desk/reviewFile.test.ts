import { describe, expect, it } from 'vitest'
import { checkReviewAgainst, parseReviewFileData, reviewFileData, type DeskReviewRow, type ReviewAssignment } from '@/domain'

const A = 'a'.repeat(64)
const B = 'b'.repeat(64)
const assignment: ReviewAssignment = {
  id: 'as1',
  campaignId: 'c1',
  reviewer: { id: 'rv1', name: 'Trần Thu Hiền' },
  schools: [
    { rosterId: 'r1', sha256: A, baseline: [] },
    { rosterId: 'r2', sha256: B, baseline: [] },
  ],
  createdAt: '2026-06-01T00:00:00.000Z',
}
const row = (sha256: string, itemId: string, score: DeskReviewRow['score'], comment = ''): DeskReviewRow => ({ sha256, itemId, score, comment, updatedAt: '2026-06-02T00:00:00.000Z' })
const made = () => reviewFileData(assignment, [row(A, '2.1', 3, 'Đủ'), row(A, '1.1', null, 'Thiếu ảnh'), row('c'.repeat(64), '1.1', 5)], '2026-06-03T00:00:00.000Z')

describe('the review file a reviewer sends back', () => {
  it('holds every assigned school, its rows on the assigned submission in item order, and nothing else', () => {
    expect(made()).toEqual({
      assignmentId: 'as1',
      campaignId: 'c1',
      reviewer: { id: 'rv1', name: 'Trần Thu Hiền' },
      reviewedAt: '2026-06-03T00:00:00.000Z',
      schools: [
        {
          rosterId: 'r1',
          sha256: A,
          rows: [
            { itemId: '1.1', score: null, comment: 'Thiếu ảnh' },
            { itemId: '2.1', score: 3, comment: 'Đủ' },
          ],
        },
        { rosterId: 'r2', sha256: B, rows: [] },
      ],
    })
  })

  it('reads back what it made, through JSON', () => {
    expect(parseReviewFileData(JSON.parse(JSON.stringify(made())))).toEqual({ ok: true, value: made() })
  })

  it.each<{ why: string; change: (d: Record<string, unknown>) => unknown; code: string }>([
    { why: 'not an object', change: () => [], code: 'invalid-field' },
    { why: 'an unknown field', change: (d) => ({ ...d, extra: 1 }), code: 'invalid-field' },
    { why: 'a reviewer without a name', change: (d) => ({ ...d, reviewer: { id: 'rv1', name: '' } }), code: 'invalid-field' },
    { why: 'a hash that is not one', change: (d) => ({ ...d, schools: [{ rosterId: 'r1', sha256: 'XYZ', rows: [] }] }), code: 'invalid-field' },
    { why: 'a score of the wrong type', change: (d) => ({ ...d, schools: [{ rosterId: 'r1', sha256: A, rows: [{ itemId: '1.1', score: {}, comment: '' }] }] }), code: 'invalid-field' },
    { why: 'a school twice', change: (d) => ({ ...d, schools: [{ rosterId: 'r1', sha256: A, rows: [] }, { rosterId: 'r1', sha256: A, rows: [] }] }), code: 'duplicate-id' },
    {
      why: 'a chỉ số twice for one school',
      change: (d) => ({ ...d, schools: [{ rosterId: 'r1', sha256: A, rows: [{ itemId: '1.1', score: 1, comment: '' }, { itemId: '1.1', score: 2, comment: '' }] }] }),
      code: 'duplicate-id',
    },
    { why: 'an id with a path in it', change: (d) => ({ ...d, assignmentId: '../x' }), code: 'invalid-field' },
  ])('refuses $why', ({ change, code }) => {
    const r = parseReviewFileData(change(JSON.parse(JSON.stringify(made())) as Record<string, unknown>))
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toContain(code)
  })

  it.each<{ why: string; against: ReviewAssignment | undefined; refused: boolean }>([
    { why: 'its own assignment', against: assignment, refused: false },
    { why: 'no assignment of that id on this desk', against: undefined, refused: true },
    { why: 'another assignment', against: { ...assignment, id: 'as2' }, refused: true },
    { why: 'another campaign', against: { ...assignment, campaignId: 'c2' }, refused: true },
    { why: 'the schools were given to someone else', against: { ...assignment, reviewer: { id: 'rv2', name: 'Lê Văn Nam' } }, refused: true },
  ])('checked against $why', ({ against, refused }) => {
    expect(checkReviewAgainst(made(), against).length > 0).toBe(refused)
  })
})
