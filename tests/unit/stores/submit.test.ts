// @vitest-environment node
// (fake-indexeddb stores Blobs only when they are Node's own.)
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { ChisoDb, repos, useDatabase } from '@/db'
import { fingerprint, makeDecision, reportStatus, reviewComments, type Assessment, type Decision } from '@/domain'
import { buildDecisionFile, readSubmissionFile } from '@/services/exchange'
import { useSubmitStore } from '@/stores/submit'
import { assessment } from '../../builders/assessment'
import { tinySet, tinySetJson } from '../../builders/criteriaSet'
import { aSchool } from '../../builders/school'
import { FULL_ANSWERS } from '../../builders/submission'
import { blobOf, jpegLike } from '../domain/exchange/sample'

const school = aSchool({ id: 's1', code: 'TH01', name: 'Trường Tiểu học Xuân Hương' })
const approved = (): Assessment =>
  assessment({
    id: 'a1',
    schoolId: 's1',
    setId: 'tiny',
    version: '1.0.0',
    status: 'approved',
    approval: { date: '2026-05-10', decisionNumber: '12/QĐ-TH', approvedAt: '2026-05-10T02:00:00.000Z' },
  })
const photo = jpegLike(2000, 3)

beforeEach(async () => {
  useDatabase(new ChisoDb(`test-${crypto.randomUUID()}`))
  setActivePinia(createPinia())
  await repos().criteriaSets.put({ key: 'tiny@1.0.0', setId: 'tiny', version: '1.0.0', fileName: 'tiny.json', text: JSON.stringify(tinySetJson()), loadedAt: '2026-01-01T00:00:00.000Z' })
  await repos().schools.put(school)
  await repos().assessments.put(approved())
  await repos().answers.putMany(
    Object.entries(FULL_ANSWERS).map(([itemId, value]) => ({ assessmentId: 'a1', itemId, value, note: '', updatedAt: '2026-05-01T00:00:00.000Z' })),
  )
  await repos().evidence.addMany(
    [
      {
        id: 'e1',
        assessmentId: 'a1',
        code: 'MC1.1.01',
        title: 'Ảnh phòng máy',
        kind: 'photo',
        itemIds: ['A1'],
        file: { id: 'f1', mime: 'image/jpeg', size: photo.length, name: 'a.jpg' },
        addedAt: '2026-05-01T00:00:00.000Z',
        updatedAt: '2026-05-01T00:00:00.000Z',
      },
    ],
    [{ id: 'f1', blob: blobOf(photo, 'image/jpeg') }],
  )
})

async function submitted(photos = false) {
  const r = await useSubmitStore().submit('a1', { photos, record: false })
  if (!r.ok) throw new Error(JSON.stringify(r.errors))
  return r.value
}

async function decisionFile(decision: Decision, sha256: string, decidedAt = '2026-06-01T03:00:00.000Z') {
  const file = await readSubmissionFile(submittedFileFor(sha256).blob)
  if (!file.ok) throw new Error('unreadable')
  const d = makeDecision({
    sha256,
    content: file.value.content,
    set: tinySet(),
    decision,
    reason: decision === 'returned' ? 'Thiếu minh chứng cho chỉ số A2.1' : '',
    rows: [{ itemId: 'A2.1', score: decision === 'accepted' ? 30 : null, comment: 'Cần biên bản kiểm kê' }],
    unit: { name: 'Phòng Văn hóa – Xã hội', headName: 'Lê Văn Bình' },
    decidedAt,
  })
  if (!d.ok) throw new Error(JSON.stringify(d.problems))
  const made = await buildDecisionFile(d.value, { appVersion: '0.1.0', createdAt: decidedAt, packageId: 'p-' + decision })
  if (!made.ok) throw new Error(JSON.stringify(made.errors))
  return made.value.blob
}
const made = new Map<string, { blob: Blob }>()
function submittedFileFor(sha256: string) {
  return made.get(sha256) as { blob: Blob }
}

