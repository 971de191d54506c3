import { Zip, ZipPassThrough } from 'fflate'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ChisoDb, repos, StorageError, useDatabase } from '@/db'
import { fingerprint, type AnswerValue, type SubmissionContent } from '@/domain'
import { buildSubmissionFile } from '@/services/exchange'
import { useDeskStore } from '@/stores/desk'
import { tinySet } from '../../builders/criteriaSet'
import { FULL_ANSWERS, submission } from '../../builders/submission'

vi.mock('@/services/share', async (orig) => ({
  ...(await orig<typeof import('@/services/share')>()),
  canShareFiles: () => false,
  download: vi.fn(),
}))

beforeEach(() => {
  useDatabase(new ChisoDb(`test-${crypto.randomUUID()}`))
  setActivePinia(createPinia())
})

async function readyDesk(roster = 'Tên trường,Mã trường,Cấp học\nTH Xuân Hương,TH01,Tiểu học\nTH Lê Lợi,TH02,Tiểu học\nTH Hòa Bình,TH03,Tiểu học\n') {
  await repos().criteriaSets.put({ key: 'tiny@1.0.0', setId: 'tiny', version: '1.0.0', fileName: 'tiny.json', text: JSON.stringify(tinySet()), loadedAt: '2026-04-01T00:00:00.000Z' })
  const desk = useDeskStore()
  await desk.load()
  await desk.saveUnit({ name: 'Phòng Văn hóa – Xã hội', headName: 'Lê Văn Nam', reviewers: [] })
  await desk.saveCampaign({ schoolYear: '2025-2026', setId: 'tiny', version: '1.0.0', deadline: '2026-05-31' })
  await desk.importRoster(new File([roster], 'ds.csv', { type: 'text/csv' }))
  return desk
}

function content(code: string, name: string, o: { revision?: number; answers?: Record<string, AnswerValue>; year?: string } = {}): SubmissionContent {
  const c = submission({ school: { id: `dev-${code}`, code, name }, revision: o.revision ?? 1, ...(o.answers ? { answers: o.answers } : {}) })
  return o.year ? { ...c, assessment: { ...c.assessment, schoolYear: o.year } } : c
}

async function file(c: SubmissionContent, name = `${c.school.code}-${c.assessment.revision}.zip`): Promise<File> {
  const r = await buildSubmissionFile(c, { files: [] }, { appVersion: '0.1.0', createdAt: '2026-05-20T03:00:00.000Z', packageId: crypto.randomUUID(), submittedAt: `2026-05-2${c.assessment.revision}T03:00:00.000Z` })
  if (!r.ok) throw new Error(JSON.stringify(r.errors))
  return new File([r.value.blob], name, { type: 'application/zip' })
}

async function bundle(files: File[]): Promise<File> {
  const parts: Uint8Array[] = []
  const zip = new Zip((_e, chunk) => parts.push(chunk))
  for (const f of files) {
    const entry = new ZipPassThrough(f.name)
    zip.add(entry)
    entry.push(new Uint8Array(await f.arrayBuffer()), true)
  }
  zip.end()
  return new File(parts as Uint8Array<ArrayBuffer>[], 'tat-ca.zip', { type: 'application/zip' })
}

async function take(desk: ReturnType<typeof useDeskStore>, files: File[], all = false) {
  const r = await desk.checkIntake(files)
  if (!r.ok) throw new Error(JSON.stringify(r))
  const chosen = r.check.items.flatMap((it, i) => (it.record && (all || it.flags.length === 0) ? [i] : []))
  const t = await desk.takeIntake(chosen)
  return { check: r.check, taken: t }
}

