import { describe, expect, it } from 'vitest'
import {
  applyResolution,
  assignmentPackage,
  checkAssignmentTarget,
  checkContributionTarget,
  contributionPackage,
  fileNamePart,
  makeBaseline,
  exchangeFileName,
  planContribution,
  sameContent,
  uniqueEvidenceCode,
  type ContributionInput,
  type ExchangeErrorCode,
} from '@/domain/exchange'
import type { Answer, Evidence } from '@/domain'
import { answer, assessment, header, member, photo, school, T0, T1, T2 } from './sample'

const B = T1 // baseline time
const P = '2025-10-01T09:00:00.000Z' // principal's later change
const C = T2 // member's change

/** One assigned row (item `r`) in every combination of baseline, principal and contribution. */
function plan1(baseline: Answer['value'], principal: Answer['value'] | undefined, contribution: Answer['value'] | undefined, notes: { b?: string; p?: string; c?: string } = {}) {
  const input: ContributionInput = {
    header: header({ assignedItemIds: ['r'], baseline: [{ itemId: 'r', value: baseline, note: notes.b ?? '' }] }),
    current: {
      answers: principal === undefined ? [] : [answer('r', principal, { note: notes.p ?? notes.b ?? '', updatedAt: principal === baseline && notes.p === undefined ? B : P })],
      evidence: [],
    },
    contribution: { answers: contribution === undefined ? [] : [answer('r', contribution, { note: notes.c ?? notes.b ?? '', updatedAt: C })], evidence: [] },
  }
  return planContribution(input)
}

const outcome = (p: ReturnType<typeof plan1>) =>
  p.conflicts.length ? 'conflict' : p.newAnswers.length ? 'take' : p.unchangedCount ? 'unchanged' : 'none'

describe('merge rules (one row)', () => {
  it.each<{ why: string; b: Answer['value']; p: Answer['value'] | undefined; c: Answer['value'] | undefined; expected: string }>([
    { why: 'nobody changed it', b: 4, p: 4, c: 4, expected: 'unchanged' },
    { why: 'the member did not send the row', b: 4, p: 4, c: undefined, expected: 'unchanged' },
    { why: 'only the member changed it', b: 4, p: 4, c: 6, expected: 'take' },
    { why: 'only the member answered an empty row', b: null, p: undefined, c: 6, expected: 'take' },
    { why: 'only the principal changed it', b: 4, p: 8, c: 4, expected: 'unchanged' },
    { why: 'both changed it to the same value', b: 4, p: 6, c: 6, expected: 'unchanged' },
    { why: 'both changed it differently', b: 4, p: 8, c: 6, expected: 'conflict' },
    { why: 'the principal cleared it, the member changed it', b: 4, p: undefined, c: 6, expected: 'conflict' },
    { why: 'both answered an empty row differently', b: null, p: true, c: false, expected: 'conflict' },
    { why: 'yes/no taken', b: null, p: null, c: true, expected: 'take' },
    { why: 'text taken', b: '', p: '', c: 'K12Online', expected: 'take' },
  ])('$why → $expected', ({ b, p, c, expected }) => {
    expect(outcome(plan1(b, p, c))).toBe(expected)
  })

  it('a note the member added is taken; a note both changed differently is a conflict', () => {
    expect(outcome(plan1(4, 4, 4, { c: 'Có biên bản' }))).toBe('take')
    expect(outcome(plan1(4, 4, 4, { p: 'Của hiệu trưởng', c: 'Của giáo viên' }))).toBe('conflict')
  })

  it('compares notes in NFC (typed on different keyboards)', () => {
    expect(outcome(plan1(4, 4, 4, { b: 'Phòng máy', c: 'Phòng máy'.normalize('NFD') }))).toBe('unchanged')
  })

  it('shows both values and the baseline in a conflict', () => {
    const p = plan1(4, 8, 6)
    expect(p.conflicts).toEqual([
      {
        itemId: 'r',
        principal: expect.objectContaining({ value: 8 }) as Answer,
        contribution: expect.objectContaining({ value: 6, by: 'm1' }) as Answer,
        baseline: { value: 4, note: '' },
      },
    ])
    expect(p.newAnswers).toEqual([])
  })

  it('marks taken rows as the member’s, for this assessment, not copied', () => {
    const input: ContributionInput = {
      header: header(),
      current: { answers: [answer('1.1', true, { updatedAt: B })], evidence: [] },
      contribution: { answers: [answer('1.3.1', 8, { copied: true, by: 'someone', assessmentId: 'a1', updatedAt: C })], evidence: [] },
    }
    const [row] = planContribution(input).newAnswers
    expect(row).toEqual({ assessmentId: 'a1', itemId: '1.3.1', value: 8, note: '', by: 'm1', updatedAt: C })
  })

  it('compares basis too', () => {
    expect(sameContent({ value: 6, note: '', basis: { yes: true } }, { value: 6, note: '' })).toBe(false)
    expect(sameContent({ value: 6, note: '', basis: {} }, { value: 6, note: '' })).toBe(true)
    expect(sameContent(undefined, { value: null, note: '' })).toBe(true)
  })
})

