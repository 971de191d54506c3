import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ChisoDb, repos, useDatabase } from '@/db'
import type { Answer, Assessment, Evidence, Result, School, StorageErrorCode } from '@/domain'
import { useSchoolsStore, type SchoolInput } from '@/stores/schools'

const input = (over: Partial<SchoolInput> = {}): SchoolInput => ({
  name: 'Trường Tiểu học Võ Thị Sáu',
  code: '31000123',
  kind: 'tieu-hoc',
  province: 'Hải Phòng',
  commune: 'Phường Hồng Bàng',
  managingBody: 'Phòng Văn hóa – Xã hội phường Hồng Bàng',
  headName: 'Nguyễn Thị Lan',
  ...over,
})

const assessment = (id: string, schoolId: string): Assessment => ({
  id,
  schoolId,
  setId: 'tiny',
  version: '1.0.0',
  schoolYear: '2025-2026',
  status: 'draft',
  revision: 1,
  record: {},
  createdAt: '2025-10-01T00:00:00.000Z',
  updatedAt: '2025-10-01T00:00:00.000Z',
})

const answer = (assessmentId: string, itemId: string): Answer => ({
  assessmentId,
  itemId,
  value: true,
  note: '',
  updatedAt: '2025-10-01T00:00:00.000Z',
})

/** The school a save made; a failed save fails the test. */
async function saved(r: Promise<Result<School, StorageErrorCode>>): Promise<School> {
  const done = await r
  if (!done.ok) throw new Error(`not saved: ${done.errors.join(', ')}`)
  return done.value
}

beforeEach(() => {
  useDatabase(new ChisoDb(`test-${crypto.randomUUID()}`))
  setActivePinia(createPinia())
})

describe('schools store', () => {
  it('creates a school with an id and timestamps, trimmed and in NFC', async () => {
    const store = useSchoolsStore()
    const decomposed = '  Trường Tiểu học Võ Thị Sáu  '.normalize('NFD')
    const s = await saved(store.save(input({ name: decomposed })))

    expect(s.id).toBeTruthy()
    expect(s.name).toBe('Trường Tiểu học Võ Thị Sáu')
    expect(s.name).toBe(s.name.normalize('NFC'))
    expect(s.createdAt).toBe(s.updatedAt)
    expect(await repos().schools.get(s.id)).toEqual(s)
    expect(store.schools).toEqual([s])
    expect(store.loaded).toBe(true)
  })

  it('says why a save failed, changing nothing, instead of throwing', async () => {
    const store = useSchoolsStore()
    const first = await saved(store.save(input()))
    const disk = Object.assign(new Error('Failed to write blobs (IOError)'), { name: 'DataError' })
    vi.spyOn(repos().schools, 'put').mockRejectedValueOnce(disk)
    expect(await store.save(input({ name: 'Tên mới' }), first.id)).toEqual({ ok: false, errors: ['disk-full'] })
    expect(await repos().schools.list()).toEqual([first])
    expect(store.schools).toEqual([first])
  })

  it('updates a school in place, keeping its id and creation time', async () => {
    const store = useSchoolsStore()
    const first = await saved(store.save(input()))
    await new Promise((r) => setTimeout(r, 2))
    const second = await saved(store.save(input({ name: 'Trường Tiểu học Lê Lợi', kind: 'lien-cap' }), first.id))

    expect(second.id).toBe(first.id)
    expect(second.createdAt).toBe(first.createdAt)
    expect(second.updatedAt > first.updatedAt).toBe(true)
    expect(await repos().schools.list()).toEqual([second])
    expect(store.byId(first.id)?.kind).toBe('lien-cap')
  })

  it('keeps several schools on one device, listed by name', async () => {
    const store = useSchoolsStore()
    await store.save(input({ name: 'Trường THCS Trần Phú', kind: 'thcs' }))
    await store.save(input({ name: 'Trường THCS An Lạc', kind: 'thcs' }))
    expect(store.schools.map((s) => s.name)).toEqual(['Trường THCS An Lạc', 'Trường THCS Trần Phú'])
  })

  it('removes a school with its assessments, answers and evidence, leaving other schools intact', async () => {
    const store = useSchoolsStore()
    const gone = await saved(store.save(input()))
    const kept = await saved(store.save(input({ name: 'Trường THPT Ngô Quyền', kind: 'thpt' })))
    await repos().assessments.create(assessment('a1', gone.id), [answer('a1', 'A1')])
    await repos().assessments.create(assessment('a2', gone.id), [answer('a2', 'A1'), answer('a2', 'B1')])
    await repos().assessments.create(assessment('k1', kept.id), [answer('k1', 'A1')])
    const ev: Evidence = {
      id: 'e1',
      assessmentId: 'a1',
      code: 'MC1.1.01',
      title: 'Kế hoạch',
      kind: 'photo',
      itemIds: ['A1'],
      file: { id: 'f1', mime: 'image/jpeg', size: 3, name: 'a.jpg' },
      addedAt: '2025-10-01T00:00:00.000Z',
      updatedAt: '2025-10-01T00:00:00.000Z',
    }
    await repos().evidence.addMany([ev], [{ id: 'f1', blob: new Blob(['abc']) }])

    await store.remove(gone.id)

    expect(store.schools.map((s) => s.id)).toEqual([kept.id])
    expect(await repos().schools.get(gone.id)).toBeUndefined()
    expect(await repos().assessments.listBySchool(gone.id)).toEqual([])
    expect(await repos().answers.list('a1')).toEqual([])
    expect(await repos().answers.list('a2')).toEqual([])
    expect(await repos().evidence.list('a1')).toEqual([])
    expect(await repos().evidence.file('f1')).toBeUndefined()
    expect((await repos().assessments.listBySchool(kept.id)).map((a) => a.id)).toEqual(['k1'])
    expect(await repos().answers.list('k1')).toHaveLength(1)
  })
})
