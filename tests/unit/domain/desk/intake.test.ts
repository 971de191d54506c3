import { describe, expect, it } from 'vitest'
import { needsAttention, NEW_SCHOOL, planIntake, rosterChanges, type ArrivingSubmission, type IntakeItem, type Campaign, type DeskSubmission, type IntakeInput, type RosterSchool, type SubmissionContent } from '@/domain'
import { tinySet } from '../../../builders/criteriaSet'
import { contentSha, deskSubmission, rosterSchool, submission, TINY_SET_SHA } from '../../../builders/submission'

const campaign: Campaign = {
  id: 'c1',
  schoolYear: '2025-2026',
  setId: 'tiny',
  version: '1.0.0',
  deadline: '2026-05-31',
  createdAt: '2026-04-01T00:00:00.000Z',
  updatedAt: '2026-04-01T00:00:00.000Z',
}

const arriving = (content: SubmissionContent, over: Partial<ArrivingSubmission> = {}): ArrivingSubmission => ({
  fileName: `${content.school.name}-${content.assessment.revision}.zip`,
  sha256: contentSha(content),
  declaredSha256: contentSha(content),
  submittedAt: '2026-05-20T03:00:00.000Z',
  content,
  attachments: { files: [], record: false },
  ...over,
})

function input(files: ArrivingSubmission[], roster: RosterSchool[] = [], submissions: DeskSubmission[] = []): IntakeInput {
  let n = 0
  return {
    campaign,
    set: tinySet(),
    setSha256: TINY_SET_SHA,
    roster,
    submissions,
    arriving: files,
    now: '2026-05-21T00:00:00.000Z',
    newId: () => `new-${++n}`,
  }
}

const plan = (files: ArrivingSubmission[], roster: RosterSchool[] = [], submissions: DeskSubmission[] = []) => planIntake(input(files, roster, submissions))

const xh = (revision = 1, answers?: SubmissionContent['answers']) => {
  const c = submission({ school: { id: 's-xh', name: 'Trường Tiểu học Xuân Hương', code: 'TH01' }, revision })
  return answers ? { ...c, answers } : c
}
const roster = [rosterSchool({ id: 'r1', name: 'Trường Tiểu học Xuân Hương', code: 'th01' }), rosterSchool({ id: 'r2', name: 'Trường THCS Lê Lợi', code: 'THCS02' })]