describe('evidence', () => {
  const principalEvidence: Evidence[] = [photo({ id: 'e1', code: 'MC1.3.01' }), photo({ id: 'e2', code: 'MC1.3.02', file: undefined, kind: 'link', url: 'https://x.vn' })]

  const withEvidence = (incoming: Evidence[], stored: string[] = ['f1']) =>
    planContribution({
      header: header(),
      current: { answers: [], evidence: principalEvidence },
      contribution: { answers: [], evidence: incoming },
      storedFileIds: new Set(stored),
    })

  it('adds new evidence named after the member, renumbering a code the principal already uses', () => {
    const p = withEvidence([photo({ id: 'e9', code: 'MC1.3.01', addedBy: 'x' }, 'f9')])
    expect(p.newEvidence).toEqual([expect.objectContaining({ id: 'e9', code: 'MC1.3.03', addedBy: 'Trần Văn Nam', assessmentId: 'a1' })])
    expect(p.renumbered).toEqual([{ evidenceId: 'e9', from: 'MC1.3.01', to: 'MC1.3.03' }])
    expect(p.newFileIds).toEqual(['f9'])
  })

  it('renumbers clashes among the member’s own evidence too, and keeps free codes', () => {
    const p = withEvidence([
      photo({ id: 'e8', code: 'mc1.3.02' }, 'f8'),
      photo({ id: 'e9', code: 'MC1.3.03' }, 'f9'),
      photo({ id: 'e10', code: 'MC1.1.01' }, 'f10'),
    ])
    expect(p.newEvidence.map((e) => e.code)).toEqual(['MC1.3.03', 'MC1.3.04', 'MC1.1.01'])
  })

  it('renumbers a hand-made code by appending a number', () => {
    expect(uniqueEvidenceCode('ẢNH-LỚP', ['ảnh-lớp'])).toBe('ẢNH-LỚP-2')
    expect(uniqueEvidenceCode('X', ['x', 'X-2'])).toBe('X-3')
    expect(uniqueEvidenceCode('MC1.3.01', [])).toBe('MC1.3.01')
  })

  it.each([
    ['MC.1.3.01', ['MC.1.3.01', 'MC.1.3.02'], 'MC.1.3.03'],
    ['[H1-1.3-01]', ['[H1-1.3-01]'], '[H1-1.3-02]'],
    ['[H2-2.1-04]', ['[h2-2.1-04]', '[H2-2.1-07]'], '[H2-2.1-08]'],
  ])('a taken %s becomes the next code of its criterion in its own form', (code, taken, expected) => {
    expect(uniqueEvidenceCode(code, taken)).toBe(expected)
    expect(uniqueEvidenceCode('y'.repeat(40), ['y'.repeat(40)])).toHaveLength(40)
  })

  it('skips evidence already present and files already stored (importing twice changes nothing)', () => {
    const p = withEvidence([photo({ id: 'e1', code: 'MC1.3.01' }), photo({ id: 'e9', code: 'MC1.3.09' }, 'f1')])
    expect(p.skippedEvidence).toBe(1)
    expect(p.newEvidence.map((e) => e.id)).toEqual(['e9'])
    expect(p.newFileIds).toEqual([])
  })
})

