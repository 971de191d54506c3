// @vitest-environment node
// (fake-indexeddb stores Blobs only when they are Node's own.)
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ChisoDb, repos, useDatabase } from '@/db'
import { exchangeError, META, RECORD_FIELD_LIMITS, TEXT_LIMITS } from '@/domain'
import { useBackupStore } from '@/stores/backup'
import { useExchangeStore, type ExchangeResult } from '@/stores/exchange'
import { answer, blobOf, jpegLike, member, photo, sampleData, sampleFiles, sha256OfBlob } from '../domain/exchange/sample'
import { dbState } from '../services/exchange/dbState'

/** Devices (the principal's, a teacher's phone, a new phone), each with its own database. */
const devices = new Map<string, ChisoDb>()
/** Switches the app to a device: its database (reopened: switching closes the previous one) and fresh app state. */
async function device(name: 'principal' | 'teacher' | 'new-phone'): Promise<ChisoDb> {
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

function value<T>(r: ExchangeResult<T>): T {
  if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 1))
  return r.value
}

beforeEach(async () => {
  devices.clear()
  await device('principal')
  await repos().exchange.restore(sampleData(), sampleFiles(), 'replace')
})

describe('backup and restore', () => {
  it('makes a dated backup file, remembers when, and restores it on a new phone exactly', async () => {
    const before = await dbState(await device('principal'))
    const store = useExchangeStore()
    const made = value(await store.makeBackup())
    expect(made.fileName).toMatch(/^chiso-sao-luu-\d{4}-\d{2}-\d{2}\.zip$/)
    expect(made.warnings).toEqual([])
    expect(useBackupStore().lastBackupAt).not.toBeNull()
    expect(await repos().meta.get(META.lastBackupAt)).toBe(useBackupStore().lastBackupAt)
    expect(store.progress).toBeNull()

    const phone = await device('new-phone')
    const report = value(await useExchangeStore().restore(made.blob, 'replace'))
    expect(report.added.files).toBe(2)
    const after = await dbState(phone)
    expect({ ...after, meta: [] }).toEqual({ ...before, meta: [] })
  })

  it('reads the last backup time back after a reload', async () => {
    value(await useExchangeStore().makeBackup())
    await device('principal')
    const store = useBackupStore()
    await store.refreshNudge()
    expect(store.lastBackupAt).toMatch(/^\d{4}-/)
  })

  it('merges a backup into a device that has data, keeping the device’s rows', async () => {
    const made = value(await useExchangeStore().makeBackup())
    await repos().answers.put(answer('1.1', false, { updatedAt: '2025-12-01T00:00:00.000Z' }))
    const report = value(await useExchangeStore().restore(made.blob, 'merge'))
    expect(report.kept).toEqual([{ table: 'answers', key: 'a1/1.1' }])
    expect((await repos().answers.list('a1')).find((a) => a.itemId === '1.1')?.value).toBe(false)
  })

  it('a backup of very repetitive text at the limits (dotted fill-in notes, full record fields) restores', async () => {
    const dots = '.'.repeat(TEXT_LIMITS.note)
    await repos().answers.putMany(Array.from({ length: 30 }, (_, i) => answer(`9.${i + 1}`, null, { note: dots })))
    const a = (await repos().assessments.get('a1'))!
    await repos().assessments.put({ ...a, record: { ...a.record, conclusion: '…'.repeat(RECORD_FIELD_LIMITS.conclusion), attendees: '-'.repeat(RECORD_FIELD_LIMITS.attendees) } })
    const before = await dbState(await device('principal'))
    const made = value(await useExchangeStore().makeBackup())
    expect(await repos().meta.get(META.lastBackupAt)).toBeDefined()

    const phone = await device('new-phone')
    value(await useExchangeStore().restore(made.blob, 'replace'))
    const after = await dbState(phone)
    expect({ ...after, meta: [] }).toEqual({ ...before, meta: [] })
  })

  it('records no last backup when the made file does not read back', async () => {
    const zip = await import('@/services/exchange')
    const spy = vi.spyOn(zip, 'verifyExchangeFile').mockResolvedValueOnce({
      ok: false,
      errors: [exchangeError('hash-mismatch', 'data.json', 'simulated', {})],
    })
    const r = await useExchangeStore().makeBackup()
    spy.mockRestore()
    expect(!r.ok && r.errors[0]?.code).toBe('hash-mismatch')
    expect(await repos().meta.get(META.lastBackupAt)).toBeUndefined()
  })

  it('says the storage failed, and why, when the database was closed under it', async () => {
    const made = value(await useExchangeStore().makeBackup())
    const db = await device('principal')
    db.close()
    const r = await useExchangeStore().restore(made.blob, 'replace')
    expect(!r.ok && r.errors[0]?.code).toBe('storage-failed')
    expect(!r.ok && r.errors[0]?.params.reason).toBe('closed')
  })
})

