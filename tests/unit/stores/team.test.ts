// @vitest-environment node
// (fake-indexeddb stores Blobs only when they are Node's own.)
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { reactive } from 'vue'
import { ChisoDb, repos, useDatabase } from '@/db'
import { shareOrDownload } from '@/services/share'
import { useAssessmentStore } from '@/stores/assessment'
import { useEvidenceStore } from '@/stores/evidence'
import { MEMBER_NAME_MAX } from '@/domain'
import { useTeamStore, type OpenResult, type SendResult } from '@/stores/team'
import { useExchangeStore } from '@/stores/exchange'
import { blobOf, jpegLike, photo, sampleData, sampleFiles } from '../domain/exchange/sample'
import { dbState } from '../services/exchange/dbState'

// Node has no share sheet and no document to download into: the made file is caught here instead.
vi.mock('@/services/share', () => ({
  shareOrDownload: vi.fn(() => Promise.resolve('downloaded')),
  download: vi.fn(),
}))
const shared = vi.mocked(shareOrDownload)

/** Devices, each with its own database: the principal's and a teacher's phone. */
const devices = new Map<string, ChisoDb>()
async function device(name: 'principal' | 'teacher'): Promise<ChisoDb> {
  let db = devices.get(name)
  if (!db) {
    db = new ChisoDb(`test-${name}-${crypto.randomUUID()}`)
    devices.set(name, db)
  }
  useDatabase(db)
  await db.open()
  setActivePinia(createPinia())
  return db
}

/** Opens assessment a1 on the current device the way the team screen does. */
async function openTeam(id = 'a1') {
  const team = useTeamStore()
  await Promise.all([useAssessmentStore().open(id), useEvidenceStore().open(id), team.open(id)])
  return team
}

function sent(r: SendResult): { blob: Blob; fileName: string } {
  if (!r.ok) throw new Error(JSON.stringify(r.errors))
  const [blob, fileName] = shared.mock.lastCall as [Blob, string]
  expect(fileName).toBe(r.fileName)
  return { blob, fileName }
}

const asFile = (f: { blob: Blob; fileName: string }) => new File([f.blob], f.fileName, { type: 'application/zip' })

beforeEach(async () => {
  devices.clear()
  shared.mockClear()
  await device('principal')
  await repos().exchange.restore(sampleData(), sampleFiles(), 'replace')
})

describe('members of the working group', () => {
  it('adds a member with a tidied name and a role, keeps them on the device, and lists principals first', async () => {
    const team = await openTeam()
    expect(await team.addMember({ name: '  Nguyễn   Văn\tAn ', role: 'group-leader' })).toBeNull()
    const added = team.members.find((m) => m.name === 'Nguyễn Văn An')
    expect(added).toMatchObject({ assessmentId: 'a1', role: 'group-leader', itemIds: [] })
    expect((await repos().members.list('a1')).map((m) => m.name).sort()).toEqual(['Lê Thị Hồng', 'Nguyễn Văn An', 'Trần Văn Nam'])
    expect(team.sorted.map((m) => m.role)).toEqual(['vice-principal', 'group-leader', 'teacher'])
  })

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['A'.repeat(MEMBER_NAME_MAX + 1), 'too-long'],
  ] as const)('refuses the name %j (%s) and stores nothing', async (name, problem) => {
    const team = await openTeam()
    expect(await team.addMember({ name, role: 'teacher' })).toBe(problem)
    expect(await repos().members.list('a1')).toHaveLength(2)
  })

  it('edits and removes a member', async () => {
    const team = await openTeam()
    expect(await team.updateMember('m1', { name: 'Trần Văn Nam (tổ 5)', role: 'staff' })).toBeNull()
    expect((await repos().members.list('a1')).find((m) => m.id === 'm1')).toMatchObject({ name: 'Trần Văn Nam (tổ 5)', role: 'staff', itemIds: ['1.1', '1.3.1'] })
    expect(await team.removeMember('m2')).toBe(true)
    expect((await repos().members.list('a1')).map((m) => m.id)).toEqual(['m1'])
    expect(await team.removeMember('nobody')).toBe(false)
  })

  it('changes nothing in an approved assessment', async () => {
    const team = await openTeam('a0')
    expect(team.readOnly).toBe(true)
    expect(await team.addMember({ name: 'Phạm Thu', role: 'teacher' })).toBe('not-saved')
    expect(await repos().members.list('a0')).toEqual([])
  })
})

