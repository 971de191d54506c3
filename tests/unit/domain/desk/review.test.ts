import { describe, expect, it } from 'vitest'
import {
  assignableRows,
  deskRows,
  planReviewMerge,
  resolveReviewMerge,
  reviewKey,
  type DeskReviewRow,
  type ReviewAssignment,
  type ReviewRow,
} from '@/domain'
import { deskDecision, deskSubmission, rosterSchool, submission } from '../../../builders/submission'

const SHA = 'a'.repeat(64)
const row = (itemId: string, score: ReviewRow['score'], comment = ''): ReviewRow => ({ itemId, score, comment })
const D = '2026-06-02T01:00:00.000Z' // the desk's own later change
const assignment = (baseline: ReviewRow[], over: Partial<ReviewAssignment> = {}): ReviewAssignment => ({
  id: 'as1',
  campaignId: 'c1',
  reviewer: { id: 'rv1', name: 'Trần Thu Hà' },
  schools: [{ rosterId: 'r1', sha256: SHA, baseline }],
  createdAt: '2026-06-01T00:00:00.000Z',
  ...over,
})
const deskRow = (r: ReviewRow): DeskReviewRow => ({ ...r, sha256: SHA, updatedAt: D })

/** One reviewed row (item `x`) in every combination of baseline, desk and reviewer. */
function plan1(b: ReviewRow | null, d: ReviewRow | null, r: ReviewRow) {
  return planReviewMerge({
    assignment: assignment(b ? [b] : []),
    reviewed: [{ rosterId: 'r1', sha256: SHA, rows: [r] }],
    desk: d ? [deskRow(d)] : [],
    currentOf: new Map([['r1', SHA]]),
    reviewedAt: '2026-06-03T00:00:00.000Z',
  })
}
const outcome = (p: ReturnType<typeof plan1>) => (p.conflicts.length ? 'conflict' : p.take.length ? 'take' : p.unchanged ? 'unchanged' : 'none')

describe('consolidating reviews (as the team merge)', () => {
  it.each<{ why: string; b: ReviewRow | null; d: ReviewRow | null; r: ReviewRow; expected: string }>([
    { why: 'the reviewer did not change it', b: row('x', 4), d: row('x', 4), r: row('x', 4), expected: 'unchanged' },
    { why: 'only the reviewer scored it', b: null, d: null, r: row('x', 4), expected: 'take' },
    { why: 'only the reviewer commented', b: row('x', 4), d: row('x', 4), r: row('x', 4, 'Thiếu ảnh'), expected: 'take' },
    { why: 'only the desk changed it', b: row('x', 4), d: row('x', 6), r: row('x', 4), expected: 'unchanged' },
    { why: 'both changed it alike (comment spacing aside)', b: null, d: row('x', 6, 'Đủ'), r: row('x', 6, ' Đủ '), expected: 'unchanged' },
    { why: 'both changed it differently', b: row('x', 4), d: row('x', 6), r: row('x', 2), expected: 'conflict' },
    { why: 'both scored a row nobody had', b: null, d: row('x', 6), r: row('x', 2), expected: 'conflict' },
    { why: 'comments that differ', b: null, d: row('x', null, 'A'), r: row('x', null, 'B'), expected: 'conflict' },
  ])('$why → $expected', ({ b, d, r, expected }) => {
    expect(outcome(plan1(b, d, r))).toBe(expected)
  })

  it('takes rows as the reviewer’s, at the time of the review', () => {
    const p = plan1(null, null, row('x', 4, 'Đạt'))
    expect(p.take).toEqual([{ sha256: SHA, itemId: 'x', score: 4, comment: 'Đạt', by: 'rv1', updatedAt: '2026-06-03T00:00:00.000Z' }])
    expect(p.expected).toEqual({ [reviewKey(SHA, 'x')]: null })
  })

  it.each<{ why: string; reviewedSha: string; current: string; rosterId: string }>([
    { why: 'the school submitted again since', reviewedSha: SHA, current: 'b'.repeat(64), rosterId: 'r1' },
    { why: 'the review is of another submission than the one assigned', reviewedSha: 'c'.repeat(64), current: 'c'.repeat(64), rosterId: 'r1' },
    { why: 'the school was not assigned to this reviewer', reviewedSha: SHA, current: SHA, rosterId: 'r9' },
  ])('does not merge a school when $why', ({ reviewedSha, current, rosterId }) => {
    const p = planReviewMerge({
      assignment: assignment([]),
      reviewed: [{ rosterId, sha256: reviewedSha, rows: [row('x', 4)] }],
      desk: [],
      currentOf: new Map([[rosterId, current]]),
      reviewedAt: D,
    })
    expect(p.stale).toEqual([{ rosterId, sha256: reviewedSha }])
    expect(p.take).toEqual([])
  })

  it('writes the secretary’s choices; a conflict left open keeps the desk’s row', () => {
    const p = planReviewMerge({
      assignment: assignment([row('x', 4), row('y', 4)]),
      reviewed: [{ rosterId: 'r1', sha256: SHA, rows: [row('x', 2), row('y', 1), row('z', 3)] }],
      desk: [deskRow(row('x', 6)), deskRow(row('y', 5))],
      currentOf: new Map([['r1', SHA]]),
      reviewedAt: D,
    })
    expect(p.conflicts.map((c) => c.itemId)).toEqual(['x', 'y'])
    const r = resolveReviewMerge(p, { [reviewKey(SHA, 'x')]: 'reviewer' })
    expect(r.rows.map((x) => [x.itemId, x.score])).toEqual([
      ['z', 3],
      ['x', 2],
    ])
    expect(r.unresolved).toEqual([reviewKey(SHA, 'y')])
    expect(r.expected).toEqual({ [reviewKey(SHA, 'z')]: null, [reviewKey(SHA, 'x')]: D })
  })
})

describe('assigning schools to a reviewer', () => {
  const roster = [
    rosterSchool({ id: 'r1', kind: 'tieu-hoc' }),
    rosterSchool({ id: 'r2', kind: 'thcs' }),
    rosterSchool({ id: 'r3', kind: 'tieu-hoc' }),
    rosterSchool({ id: 'r4', kind: 'tieu-hoc' }),
  ]
  const s1 = deskSubmission('r1', submission({ school: { id: 'd1' } }))
  const s2 = deskSubmission('r2', submission({ school: { id: 'd2' } }))
  const s4 = deskSubmission('r4', submission({ school: { id: 'd4' } }))
  const rows = deskRows({ roster, submissions: [s1, s2, s4], decisions: [deskDecision(s4, 'accepted')], reviewStarted: new Set(), deadline: '2026-05-31', utcOffsetMinutes: 420 })

  it.each<{ why: string; by: Parameters<typeof assignableRows>[1]; expected: string[] }>([
    { why: 'by school kind: submitted and undecided only', by: { kinds: ['tieu-hoc'] }, expected: ['r1'] },
    { why: 'one by one', by: { rosterIds: ['r2', 'r3'] }, expected: ['r2'] },
    { why: 'all that can be reviewed', by: {}, expected: ['r1', 'r2'] },
  ])('$why', ({ by, expected }) => {
    expect(assignableRows(rows, by).map((r) => r.school.id)).toEqual(expected)
  })
})