describe('the same photo sent back by a member (same SHA-256)', () => {
  const kept = photo({ id: 'e1', code: 'MC1.3.01', itemIds: ['1.3.1'] }, 'f1')
  const hashes = (pairs: Record<string, string>) => new Map(Object.entries(pairs))
  const plan = (incoming: Evidence[], fileHashes: Map<string, string>, current: Evidence[] = [kept]) =>
    planContribution({ header: header(), current: { answers: [], evidence: current }, contribution: { answers: [], evidence: incoming }, fileHashes })

  it.each<{ why: string; incoming: Evidence[]; hashes: Record<string, string>; added: string[]; duplicates: { evidenceId: string; sameAs: string; addItems: string[] }[]; linked: { evidenceId: string; itemIds: string[] }[] }>([
    {
      why: 'a different photo is added',
      incoming: [photo({ id: 'e9', code: 'MC1.3.02' }, 'f9')],
      hashes: { f1: 'aa', f9: 'bb' },
      added: ['e9'],
      duplicates: [],
      linked: [],
    },
    {
      why: 'the same bytes for the same row: not added, nothing to link',
      incoming: [photo({ id: 'e9', code: 'MC1.3.02', itemIds: ['1.3.1'] }, 'f9')],
      hashes: { f1: 'aa', f9: 'aa' },
      added: [],
      duplicates: [{ evidenceId: 'e9', sameAs: 'MC1.3.01', addItems: [] }],
      linked: [],
    },
    {
      why: 'the same bytes for another row: not added, the kept evidence proves that row too',
      incoming: [photo({ id: 'e9', code: 'MC1.3.02', itemIds: ['1.3.1', '1.3.2'] }, 'f9')],
      hashes: { f1: 'aa', f9: 'aa' },
      added: [],
      duplicates: [{ evidenceId: 'e9', sameAs: 'MC1.3.01', addItems: ['1.3.2'] }],
      linked: [{ evidenceId: 'e1', itemIds: ['1.3.2'] }],
    },
    {
      why: 'the same photo twice in the file: the first is added, the second joins it',
      incoming: [photo({ id: 'e8', code: 'MC1.3.02', itemIds: ['1.3.1'] }, 'f8'), photo({ id: 'e9', code: 'MC1.3.03', itemIds: ['1.3.3'] }, 'f9')],
      hashes: { f1: 'aa', f8: 'cc', f9: 'cc' },
      added: ['e8'],
      duplicates: [{ evidenceId: 'e9', sameAs: 'MC1.3.02', addItems: ['1.3.3'] }],
      linked: [],
    },
    {
      why: 'without hashes (an older device) the content is not compared',
      incoming: [photo({ id: 'e9', code: 'MC1.3.02' }, 'f9')],
      hashes: {},
      added: ['e9'],
      duplicates: [],
      linked: [],
    },
  ])('$why', ({ incoming, hashes: h, added, duplicates, linked }) => {
    const p = plan(incoming, hashes(h))
    expect(p.newEvidence.map((e) => e.id)).toEqual(added)
    expect(p.duplicates.map(({ evidenceId, sameAs, addItems }) => ({ evidenceId, sameAs, addItems }))).toEqual(duplicates)
    expect(p.linked).toEqual(linked)
    expect(applyResolution(p, {}).linked).toEqual(linked)
  })

  it('a repeat inside the file proves the rows of both copies, and only one file is stored', () => {
    const p = plan([photo({ id: 'e8', code: 'MC1.3.02', itemIds: ['1.3.1'] }, 'f8'), photo({ id: 'e9', code: 'MC1.3.03', itemIds: ['1.3.3'] }, 'f9')], hashes({ f1: 'aa', f8: 'cc', f9: 'cc' }))
    expect(p.newEvidence[0]?.itemIds).toEqual(['1.3.1', '1.3.3'])
    expect(p.newFileIds).toEqual(['f8'])
  })

  it('leaves the device’s evidence as it was (the plan is only a plan)', () => {
    const mine = photo({ id: 'e1', code: 'MC1.3.01', itemIds: ['1.3.1'] }, 'f1')
    plan([photo({ id: 'e9', code: 'MC1.3.02', itemIds: ['1.3.2'] }, 'f9')], hashes({ f1: 'aa', f9: 'aa' }), [mine])
    expect(mine.itemIds).toEqual(['1.3.1'])
  })

  it('importing the same file again finds the copy again and links nothing more', () => {
    const linkedOnce = photo({ id: 'e1', code: 'MC1.3.01', itemIds: ['1.3.1', '1.3.2'] }, 'f1')
    const p = plan([photo({ id: 'e9', code: 'MC1.3.02', itemIds: ['1.3.2'] }, 'f9')], hashes({ f1: 'aa', f9: 'aa' }), [linkedOnce])
    expect(p.newEvidence).toEqual([])
    expect(p.linked).toEqual([])
  })
})