describe('desk store: taking in submissions', () => {
  it('takes two schools from one zip of files, and counts them submitted beside the one that did not', async () => {
    const desk = await readyDesk()
    const { check, taken } = await take(desk, [await bundle([await file(content('TH01', 'TH Xuân Hương')), await file(content('TH02', 'TH Lê Lợi'))])])
    expect(check.items.map((i) => [i.school.code, i.matched, i.placement.outcome])).toEqual([
      ['TH01', 'code', 'first'],
      ['TH02', 'code', 'first'],
    ])
    expect(taken).toEqual({ ok: true, value: { taken: 2, duplicates: 0, added: 0 } })
    expect(desk.progress.all).toMatchObject({ total: 3, submitted: 2, 'not-submitted': 1 })
  })

  it('changes nothing when the same file comes twice', async () => {
    const desk = await readyDesk()
    const f = await file(content('TH01', 'TH Xuân Hương'))
    await take(desk, [f])
    const again = await take(desk, [f])
    expect(again.check.items.map((i) => i.placement.outcome)).toEqual(['duplicate'])
    expect(again.taken).toEqual({ ok: true, value: { taken: 0, duplicates: 1, added: 0 } })
    expect(await repos().desk.submissionHeads(desk.campaign?.id ?? '')).toHaveLength(1)
  })

  it('lets a newer revision supersede the older, which stays in the history', async () => {
    const desk = await readyDesk()
    await take(desk, [await file(content('TH01', 'TH Xuân Hương'))])
    const { check } = await take(desk, [await file(content('TH01', 'TH Xuân Hương', { revision: 2, answers: { ...FULL_ANSWERS, 'A2.1': 30 } }))])
    expect(check.items[0]?.placement.outcome).toBe('supersedes')
    const row = desk.rows.find((r) => r.school.code === 'TH01')
    expect(row?.current?.revision).toBe(2)
    expect(row?.submissions).toBe(2)
  })

  it('adds a school that is not on the roster', async () => {
    const desk = await readyDesk()
    const { check, taken } = await take(desk, [await file(content('TH09', 'TH Mới'))])
    expect(check.items[0]?.matched).toBe('added')
    expect(taken.ok && taken.value.added).toBe(1)
    expect(desk.roster.find((s) => s.code === 'TH09')?.source).toBe('submission')
  })

  it('refuses a file of another school year and a damaged file, and still takes the good one', async () => {
    const desk = await readyDesk()
    const damaged = new File([new Uint8Array([80, 75, 3, 4, 1, 2])], 'hong.zip')
    const { check, taken } = await take(desk, [await file(content('TH01', 'TH Xuân Hương', { year: '2024-2025' }), 'cu.zip'), damaged, await file(content('TH02', 'TH Lê Lợi'))])
    expect(check.refused.map((r) => [r.fileName, r.refusal?.code ?? r.errors?.[0]?.code])).toEqual([
      ['hong.zip', 'truncated'],
      ['cu.zip', 'wrong-school-year'],
    ])
    expect(taken.ok && taken.value.taken).toBe(1)
    expect(desk.progress.all.submitted).toBe(1)
  })

  it('flags a submission whose written scores differ from its answers, and leaves it to the reviewer', async () => {
    const desk = await readyDesk()
    const c = content('TH01', 'TH Xuân Hương')
    const lying = { ...c, declared: { ...c.declared, groups: c.declared.groups.map((g) => ({ ...g, points: g.points + 5 })) } }
    const r = await desk.checkIntake([await file(lying)])
    expect(r.ok && r.check.items[0]?.flags.map((f) => f.code)).toEqual(['declared-scores-differ'])
    const t = await desk.takeIntake([])
    expect(t).toEqual({ ok: true, value: { taken: 0, duplicates: 0, added: 0 } })
    expect(desk.progress.all.submitted).toBe(0)
  })
})

describe('desk store: a name on the roster twice', () => {
  it('asks which school a file is, takes nothing before the answer, then files it under the chosen one', async () => {
    const desk = await readyDesk('Tên trường,Mã trường,Cấp học,Xã/phường\nMN Hoa Sen,MN01,Mầm non,Xã A\nMN Hoa Sen,MN02,Mầm non,Xã B\n')
    const c = submission({ school: { id: 'dev-hs', code: '', name: 'MN Hoa Sen', commune: '' } })
    const r = await desk.checkIntake([await file(c, 'hoa-sen.zip')])
    if (!r.ok) throw new Error('check failed')
    const [it] = r.check.items
    expect([it?.matched, it?.record, it?.candidates.map((s) => [s.code, s.commune]).sort()]).toEqual(['ambiguous', undefined, [['MN01', 'Xã A'], ['MN02', 'Xã B']]])
    expect(await desk.takeIntake([0])).toEqual({ ok: false, errors: ['school-not-chosen'] })
    expect(desk.progress.all.submitted).toBe(0)

    const second = desk.roster.find((s) => s.code === 'MN02')?.id ?? ''
    const picked = await desk.pickSchool(it?.sha256 ?? '', second)
    expect(picked.ok && picked.value.map((i) => [i.matched, i.school.id])).toEqual([['chosen', second]])
    expect(await desk.takeIntake([0])).toEqual({ ok: true, value: { taken: 1, duplicates: 0, added: 0 } })
    expect(desk.rows.filter((row) => row.current).map((row) => row.school.code)).toEqual(['MN02'])
    expect(desk.roster).toHaveLength(2)
  })
})