describe('taking in submissions', () => {
  it('matches the school by code, learns its device, and places its first submission', () => {
    const r = plan([arriving(xh())], roster)
    if (!r.ok) throw new Error('refused')
    const [it0] = r.items
    expect(it0).toMatchObject({ matched: 'code', school: { id: 'r1', schoolId: 's-xh' }, placement: { outcome: 'first' }, flags: [] })
    expect(it0?.record).toMatchObject({ rosterId: 'r1', revision: 1, campaignId: 'c1' })
    expect(r.added).toEqual([])
  })

  it('adds a school the roster does not have, marked as grown from its submission', () => {
    const r = plan([arriving(xh())], [])
    if (!r.ok) throw new Error('refused')
    expect(r.added).toEqual([expect.objectContaining({ id: 'new-1', name: 'Trường Tiểu học Xuân Hương', code: 'TH01', source: 'submission', schoolId: 's-xh' })])
    expect(r.items[0]?.matched).toBe('added')
  })

  it.each<{ why: string; files: () => ArrivingSubmission[]; history: () => DeskSubmission[]; outcomes: string[] }>([
    { why: 'the same file twice in one batch changes nothing the second time', files: () => [arriving(xh()), arriving(xh())], history: () => [], outcomes: ['first', 'duplicate'] },
    { why: 'a file already on the desk changes nothing', files: () => [arriving(xh())], history: () => [deskSubmission('r1', xh())], outcomes: ['duplicate'] },
    { why: 'a newer revision supersedes the older', files: () => [arriving(xh(2))], history: () => [deskSubmission('r1', xh(1))], outcomes: ['supersedes'] },
    { why: 'an older revision arriving late is kept, not current', files: () => [arriving(xh(1))], history: () => [deskSubmission('r1', xh(2))], outcomes: ['older'] },
    { why: 'two revisions in one batch, newest last', files: () => [arriving(xh(1)), arriving(xh(2))], history: () => [], outcomes: ['first', 'supersedes'] },
  ])('$why', ({ files, history, outcomes }) => {
    const r = plan(files(), roster, history())
    if (!r.ok) throw new Error('refused')
    expect(r.items.map((i) => i.placement.outcome)).toEqual(outcomes)
    expect(r.items.filter((i) => i.placement.outcome === 'duplicate').every((i) => i.record === undefined)).toBe(true)
  })

  it('recomputes the scores from the answers and flags totals the file declares wrongly', () => {
    const c = xh()
    const forged: SubmissionContent = { ...c, declared: { ...c.declared, groups: c.declared.groups.map((g) => ({ ...g, points: 100, level: 3 })) } }
    const r = plan([arriving(forged)], roster)
    if (!r.ok) throw new Error('refused')
    expect(r.items[0]?.flags.map((f) => f.code)).toEqual(['declared-scores-differ'])
    expect(r.items[0]?.score.groups.map((g) => g.points)).toEqual([90, 60])
    expect(r.items[0]?.record?.flags.map((f) => f.code)).toEqual(['declared-scores-differ'])
  })

  it('flags content whose hash is not the one its file declares (the fingerprint the school saw)', () => {
    const r = plan([arriving(xh(), { declaredSha256: 'f'.repeat(64) })], roster)
    if (!r.ok) throw new Error('refused')
    expect(r.items[0]?.flags).toEqual([{ code: 'hash-differs', declared: 'f'.repeat(64), computed: contentSha(xh()) }])
  })

  it('flags a school that scored with other set text under the same version', () => {
    const c = xh()
    const r = plan([arriving({ ...c, set: { ...c.set, sha256: '0'.repeat(64) } })], roster)
    if (!r.ok) throw new Error('refused')
    expect(r.items[0]?.flags.map((f) => f.code)).toEqual(['set-text-differs'])
  })

  it.each<{ why: string; change: (c: SubmissionContent) => SubmissionContent; code: string }>([
    { why: 'another school year', change: (c) => ({ ...c, assessment: { ...c.assessment, schoolYear: '2024-2025' } }), code: 'wrong-school-year' },
    { why: 'another set version', change: (c) => ({ ...c, set: { ...c.set, version: '2.0.0' } }), code: 'wrong-set-version' },
  ])('refuses the whole batch when one file is for $why', ({ change, code }) => {
    const r = plan([arriving(xh()), arriving(change(xh(2)))], roster)
    expect(r.ok ? [] : r.refused.map((x) => x.refusal.code)).toEqual([code])
  })

  it('hands back each file’s check, and a later plan of the same files uses it instead of checking again', () => {
    const c = xh()
    const first = planIntake(input([arriving(c)], roster))
    if (!first.ok) throw new Error('refused')
    const check = first.checks.get(contentSha(c))
    expect(check?.score).toEqual(first.items[0]?.score)
    const marked = { ...check, score: { ...check?.score, total: -1 } } as NonNullable<typeof check>
    const again = planIntake({ ...input([arriving(c)], roster), checks: new Map([[contentSha(c), marked]]) })
    expect(again.ok && again.items[0]?.score.total).toBe(-1)
  })

  describe('two roster schools of one name', () => {
    const twins = [
      rosterSchool({ id: 'a', name: 'Trường Mầm non Hoa Sen', code: 'MN01', commune: 'Xã A' }),
      rosterSchool({ id: 'b', name: 'Trường Mầm non Hoa Sen', code: 'MN02', commune: 'Xã B' }),
    ]
    const hoaSen = submission({ school: { id: 's-9', name: 'Trường Mầm non Hoa Sen', code: '', commune: '' } })
    const sha = contentSha(hoaSen)

    it.each<{ why: string; picks?: Record<string, string>; matched: string; school: string | null; record: boolean; added: number }>([
      { why: 'nothing chosen: not taken, not added, the candidates offered', matched: 'ambiguous', school: null, record: false, added: 0 },
      { why: 'the reviewer chose the second', picks: { [sha]: 'b' }, matched: 'chosen', school: 'b', record: true, added: 0 },
      { why: 'the reviewer chose “another school”', picks: { [sha]: NEW_SCHOOL }, matched: 'added', school: 'new-1', record: true, added: 1 },
      { why: 'a pick that is not a candidate counts as none', picks: { [sha]: 'zzz' }, matched: 'ambiguous', school: null, record: false, added: 0 },
      { why: 'a pick for another file does not apply', picks: { other: 'a' }, matched: 'ambiguous', school: null, record: false, added: 0 },
    ])('$why', ({ picks, matched, school, record, added }) => {
      const r = planIntake({ ...input([arriving(hoaSen)], twins), ...(picks ? { picks } : {}) })
      if (!r.ok) throw new Error('refused')
      const it = r.items[0]
      expect(it?.matched).toBe(matched)
      expect(it?.candidates.map((s) => [s.id, s.code, s.commune])).toEqual([
        ['a', 'MN01', 'Xã A'],
        ['b', 'MN02', 'Xã B'],
      ])
      expect(matched === 'ambiguous' ? null : it?.school.id).toBe(school)
      expect(it?.record !== undefined).toBe(record)
      if (it?.record) expect(it.record.rosterId).toBe(school)
      expect(r.added).toHaveLength(added)
      expect(rosterChanges(twins, r).map((s) => s.id)).toEqual(school ? [school] : [])
      expect(needsAttention(it as IntakeItem)).toBe(true)
    })

    it('a later file of the same phone follows the school chosen for the first', () => {
      const r = planIntake({ ...input([arriving(hoaSen), arriving(submission({ school: { id: 's-9', name: 'Trường Mầm non Hoa Sen', code: '', commune: '' }, revision: 2 }))], twins), picks: { [sha]: 'a' } })
      if (!r.ok) throw new Error('refused')
      expect(r.items.map((i) => [i.matched, i.school.id, i.placement.outcome])).toEqual([
        ['chosen', 'a', 'first'],
        ['device', 'a', 'supersedes'],
      ])
    })
  })
})