describe('idempotence', () => {
  it('a second import of the same contribution plans nothing', () => {
    const contribution = {
      answers: [answer('1.1', true), answer('1.3.1', 8, { note: 'Đã kiểm tra', updatedAt: C })],
      evidence: [photo({ id: 'e9' }, 'f9')],
    }
    const current = { answers: [answer('1.1', true, { updatedAt: B })], evidence: [photo({ id: 'e1' })] }
    const first = planContribution({ header: header(), current, contribution, storedFileIds: new Set(['f1']) })
    const written = applyResolution(first, {})
    expect(written.answers).toHaveLength(1)
    const after = {
      answers: [...current.answers, ...written.answers],
      evidence: [...current.evidence, ...written.evidence],
    }
    const second = planContribution({ header: header(), current: after, contribution, storedFileIds: new Set(['f1', 'f9']) })
    expect(second.newAnswers).toEqual([])
    expect(second.conflicts).toEqual([])
    expect(second.newEvidence).toEqual([])
    expect(second.newFileIds).toEqual([])
    expect(second.unchangedCount).toBe(2)
    expect(second.skippedEvidence).toBe(1)
  })

  it('after the principal kept their own value in a conflict, the same contribution does not ask again', () => {
    const note = 'Hai phòng máy'
    const first = plan1(4, 8, 6, { c: note })
    const resolved = applyResolution(first, { r: 'principal' })
    expect(resolved.answers).toEqual([])
    expect(resolved.keptDecisions).toHaveLength(1)
    const again = (c: Answer, kept: string[], memberId = 'm1', principal: Answer['value'] = 8) =>
      planContribution({
        header: header({ memberId, assignedItemIds: ['r'], baseline: [{ itemId: 'r', value: 4, note: '' }] }),
        current: { answers: [answer('r', principal, { updatedAt: P })], evidence: [] },
        contribution: { answers: [c], evidence: [] },
        keptDecisions: new Set(kept),
      })
    const same = again(answer('r', 6, { note, updatedAt: C }), resolved.keptDecisions)
    expect(same.conflicts).toEqual([])
    expect(same.newAnswers).toEqual([])
    expect(same.keptEarlier).toEqual(['r'])
    // The same value with its note typed on another keyboard (NFD) is the same content.
    expect(again(answer('r', 6, { note: note.normalize('NFD') }), resolved.keptDecisions).keptEarlier).toEqual(['r'])
    // Anything new on that row is asked about again; so is the same content from another member.
    expect(again(answer('r', 7, { note }), resolved.keptDecisions).conflicts.map((c) => c.itemId)).toEqual(['r'])
    expect(again(answer('r', 6), resolved.keptDecisions).conflicts).toHaveLength(1)
    expect(again(answer('r', 6, { note }), resolved.keptDecisions, 'm2').conflicts).toHaveLength(1)
    expect(again(answer('r', 6, { note }), []).conflicts).toHaveLength(1)
    // The principal changed their own row since: the decision no longer applies (asked, or taken when back to the baseline).
    expect(again(answer('r', 6, { note }), resolved.keptDecisions, 'm1', 9).conflicts).toHaveLength(1)
    expect(again(answer('r', 6, { note }), resolved.keptDecisions, 'm1', 4).newAnswers.map((a) => a.value)).toEqual([6])
  })

  it('after the principal took the member’s value in a conflict, a second import has nothing to do', () => {
    const first = plan1(4, 8, 6)
    const resolved = applyResolution(first, { r: 'contribution' })
    const again = planContribution({
      header: header({ assignedItemIds: ['r'], baseline: [{ itemId: 'r', value: 4, note: '' }] }),
      current: { answers: resolved.answers, evidence: [] },
      contribution: { answers: [answer('r', 6, { updatedAt: C })], evidence: [] },
    })
    expect(outcome(again)).toBe('unchanged')
  })
})

