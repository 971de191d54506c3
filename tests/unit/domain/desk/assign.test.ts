import { describe, expect, it } from 'vitest'
import { assignableRows, assignedElsewhere, deskRows, makeAssignment, reviewedBy, type DeskReviewRow, type ReviewAssignment } from '@/domain'
import { deskDecision, deskSubmission, rosterSchool, submission } from '../../../builders/submission'

const roster = [
  rosterSchool({ id: 'r1', kind: 'tieu-hoc' }),
  rosterSchool({ id: 'r2', kind: 'thcs' }),
  rosterSchool({ id: 'r3', kind: 'tieu-hoc' }),
  rosterSchool({ id: 'r4', kind: 'tieu-hoc' }),
]
const s1 = deskSubmission('r1', submission({ school: { id: 'd1' } }))
const s2 = deskSubmission('r2', submission({ school: { id: 'd2' } }))
const s4 = deskSubmission('r4', submission({ school: { id: 'd4' } }))
const rows = deskRows({
  roster,
  submissions: [s1, s2, s4],
  decisions: [deskDecision(s4, 'accepted')],
  reviewStarted: new Set(),
  deadline: '2026-05-31',
  utcOffsetMinutes: 420,
})
const deskRow = (sha256: string, itemId: string, over: Partial<DeskReviewRow> = {}): DeskReviewRow => ({ sha256, itemId, score: 4, comment: '', updatedAt: '2026-06-01T00:00:00.000Z', ...over })
const hien = { id: 'rv1', name: 'Trần Thu Hiền' }
const nam = { id: 'rv2', name: 'Lê Văn Nam' }

describe('handing schools to a reviewer', () => {
  it.each<{ why: string; by: Parameters<typeof assignableRows>[1]; expected: string[] }>([
    { why: 'by school kind: submitted and undecided only', by: { kinds: ['tieu-hoc'] }, expected: ['r1'] },
    { why: 'one by one', by: { rosterIds: ['r2', 'r3', 'r4'] }, expected: ['r2'] },
    { why: 'everything open', by: {}, expected: ['r1', 'r2'] },
  ])('$why', ({ by, expected }) => {
    const a = makeAssignment({ id: 'as1', campaignId: 'c1', reviewer: hien, rows: assignableRows(rows, by), desk: [], createdAt: '2026-06-01T00:00:00.000Z' })
    expect(a.schools.map((s) => s.rosterId)).toEqual(expected)
  })

  it('records each school’s current submission and the desk’s rows on it, in item order, as the baseline', () => {
    const desk = [deskRow(s1.sha256, 'B2', { comment: 'Xem lại', by: 'rv9' }), deskRow(s1.sha256, 'A1', { score: null, comment: 'Thiếu' }), deskRow('other', 'A1')]
    const a = makeAssignment({ id: 'as1', campaignId: 'c1', reviewer: hien, rows: assignableRows(rows, { rosterIds: ['r1'] }), desk, createdAt: '2026-06-01T00:00:00.000Z' })
    expect(a).toEqual({
      id: 'as1',
      campaignId: 'c1',
      reviewer: hien,
      createdAt: '2026-06-01T00:00:00.000Z',
      schools: [
        {
          rosterId: 'r1',
          sha256: s1.sha256,
          baseline: [
            { itemId: 'A1', score: null, comment: 'Thiếu' },
            { itemId: 'B2', score: 4, comment: 'Xem lại' },
          ],
        },
      ],
    })
  })

  it('names the other reviewer who already has the same submission of a school', () => {
    const earlier: ReviewAssignment = { id: 'as0', campaignId: 'c1', reviewer: nam, schools: [{ rosterId: 'r1', sha256: s1.sha256, baseline: [] }], createdAt: '2026-05-31T00:00:00.000Z' }
    const chosen = [
      { rosterId: 'r1', sha256: s1.sha256 },
      { rosterId: 'r2', sha256: s2.sha256 },
    ]
    expect(assignedElsewhere([earlier], hien.id, chosen)).toEqual([{ rosterId: 'r1', reviewer: nam }])
    expect(assignedElsewhere([earlier], nam.id, chosen)).toEqual([])
    expect(assignedElsewhere([earlier], hien.id, [{ rosterId: 'r1', sha256: 'newer' }])).toEqual([])
  })
})

describe('who reviewed a submission', () => {
  it.each<{ why: string; rows: DeskReviewRow[]; expected: { reviewers: string[]; desk: boolean } }>([
    { why: 'nobody yet', rows: [], expected: { reviewers: [], desk: false } },
    { why: 'the desk itself', rows: [deskRow('s', 'A1')], expected: { reviewers: [], desk: true } },
    { why: 'two reviewers, each once', rows: [deskRow('s', 'A1', { by: 'rv2' }), deskRow('s', 'A2', { by: 'rv1' }), deskRow('s', 'B1', { by: 'rv2' })], expected: { reviewers: ['Lê Văn Nam', 'Trần Thu Hiền'], desk: false } },
    { why: 'a reviewer no longer in the unit, named by id', rows: [deskRow('s', 'A1', { by: 'rv-gone' })], expected: { reviewers: ['rv-gone'], desk: false } },
    { why: 'rows of another submission do not count', rows: [deskRow('t', 'A1', { by: 'rv1' })], expected: { reviewers: [], desk: false } },
  ])('$why', ({ rows: given, expected }) => {
    const r = reviewedBy(given, 's', [hien, nam])
    expect({ reviewers: r.reviewers.map((x) => x.name), desk: r.desk }).toEqual(expected)
  })
})