describe('assignment → contribution → merge, between two devices', () => {
  async function roundTrip() {
    // Principal: assign items 1.1 and 1.3.1 of a1 to m1.
    await device('principal')
    const assignment = value(await useExchangeStore().exportAssignment('a1', 'm1'))
    expect(assignment.fileName).toMatch(/^chiso-phan-cong-tran-van-nam-\d{4}-\d{2}-\d{2}\.zip$/)

    // Teacher: open it, change a row, photograph evidence, send it back.
    await device('teacher')
    const imported = value(await useExchangeStore().importAssignment(assignment.blob))
    expect(imported).toEqual({ assessmentId: 'a1', schoolName: 'Trường Tiểu học Võ Thị Sáu', memberName: 'Trần Văn Nam', itemCount: 2, rowsKept: 0 })
    expect((await repos().answers.list('a1')).map((a) => a.itemId).sort()).toEqual(['1.1', '1.3.1'])
    await repos().answers.put(answer('1.3.1', 6, { note: 'Đã chụp 3 ảnh', updatedAt: '2025-11-02T08:00:00.000Z' }))
    await repos().answers.put(answer('1.1', false, { note: 'Chưa có quyết định', updatedAt: '2025-11-02T08:00:00.000Z' }))
    const shots = [1, 2, 3].map((i) => ({ id: `tf${i}`, blob: blobOf(jpegLike(1500 + i, 20 + i), 'image/jpeg'), thumb: blobOf(jpegLike(200, 40 + i), 'image/jpeg') }))
    await repos().evidence.addMany(
      shots.map((s, i) => photo({ id: `te${i}`, code: `MC1.3.0${i + 1}`, title: `Ảnh ${i + 1}` }, s.id)),
      shots,
    )
    const contribution = value(await useExchangeStore().exportContribution('a1'))
    expect(contribution.fileName).toMatch(/^chiso-dong-gop-tran-van-nam-/)

    // Principal: changed row 1.1 meanwhile, then imports.
    await device('principal')
    await repos().answers.put(answer('1.1', true, { note: 'Hiệu trưởng đã xem', updatedAt: '2025-11-01T08:00:00.000Z' }))
    return { assignment, contribution, shots }
  }

  it('adds the member’s rows and photos attributed to them, and asks about the conflicting row', async () => {
    const { contribution, shots } = await roundTrip()
    const store = useExchangeStore()
    const preview = value(await store.previewContribution(contribution.blob))
    expect(preview.alreadyImportedAt).toBeUndefined()
    expect(preview.plan.newAnswers.map((a) => [a.itemId, a.value, a.by])).toEqual([['1.3.1', 6, 'm1']])
    expect(preview.plan.conflicts.map((c) => [c.itemId, c.principal?.value, c.contribution.value])).toEqual([['1.1', true, false]])
    // The principal already has MC1.3.01: the member's photos are renumbered after it.
    expect(preview.plan.newEvidence.map((e) => [e.code, e.addedBy])).toEqual([
      ['MC1.3.02', 'Trần Văn Nam'],
      ['MC1.3.03', 'Trần Văn Nam'],
      ['MC1.3.04', 'Trần Văn Nam'],
    ])

    const unresolved = await store.applyContribution(preview, {})
    expect(!unresolved.ok && unresolved.errors.map((e) => e.code)).toEqual(['unresolved-conflict'])

    expect(value(await store.applyContribution(preview, { '1.1': 'principal' }))).toEqual({ answers: 1, evidence: 3, files: 3 })
    const rows = await repos().answers.list('a1')
    expect(rows.find((a) => a.itemId === '1.1')).toMatchObject({ value: true, note: 'Hiệu trưởng đã xem' })
    expect(rows.find((a) => a.itemId === '1.3.1')).toMatchObject({ value: 6, by: 'm1' })
    const evidence = await repos().evidence.list('a1')
    expect(evidence.filter((e) => e.addedBy === 'Trần Văn Nam')).toHaveLength(4)
    for (const s of shots) {
      const stored = await repos().evidence.file(s.id)
      expect(await sha256OfBlob(stored!.blob)).toBe(await sha256OfBlob(s.blob))
      expect(await sha256OfBlob(stored!.thumb!)).toBe(await sha256OfBlob(s.thumb))
    }
  })

  it('a photo the principal already keeps is not stored again; its evidence proves the member’s row too', async () => {
    await device('principal')
    const assignment = value(await useExchangeStore().exportAssignment('a1', 'm1'))
    await device('teacher')
    value(await useExchangeStore().importAssignment(assignment.blob))
    // The same picture (same bytes as the principal's MC1.3.01), sent by the teacher for row 1.1.
    const same = { id: 'tf9', blob: blobOf(jpegLike(3000, 7), 'image/jpeg') }
    await repos().evidence.addMany([photo({ id: 'te9', code: 'MC1.1.02', title: 'Ảnh phòng máy', itemIds: ['1.1'] }, 'tf9')], [same])
    const contribution = value(await useExchangeStore().exportContribution('a1'))

    await device('principal')
    const preview = value(await useExchangeStore().previewContribution(contribution.blob))
    expect(preview.plan.newEvidence).toEqual([])
    expect(preview.plan.duplicates).toEqual([{ evidenceId: 'te9', code: 'MC1.1.02', title: 'Ảnh phòng máy', sameAs: 'MC1.3.01', addItems: ['1.1'] }])
    value(await useExchangeStore().applyContribution(preview, {}))
    expect((await repos().evidence.get('e1'))?.itemIds).toEqual(['1.3.1', '1.1'])
    expect(await repos().evidence.get('te9')).toBeUndefined()
    expect(await repos().evidence.file('tf9')).toBeUndefined()
  })

  it('importing the same contribution twice changes nothing', async () => {
    const { contribution } = await roundTrip()
    const first = value(await useExchangeStore().previewContribution(contribution.blob))
    value(await useExchangeStore().applyContribution(first, { '1.1': 'contribution' }))
    const after = await dbState(await device('principal'))

    const second = value(await useExchangeStore().previewContribution(contribution.blob))
    expect(second.alreadyImportedAt).toBeDefined()
    expect(second.plan.newAnswers).toEqual([])
    expect(second.plan.conflicts).toEqual([])
    expect(second.plan.newEvidence).toEqual([])
    expect(second.plan.skippedEvidence).toBe(3)
    value(await useExchangeStore().applyContribution(second, {}))
    expect(await dbState(await device('principal'))).toEqual(after)
  })

  it('refuses to write when a row changed after the preview, and writes nothing', async () => {
    const { contribution } = await roundTrip()
    const preview = value(await useExchangeStore().previewContribution(contribution.blob))
    await repos().answers.put(answer('1.3.1', 1, { updatedAt: '2025-11-05T08:00:00.000Z' }))
    const before = await dbState(await device('principal'))
    const r = await useExchangeStore().applyContribution(preview, { '1.1': 'contribution' })
    expect(!r.ok && r.errors[0]).toMatchObject({ code: 'changed-since-preview', params: { items: '1.3.1' } })
    expect(await dbState(await device('principal'))).toEqual(before)
  })

  it('refuses to write when the assessment was approved after the preview', async () => {
    const { contribution } = await roundTrip()
    const preview = value(await useExchangeStore().previewContribution(contribution.blob))
    const a = await repos().assessments.get('a1')
    await repos().assessments.put({ ...a!, status: 'approved' })
    const r = await useExchangeStore().applyContribution(preview, { '1.1': 'principal' })
    expect(!r.ok && r.errors[0]?.code).toBe('approved-revision')
  })

  it('refuses files on the wrong device', async () => {
    const { assignment, contribution } = await roundTrip()
    // The principal's device has no assignment to answer, and the assignment is its own.
    expect((await useExchangeStore().exportContribution('a1')).ok).toBe(false)
    const own = await useExchangeStore().importAssignment(assignment.blob)
    expect(!own.ok && own.errors[0]?.code).toBe('not-for-this-device')
    // The teacher's phone does not take contributions.
    await device('teacher')
    const r = await useExchangeStore().previewContribution(contribution.blob)
    expect(!r.ok && r.errors[0]?.code).toBe('not-for-this-device')
  })

  it('refuses a contribution once the assessment is approved', async () => {
    const { contribution } = await roundTrip()
    const a = await repos().assessments.get('a1')
    await repos().assessments.put({ ...a!, status: 'approved' })
    const r = await useExchangeStore().previewContribution(contribution.blob)
    expect(!r.ok && r.errors[0]?.code).toBe('approved-revision')
  })

  it('cannot assign rows of an approved revision, nor to a member who is gone', async () => {
    await device('principal')
    await repos().members.put(member({ id: 'm0', assessmentId: 'a0' }))
    const approved = await useExchangeStore().exportAssignment('a0', 'm0')
    expect(!approved.ok && approved.errors[0]?.code).toBe('approved-revision')
    const gone = await useExchangeStore().exportAssignment('a1', 'nobody')
    expect(!gone.ok && gone.errors[0]?.code).toBe('wrong-assessment')
  })
})
