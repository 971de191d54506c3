import { describe, expect, it } from 'vitest'
import { deskProgress, deskRows, filterDesk, type DeskRow } from '@/domain'
import { deskDecision, deskSubmission, rosterSchool, submission } from '../../../builders/submission'

/**
 * Six schools: two not submitted (one of them in another commune), one submitted late, one under
 * review, one returned and submitted again, one accepted; one flagged on import.
 */
function fixture() {
  const roster = [
    rosterSchool({ id: 'r1', name: 'Trường Tiểu học Đông Hải', code: 'TH01', kind: 'tieu-hoc', commune: 'Xã A' }),
    rosterSchool({ id: 'r2', name: 'Trường THCS Lê Lợi', code: 'CS02', kind: 'thcs', commune: 'Xã A' }),
    rosterSchool({ id: 'r3', name: 'Trường Tiểu học Dương Xá', code: 'TH03', kind: 'tieu-hoc', commune: 'Xã B' }),
    rosterSchool({ id: 'r4', name: 'Trường Tiểu học Anh Sơn', code: 'TH04', kind: 'tieu-hoc', commune: 'Xã B' }),
    rosterSchool({ id: 'r5', name: 'Trường THCS Ba Đình', code: 'CS05', kind: 'thcs', commune: '' }),
    rosterSchool({ id: 'r6', name: 'Trường Mầm non Hoa Sen', code: 'MN06', kind: 'mam-non', commune: 'Xã B' }),
  ]
  const s = (id: string, revision = 1, over = {}) => deskSubmission(id, submission({ school: { id: `dev-${id}` }, revision }), over)
  const late = s('r2', 1, { submittedAt: '2026-06-02T03:00:00.000Z', flags: [{ code: 'set-text-differs', declared: 'a', local: 'b' }] })
  const review = s('r3')
  const returned = s('r4')
  const again = s('r4', 2)
  const accepted = s('r5')
  const rows = deskRows({
    roster,
    submissions: [late, review, returned, again, accepted],
    decisions: [deskDecision(returned, 'returned'), deskDecision(accepted, 'accepted')],
    reviewStarted: new Set([review.sha256, returned.sha256]),
    deadline: '2026-05-31',
    utcOffsetMinutes: 420,
  })
  return rows
}

const names = (rows: DeskRow[]) => rows.map((r) => r.school.id)

describe('the desk overview', () => {
  const rows = fixture()

  it('gives each roster school its status, its current submission and its history count', () => {
    expect(rows.map((r) => [r.school.id, r.status, r.submissions, r.current?.revision ?? null])).toEqual([
      ['r1', 'not-submitted', 0, null],
      ['r2', 'submitted', 1, 1],
      ['r3', 'under-review', 1, 1],
      ['r4', 'submitted', 2, 2],
      ['r5', 'accepted', 1, 1],
      ['r6', 'not-submitted', 0, null],
    ])
  })

  it('counts every school once per status, per school kind and per commune, late and flagged apart', () => {
    const p = deskProgress(rows)
    expect(p.all).toEqual({ 'not-submitted': 2, submitted: 2, 'under-review': 1, returned: 0, accepted: 1, total: 6 })
    expect(p.byKind.get('tieu-hoc')).toEqual({ 'not-submitted': 1, submitted: 1, 'under-review': 1, returned: 0, accepted: 0, total: 3 })
    expect(p.byKind.get('thcs')).toMatchObject({ submitted: 1, accepted: 1, total: 2 })
    expect([...p.byCommune.keys()]).toEqual(['', 'Xã A', 'Xã B'])
    expect(p.byCommune.get('Xã B')).toMatchObject({ 'not-submitted': 1, submitted: 1, 'under-review': 1, total: 3 })
    expect(p.late).toBe(1)
    expect(p.flagged).toBe(1)
  })

  it.each<{ why: string; filter: Parameters<typeof filterDesk>[1]; expected: string[] }>([
    { why: 'everything, by name in Vietnamese order (Đ after D)', filter: {}, expected: ['r6', 'r5', 'r2', 'r4', 'r3', 'r1'] },
    { why: 'search without accents', filter: { query: 'dong hai' }, expected: ['r1'] },
    { why: 'search by code', filter: { query: 'cs0' }, expected: ['r5', 'r2'] },
    { why: 'by status', filter: { statuses: ['not-submitted'] }, expected: ['r6', 'r1'] },
    { why: 'by several statuses', filter: { statuses: ['submitted', 'accepted'] }, expected: ['r5', 'r2', 'r4'] },
    { why: 'by school kind', filter: { kind: 'thcs' }, expected: ['r5', 'r2'] },
    { why: 'by commune', filter: { commune: 'Xã B' }, expected: ['r6', 'r4', 'r3'] },
    { why: 'flagged only', filter: { flaggedOnly: true }, expected: ['r2'] },
    { why: 'filters together', filter: { kind: 'tieu-hoc', commune: 'Xã B', statuses: ['under-review'] }, expected: ['r3'] },
  ])('filters: $why', ({ filter, expected }) => {
    expect(names(filterDesk(rows, filter))).toEqual(expected)
  })
})