describe('desk store: reviewing and deciding', () => {
  it('returns a school with a comment, then accepts its next revision with a reviewed score', async () => {
    const desk = await readyDesk()
    await take(desk, [await file(content('TH01', 'TH Xuân Hương'))])
    const id = desk.roster.find((s) => s.code === 'TH01')?.id ?? ''
    await desk.openSchool(id)
    expect(desk.openStatus).toBe('submitted')
    await desk.saveReviewRow('A2.1', null, 'Thiếu ảnh phòng máy')
    expect(desk.openStatus).toBe('under-review')
    expect(desk.progress.all['under-review']).toBe(1)

    expect(await desk.decide('returned', '  ')).toEqual({ ok: false, problems: [{ code: 'reason-required' }] })
    const returned = await desk.decide('returned', 'Bổ sung minh chứng')
    expect(returned.ok && returned.file.fileName).toMatch(/^chiso-tra-lai-th01-th-xuan-huong-lan-1\.zip$/)
    expect(returned.ok && returned.file.decision.content.rows).toEqual([{ itemId: 'A2.1', score: null, comment: 'Thiếu ảnh phòng máy' }])
    expect(desk.progress.all.returned).toBe(1)
    expect((await desk.decide('accepted', '')).ok).toBe(false)

    await take(desk, [await file(content('TH01', 'TH Xuân Hương', { revision: 2 }))])
    expect(desk.progress.all.submitted).toBe(1)
    await desk.openSchool(id)
    expect(desk.open?.rows).toEqual([])
    await desk.saveReviewRow('A2.1', 35, '')
    const accepted = await desk.decide('accepted', '')
    expect(accepted.ok && accepted.file.decision.content.reviewed?.groups[0]).toMatchObject({ points: 85 })
    expect(desk.progress.all.accepted).toBe(1)
    expect(fingerprint(desk.open?.current?.sha256 ?? '')).not.toBe('')
  })
})

describe('desk store: when the device cannot be read or written', () => {
  it('ends a check whose reading fails with the storage code, and a later check still works', async () => {
    const desk = await readyDesk()
    const f = await file(content('TH01', 'TH Xuân Hương'))
    vi.spyOn(repos().desk, 'submissionHeads').mockRejectedValueOnce(new StorageError('unavailable'))
    expect(await desk.checkIntake([f])).toEqual({ ok: false, storage: 'unavailable' })
    expect(await desk.takeIntake([0])).toEqual({ ok: true, value: { taken: 0, duplicates: 0, added: 0 } })
    const { taken } = await take(desk, [f])
    expect(taken).toEqual({ ok: true, value: { taken: 1, duplicates: 0, added: 0 } })
  })

  it('refuses a roster when there is no campaign, saying so', async () => {
    const desk = useDeskStore()
    await desk.load()
    expect(await desk.importRoster(new File(['Tên trường,Cấp học\nTH A,Tiểu học\n'], 'ds.csv', { type: 'text/csv' }))).toEqual({ ok: false, reason: 'no-campaign' })
  })

  it('keeps the roster as it was when reading it fails', async () => {
    const desk = await readyDesk()
    vi.spyOn(repos().desk, 'roster').mockRejectedValueOnce(new StorageError('closed'))
    expect(await desk.importRoster(new File(['Tên trường,Cấp học\nTH A,Tiểu học\n'], 'ds.csv', { type: 'text/csv' }))).toEqual({ ok: false, storage: 'closed' })
    expect((await repos().desk.roster(desk.campaign?.id ?? '')).map((s) => s.code).sort()).toEqual(['TH01', 'TH02', 'TH03'])
  })

  it('keeps the review rows on screen as saved when a row cannot be written', async () => {
    const desk = await readyDesk()
    await take(desk, [await file(content('TH01', 'TH Xuân Hương'))])
    await desk.openSchool(desk.roster.find((s) => s.code === 'TH01')?.id ?? '')
    vi.spyOn(repos().desk, 'putReviewRow').mockRejectedValueOnce(new StorageError('quota'))
    expect(await desk.saveReviewRow('A2.1', 30, '')).toEqual({ ok: false, errors: ['quota'] })
    expect([desk.open?.rows, desk.openStatus]).toEqual([[], 'submitted'])
  })

  it('keeps no decision when it cannot be saved, and a saved one stands even if reading the desk again fails', async () => {
    const desk = await readyDesk()
    await take(desk, [await file(content('TH01', 'TH Xuân Hương'))])
    await desk.openSchool(desk.roster.find((s) => s.code === 'TH01')?.id ?? '')
    vi.spyOn(repos().desk, 'putDecision').mockRejectedValueOnce(new StorageError('disk-full'))
    expect(await desk.decide('accepted', '')).toEqual({ ok: false, storage: 'disk-full' })
    expect([desk.openStatus, desk.openDecisions]).toEqual(['submitted', []])
    vi.spyOn(repos().desk, 'decisions').mockRejectedValueOnce(new StorageError('closed'))
    const r = await desk.decide('accepted', '')
    expect(r.ok).toBe(true)
    expect(desk.openStatus).toBe('accepted')
    expect(await desk.decide('accepted', '')).toEqual({ ok: false, reason: 'decided' })
    expect(await repos().desk.decisions(desk.campaign?.id ?? '')).toHaveLength(1)
  })
})