describe('applyResolution', () => {
  it('writes taken rows and the conflicts resolved for the member; keeps the principal’s otherwise', () => {
    const p = planContribution({
      header: header({
        assignedItemIds: ['x', 'y', 'z'],
        baseline: ['x', 'y', 'z'].map((itemId) => ({ itemId, value: 1, note: '' })),
      }),
      current: { answers: [answer('x', 1, { updatedAt: B }), answer('y', 2, { updatedAt: P }), answer('z', 3, { updatedAt: P })], evidence: [] },
      contribution: { answers: [answer('x', 5), answer('y', 5), answer('z', 5)], evidence: [] },
    })
    expect(p.conflicts.map((c) => c.itemId)).toEqual(['y', 'z'])
    const r = applyResolution(p, { y: 'contribution', z: 'principal' })
    expect(r.answers.map((a) => [a.itemId, a.value])).toEqual([
      ['x', 5],
      ['y', 5],
    ])
    expect(r.unresolved).toEqual([])
    expect(r.expected).toEqual({ x: B, y: P })
  })

  it('lists conflicts without a choice (and ignores inherited keys)', () => {
    const p = plan1(4, 8, 6)
    expect(applyResolution(p, {}).unresolved).toEqual(['r'])
    expect(applyResolution(p, JSON.parse('{"__proto__":{"r":"contribution"}}') as Record<string, 'contribution'>).unresolved).toEqual(['r'])
  })
})

describe('refusals', () => {
  const draft = assessment({ revision: 2 })
  it.each<{ why: string; target: Parameters<typeof checkContributionTarget>[1]; code: ExchangeErrorCode | null }>([
    { why: 'the right draft', target: { school: school(), assessment: draft, isMemberCopy: false }, code: null },
    { why: 'another school (not on this device)', target: { school: undefined, assessment: undefined, isMemberCopy: false }, code: 'wrong-school' },
    { why: 'an assessment of another school', target: { school: school(), assessment: { ...draft, schoolId: 's9' }, isMemberCopy: false }, code: 'wrong-school' },
    { why: 'another assessment (deleted or other device)', target: { school: school(), assessment: undefined, isMemberCopy: false }, code: 'wrong-assessment' },
    { why: 'another set version', target: { school: school(), assessment: { ...draft, version: '1.1.0' }, isMemberCopy: false }, code: 'wrong-set-version' },
    { why: 'an approved revision', target: { school: school(), assessment: { ...draft, status: 'approved' }, isMemberCopy: false }, code: 'approved-revision' },
    { why: 'a submitted revision', target: { school: school(), assessment: { ...draft, status: 'submitted' }, isMemberCopy: false }, code: 'approved-revision' },
    { why: 'another revision', target: { school: school(), assessment: { ...draft, revision: 3 }, isMemberCopy: false }, code: 'wrong-assessment' },
    { why: 'a member’s phone', target: { school: school(), assessment: draft, isMemberCopy: true }, code: 'not-for-this-device' },
  ])('contribution on $why → $code', ({ target, code }) => {
    const errors = checkContributionTarget(header(), target)
    expect(errors[0]?.code ?? null).toBe(code)
    for (const e of errors) expect(e.detail).not.toBe('')
  })

  it.each<{ why: string; target: Parameters<typeof checkAssignmentTarget>[1]; code: ExchangeErrorCode | null }>([
    { why: 'a fresh phone', target: { assessment: undefined, memberCopyOf: undefined }, code: null },
    { why: 'the member’s phone (a newer assignment)', target: { assessment: draft, memberCopyOf: 'm1' }, code: null },
    { why: 'the principal’s device', target: { assessment: draft, memberCopyOf: undefined }, code: 'not-for-this-device' },
    { why: 'another member’s phone', target: { assessment: draft, memberCopyOf: 'm2' }, code: 'not-for-this-device' },
  ])('assignment on $why → $code', ({ target, code }) => {
    expect(checkAssignmentTarget(header(), target)[0]?.code ?? null).toBe(code)
  })
})