describe('assigning rows', () => {
  it('keeps known rows only, in the set’s order, and names each row’s assignees', async () => {
    const team = await openTeam()
    expect(await team.assign('m2', ['1.7.2', 'nope', '1.1', '1.7.1', '1.1'])).toBe(true)
    expect((await repos().members.list('a1')).find((m) => m.id === 'm2')?.itemIds).toEqual(['1.1', '1.7.1', '1.7.2'])
    // Row 1.1 is m1's too: a row may have several people.
    expect(team.assignees.get('1.1')?.map((m) => m.name)).toEqual(['Lê Thị Hồng', 'Trần Văn Nam'])
    expect(team.assignees.get('2.1')).toBeUndefined()
  })

  it('counts each member’s answered rows and evidence', async () => {
    const team = await openTeam()
    // m1 has 1.1 (answered, evidence e2) and 1.3.1 (answered, evidence e1).
    expect(team.progress.get('m1')).toEqual({ assigned: 2, answered: 2, withEvidence: 2, evidence: 2 })
    // m2 has 2.1 (answered, evidence e3).
    expect(team.progress.get('m2')).toEqual({ assigned: 1, answered: 1, withEvidence: 1, evidence: 1 })
    await team.assign('m2', ['2.1', '2.2'])
    expect(team.progress.get('m2')).toEqual({ assigned: 2, answered: 1, withEvidence: 1, evidence: 1 })
  })
})