describe('submit store', () => {
  it('makes the file, shows its fingerprint and marks the result submitted with the time', async () => {
    const f = await submitted()
    made.set(f.sha256, f)
    expect(f.fingerprint).toBe(fingerprint(f.sha256))
    expect(f.fileName).toMatch(/^chiso-nop-ket-qua-th01-truong-tieu-hoc-xuan-huong-2025-2026-lan-1-[0-9A-F]{8}\.zip$/)
    const a = await repos().assessments.get('a1')
    expect(a?.status).toBe('submitted')
    expect(a?.submission).toEqual({ sha256: f.sha256, submittedAt: f.submittedAt })
    expect(reportStatus(a as Assessment)).toBe('submitted')
  })

  it('carries the photos only when asked, with the same fingerprint, and keeps the first time', async () => {
    const without = await submitted(false)
    const withPhotos = await submitted(true)
    expect(withPhotos.sha256).toBe(without.sha256)
    expect(withPhotos.submittedAt).toBe(without.submittedAt)
    expect(withPhotos.blob.size).toBeGreaterThan(without.blob.size + photo.length / 2)
    const r = await readSubmissionFile(withPhotos.blob)
    expect(r.ok && r.value.attachments.files).toEqual(['f1'])
    expect(await useSubmitStore().choices('a1')).toEqual({ photos: { count: 1, bytes: photo.length } })
  })

  it('refuses to submit a draft and writes nothing', async () => {
    await repos().assessments.put({ ...approved(), status: 'draft' })
    const r = await useSubmitStore().submit('a1', { photos: false, record: false })
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual(['approved-revision'])
    expect((await repos().assessments.get('a1'))?.submission).toBeUndefined()
  })

  it('opens a return: a new revision carries the answers and the comments beside the rows; resubmitting raises the revision', async () => {
    const f = await submitted()
    made.set(f.sha256, f)
    const store = useSubmitStore()
    const r = await store.openDecision(await decisionFile('returned', f.sha256))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value).toMatchObject({ decision: 'returned', assessmentId: 'a1', duplicate: false })
    const old = await repos().assessments.get('a1')
    expect(reportStatus(old as Assessment)).toBe('returned')
    const next = (await repos().assessments.get(r.value.revisionId as string)) as Assessment
    expect(next).toMatchObject({ status: 'draft', revision: 2, amends: 'a1' })
    expect((await repos().answers.list(next.id)).map((x) => [x.itemId, x.value])).toEqual(
      (await repos().answers.list('a1')).map((x) => [x.itemId, x.value]),
    )
    await store.loadComments(next)
    expect([...store.comments]).toEqual([['A2.1', 'Cần biên bản kiểm kê']])
    expect(reviewComments(next, await repos().assessments.listBySchool('s1')).get('A2.1')).toBe('Cần biên bản kiểm kê')

    // The same file again changes nothing and opens no second revision.
    const again = await store.openDecision(await decisionFile('returned', f.sha256))
    expect(again.ok && again.value).toMatchObject({ duplicate: true, revisionId: next.id })
    expect(await repos().assessments.listBySchool('s1')).toHaveLength(2)

    // Approve revision 2 and submit it: the file says lần 2.
    await repos().assessments.put({ ...next, status: 'approved', approval: { date: '2026-06-05', decisionNumber: '15/QĐ-TH', approvedAt: '2026-06-05T01:00:00.000Z' } })
    const second = await store.submit(next.id, { photos: false, record: false })
    expect(second.ok && second.value.revision).toBe(2)
    expect(second.ok && second.value.fileName).toMatch(/-lan-2-/)
  })

  it('opens an acceptance: the result is accepted with the reviewed totals', async () => {
    const f = await submitted()
    made.set(f.sha256, f)
    const r = await useSubmitStore().openDecision(await decisionFile('accepted', f.sha256))
    expect(r.ok && r.value).toMatchObject({ decision: 'accepted', duplicate: false })
    expect(r.ok && r.value.revisionId).toBeUndefined()
    const a = (await repos().assessments.get('a1')) as Assessment
    expect(reportStatus(a)).toBe('accepted')
    expect(a.review?.reviewed?.groups.find((g) => g.id === 'A')?.points).toBe(80)
    expect(await repos().assessments.listBySchool('s1')).toHaveLength(1)
  })

  it('refuses a decision about another submission and writes nothing', async () => {
    const f = await submitted()
    made.set(f.sha256, f)
    const blob = await decisionFile('returned', f.sha256)
    await repos().assessments.put({ ...(await repos().assessments.get('a1'))!, submission: { sha256: 'b'.repeat(64), submittedAt: f.submittedAt } })
    const before = await repos().assessments.listBySchool('s1')
    const r = await useSubmitStore().openDecision(blob)
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual(['wrong-assessment'])
    expect(await repos().assessments.listBySchool('s1')).toEqual(before)
  })

  it('makes the per-row table with a header and one line per row of the set', async () => {
    const r = await useSubmitStore().table('a1')
    expect(r.ok && r.value.rows[0]?.[0]).toBe('Mã trường')
    expect(r.ok && r.value.rows.filter((row) => row[6] === 'A2.1')).toEqual([expect.arrayContaining(['TH01', 'A2.1', 40])])
  })
})