describe('package contents', () => {
  it('an assignment carries the member’s rows as they are now, which are its baseline', () => {
    const r = assignmentPackage({
      school: school(),
      assessment: assessment({ revision: 2 }),
      member: member({ itemIds: ['1.1', '1.3.1', '1.1'], sentAt: '2025-10-02T08:00:00.000Z' }),
      answers: [answer('1.1', true), answer('2.1', 'x'), answer('1.3.1', 4, { assessmentId: 'other' })],
    })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.header).toMatchObject({ assessmentId: 'a1', revision: 2, memberName: 'Trần Văn Nam', assignedItemIds: ['1.1', '1.3.1'] })
    expect(r.value.header.baseline).toEqual([
      { itemId: '1.1', value: true, note: '' },
      { itemId: '1.3.1', value: null, note: '' },
    ])
    expect(r.value.data.answers.map((a) => a.itemId)).toEqual(['1.1'])
    expect(r.value.data.evidence).toEqual([])
    // When the principal sent earlier files stays on the principal's phone.
    expect(r.value.data.members.map((m) => 'sentAt' in m)).toEqual([false])
  })

  it.each<{ why: string; status: 'approved' | 'draft'; items: string[]; code: ExchangeErrorCode }>([
    { why: 'an approved revision', status: 'approved', items: ['1.1'], code: 'approved-revision' },
    { why: 'a member without items', status: 'draft', items: [], code: 'not-assigned' },
  ])('no assignment for $why', ({ status, items, code }) => {
    const r = assignmentPackage({ school: school(), assessment: assessment({ status }), member: member({ itemIds: items }), answers: [] })
    expect(!r.ok && r.errors[0]?.code).toBe(code)
  })

  it('a contribution carries only assigned rows and evidence for them', () => {
    const h = header()
    const { data } = contributionPackage({
      received: { packageId: 'p', importedAt: T0, assignment: h },
      school: school(),
      assessment: assessment({ revision: 2 }),
      member: member(),
      answers: [answer('1.1', true), answer('2.1', 'x')],
      evidence: [photo({ id: 'e1', itemIds: ['1.3.1', '2.1'] }), photo({ id: 'e2', itemIds: ['2.1'] })],
    })
    expect(data.answers.map((a) => a.itemId)).toEqual(['1.1'])
    expect(data.evidence.map((e) => [e.id, e.itemIds])).toEqual([['e1', ['1.3.1']]])
  })

  it('makes the baseline of rows never answered empty', () => {
    expect(makeBaseline(['a'], [])).toEqual([{ itemId: 'a', value: null, note: '' }])
  })

  it('names files in ASCII', () => {
    expect(exchangeFileName('chiso.backup', '2026-05-20')).toBe('chiso-sao-luu-2026-05-20.zip')
    expect(exchangeFileName('chiso.assignment', '2026-05-20', 'Nguyễn Thị Đào')).toBe('chiso-phan-cong-nguyen-thi-dao-2026-05-20.zip')
    expect(exchangeFileName('chiso.contribution', '2026-05-20', '<script>/../')).toBe('chiso-dong-gop-script-2026-05-20.zip')
    expect(fileNamePart('Đặng  Văn   Ánh!!')).toBe('dang-van-anh')
  })
})