describe('the round trip between two phones', () => {
  async function assignmentFor(memberId: string) {
    await device('principal')
    const team = await openTeam()
    return sent(await team.sendAssignment(memberId))
  }

  async function open(file: File): Promise<OpenResult> {
    return useTeamStore().openFile(file)
  }

  /** The teacher answers row 1.1 "not met" and sends it; the principal meanwhile answers it "met". */
  async function bothChangeRow11() {
    const assignment = await assignmentFor('m1')
    await device('teacher')
    await open(asFile(assignment))
    await openTeam()
    await useAssessmentStore().setAnswer('1.1', { value: false, note: 'Chưa có quyết định' })
    const contribution = sent(await useTeamStore().sendContribution('a1'))
    await device('principal')
    await openTeam()
    await useAssessmentStore().setAnswer('1.1', { value: true, note: 'Đã ban hành' })
    return contribution
  }

  it('sends a member their rows as a named file through the share helper', async () => {
    const file = await assignmentFor('m1')
    expect(file.fileName).toMatch(/^chiso-phan-cong-tran-van-nam-\d{4}-\d{2}-\d{2}\.zip$/)
    expect(useTeamStore().made.get('m1')?.fileName).toBe(file.fileName)
  })

  it('notes when a member’s file left the phone; a cancelled share sheet is not a send', async () => {
    const team = await openTeam()
    shared.mockResolvedValueOnce('cancelled')
    expect((await team.sendAssignment('m1')).ok).toBe(true)
    expect((await repos().members.list('a1')).find((m) => m.id === 'm1')?.sentAt).toBeUndefined()
    shared.mockResolvedValueOnce('shared')
    expect(await team.shareAgain('m1')).toBe('shared')
    const sentAt = (await repos().members.list('a1')).find((m) => m.id === 'm1')?.sentAt
    expect(sentAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(team.members.find((m) => m.id === 'm1')?.sentAt).toBe(sentAt)
    // A member removed while their file was being handed over stays removed.
    expect(await team.removeMember('m1')).toBe(true)
    shared.mockResolvedValueOnce('shared')
    await team.shareAgain('m1')
    expect((await repos().members.list('a1')).map((m) => m.id)).toEqual(['m2'])
    expect(team.members.map((m) => m.id)).toEqual(['m2'])
  })

  it('a contribution from a member removed from the list is shown as such and imports only when chosen', async () => {
    const assignment = await assignmentFor('m1')
    expect((await repos().members.list('a1')).find((m) => m.id === 'm1')?.sentAt).toBeDefined()
    await device('teacher')
    await open(asFile(assignment))
    await openTeam()
    await useAssessmentStore().setAnswer('1.3.1', { value: 5 })
    const contribution = sent(await useTeamStore().sendContribution('a1'))
    await device('principal')
    expect(await (await openTeam()).removeMember('m1')).toBe(true)
    const r = await open(asFile(contribution))
    if (r.kind !== 'contribution') throw new Error(JSON.stringify(r))
    expect(r.preview.team).toEqual({ onTeam: false, notAssigned: ['1.1', '1.3.1'] })
    const refused = await useTeamStore().applyContribution(r.preview, {})
    expect(!refused.ok && refused.errors[0]?.code).toBe('not-on-team')
    expect((await repos().answers.list('a1')).find((a) => a.itemId === '1.3.1')?.value).not.toBe(5)
    expect((await useTeamStore().applyContribution(r.preview, {}, true)).ok).toBe(true)
    expect((await repos().answers.list('a1')).find((a) => a.itemId === '1.3.1')).toMatchObject({ value: 5, by: 'm1' })
  })

  it('does not make a file for a member with no rows', async () => {
    const team = await openTeam()
    await team.assign('m2', [])
    const r = await team.sendAssignment('m2')
    expect(!r.ok && r.errors.map((e) => e.code)).toEqual(['not-assigned'])
    expect(shared).not.toHaveBeenCalled()
  })

  it('opens an assignment on the teacher’s phone, then brings the contribution back, once', async () => {
    const assignment = await assignmentFor('m1')

    await device('teacher')
    const opened = await open(asFile(assignment))
    expect(opened).toMatchObject({ kind: 'assignment', fileName: assignment.fileName, value: { assessmentId: 'a1', memberName: 'Trần Văn Nam', itemCount: 2 } })
    let team = useTeamStore()
    expect(team.justOpened?.fileName).toBe(assignment.fileName)
    expect(team.receivedList).toEqual([{ assessmentId: 'a1', schoolName: 'Trường Tiểu học Võ Thị Sáu', memberName: 'Trần Văn Nam', schoolYear: '2025-2026', itemCount: 2 }])
    team = await openTeam()
    expect(team.received?.assignment.assignedItemIds).toEqual(['1.1', '1.3.1'])
    // The teacher's phone holds their part only: no team to manage there.
    expect(team.readOnly).toBe(true)
    expect(await team.addMember({ name: 'Ai đó', role: 'teacher' })).toBe('not-saved')

    await useAssessmentStore().setAnswer('1.3.1', { value: 5, note: 'Hai phòng máy, 70 máy' })
    const shot = { id: 'tf1', blob: blobOf(jpegLike(900, 3), 'image/jpeg'), thumb: blobOf(jpegLike(120, 4), 'image/jpeg') }
    await repos().evidence.addMany([photo({ id: 'te1', code: 'MC1.3.01', title: 'Phòng máy số 2' }, shot.id)], [shot])
    const contribution = sent(await team.sendContribution('a1'))
    expect(contribution.fileName).toMatch(/^chiso-dong-gop-tran-van-nam-/)
    expect(team.made.get('contribution')).toBeDefined()

    const principal = await device('principal')
    const first = await open(asFile(contribution))
    if (first.kind !== 'contribution') throw new Error(JSON.stringify(first))
    expect(first.preview.alreadyImportedAt).toBeUndefined()
    expect(first.preview.plan.newAnswers.map((a) => [a.itemId, a.value, a.by])).toEqual([['1.3.1', 5, 'm1']])
    expect(first.preview.plan.newEvidence.map((e) => [e.code, e.addedBy])).toEqual([['MC1.3.02', 'Trần Văn Nam']])
    // As a screen would hold it: in reactive state.
    const applied = await useTeamStore().applyContribution(reactive<typeof first.preview>(first.preview), {})
    expect(applied).toEqual({ ok: true, value: { answers: 1, evidence: 1, files: 1 } })
    const after = await dbState(principal)

    const again = await open(asFile(contribution))
    if (again.kind !== 'contribution') throw new Error(JSON.stringify(again))
    expect(again.preview.alreadyImportedAt).toBeDefined()
    expect([again.preview.plan.newAnswers, again.preview.plan.newEvidence, again.preview.plan.conflicts]).toEqual([[], [], []])
    await useTeamStore().applyContribution(again.preview, {})
    expect(await dbState(principal)).toEqual(after)
  })

  it('asks the principal about a row both changed, and writes nothing until each is chosen', async () => {
    const contribution = await bothChangeRow11()
    const r = await open(asFile(contribution))
    if (r.kind !== 'contribution') throw new Error(JSON.stringify(r))
    expect(r.preview.plan.conflicts.map((c) => [c.itemId, c.principal?.value, c.contribution.value])).toEqual([['1.1', true, false]])
    const unresolved = await useTeamStore().applyContribution(r.preview, {})
    expect(!unresolved.ok && unresolved.errors.map((e) => [e.code, e.params.itemId])).toEqual([['unresolved-conflict', '1.1']])
    expect((await repos().answers.list('a1')).find((a) => a.itemId === '1.1')).toMatchObject({ value: true, note: 'Đã ban hành' })
    expect((await useTeamStore().applyContribution(r.preview, { '1.1': 'contribution' })).ok).toBe(true)
    expect((await repos().answers.list('a1')).find((a) => a.itemId === '1.1')).toMatchObject({ value: false, note: 'Chưa có quyết định', by: 'm1' })
  })

  it('remembers "keep mine": the same contribution opened again does not ask about that row', async () => {
    const contribution = await bothChangeRow11()
    const first = await open(asFile(contribution))
    if (first.kind !== 'contribution') throw new Error(JSON.stringify(first))
    expect((await useTeamStore().applyContribution(first.preview, { '1.1': 'principal' })).ok).toBe(true)
    expect((await repos().answers.list('a1')).find((a) => a.itemId === '1.1')).toMatchObject({ value: true, note: 'Đã ban hành' })

    const again = await open(asFile(contribution))
    if (again.kind !== 'contribution') throw new Error(JSON.stringify(again))
    expect(again.preview.plan.conflicts).toEqual([])
    expect(again.preview.plan.keptEarlier).toEqual(['1.1'])

    // Deleting the assessment forgets its decisions with it.
    await repos().assessments.remove('a1')
    expect(await repos().exchange.keptDecisions('a1')).toEqual(new Set())
  })

  it.each([
    ['a backup file', 'backup', 'wrong-format'],
    ['a file that is not a zip', 'junk', 'not-a-zip'],
    ['its own assignment', 'assignment', 'not-for-this-device'],
  ] as const)('refuses %s on the principal’s device, naming the file, and changes nothing', async (_, kind, code) => {
    const db = await device('principal')
    let file: File
    if (kind === 'backup') {
      const made = await useExchangeStore().makeBackup()
      if (!made.ok) throw new Error('no backup')
      file = new File([made.value.blob], made.value.fileName)
    } else if (kind === 'junk') file = new File([blobOf(jpegLike(2000))], 'anh-lop-5a.zip')
    else file = asFile(await assignmentFor('m1'))
    const before = await dbState(db)
    const r = await open(file)
    expect(r).toMatchObject({ kind: 'refused', fileName: file.name })
    expect(r.kind === 'refused' && r.errors[0]?.code).toBe(code)
    expect(await dbState(db)).toEqual(before)
  })

  it.each([
    ['another school', 'wrong-school', async () => repos().schools.remove('s1')],
    ['another assessment', 'wrong-assessment', async () => repos().assessments.remove('a1')],
    ['another set version', 'wrong-set-version', async () => repos().assessments.put({ ...(await repos().assessments.get('a1'))!, version: '1.1.0' })],
    ['an approved revision', 'approved-revision', async () => repos().assessments.put({ ...(await repos().assessments.get('a1'))!, status: 'approved' })],
    ['a damaged file', 'truncated', null],
  ] as const)('refuses a contribution for %s (%s), naming the file, writing nothing', async (_, code, change) => {
    const assignment = await assignmentFor('m1')
    await device('teacher')
    await open(asFile(assignment))
    const contribution = sent(await useTeamStore().sendContribution('a1'))
    const db = await device('principal')
    await change?.()
    const file = change ? asFile(contribution) : new File([contribution.blob.slice(0, contribution.blob.size - 40)], contribution.fileName)
    const before = await dbState(db)
    const r = await open(file)
    expect(r).toMatchObject({ kind: 'refused', fileName: contribution.fileName })
    expect(r.kind === 'refused' && r.errors[0]?.code).toBe(code)
    expect(await dbState(db)).toEqual(before)
  })

  it('hands the file to the share helper again, or downloads it, without making it again', async () => {
    await assignmentFor('m1')
    const team = useTeamStore()
    shared.mockResolvedValueOnce('shared')
    expect(await team.shareAgain('m1')).toBe('shared')
    expect(await team.shareAgain('m2')).toBeNull()
    expect(shared).toHaveBeenCalledTimes(2)
  })

  it('keeps a picked file for the open-file screen, once', () => {
    const team = useTeamStore()
    const f = new File(['x'], 'a.zip')
    team.pendingFile = f
    expect(team.takePending()).toBe(f)
    expect(team.takePending()).toBeNull()
  })
})
