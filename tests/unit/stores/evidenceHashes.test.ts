// @vitest-environment node
// (fake-indexeddb stores Blobs only when they are Node's own: the file is read back here.)
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ChisoDb, repos, useDatabase } from '@/db'
import type { PhotoInput, PhotoResult } from '@/services/image'
import { useAssessmentStore } from '@/stores/assessment'
import { setPhotoProcessor, useEvidenceStore, type PhotoProcessor } from '@/stores/evidence'
import { assessment } from '../../builders/assessment'

/** The same picture gives the same bytes (here: the same file name). */
const fakeProcessor: PhotoProcessor = <F extends PhotoInput>(files: F[]) =>
  Promise.resolve(
    files.map((file): PhotoResult<F> => ({
      file,
      ok: true,
      photo: { jpeg: new Blob([`jpeg ${file.name}`]), thumb: new Blob(['thumb']), width: 20, height: 10, capturedAt: '2026-11-17T10:15:00.000Z', captureSource: 'exif' },
    })),
  )
const photo = (name: string) => new File([new Uint8Array([0xff, 0xd8])], name, { type: 'image/jpeg' })
let db: ChisoDb

async function openStores() {
  setActivePinia(createPinia())
  await useAssessmentStore().open('a1')
  const store = useEvidenceStore()
  await store.open('a1')
  return store
}

describe('the same file added again', () => {
  beforeEach(async () => {
    db = new ChisoDb(`test-${crypto.randomUUID()}`)
    useDatabase(db)
    await repos().assessments.put(assessment())
    setPhotoProcessor(fakeProcessor)
  })
  afterEach(() => setPhotoProcessor())

  it('is recognised from the stored bytes when the file was kept without its hash (an older copy of the app)', async () => {
    await (await openStores()).addPhotos([photo('IMG_9.jpg')], ['1.3.1'])
    for (const f of await db.evidenceFiles.toArray()) await db.evidenceFiles.put({ id: f.id, blob: f.blob, ...(f.thumb ? { thumb: f.thumb } : {}) })
    expect((await db.evidenceFiles.toArray())[0]?.sha256).toBeUndefined()
    const again = await (await openStores()).addPhotos([photo('IMG_9.jpg')], ['1.3.1'])
    expect(again.added).toEqual([])
    expect(again.duplicates).toEqual([{ name: 'IMG_9.jpg', of: expect.objectContaining({ code: 'MC1.3.01' }), linkedItems: [] }])
  })

  it('a PDF sent twice is kept once', async () => {
    const store = await openStores()
    const pdf = () => new File(['%PDF-1.7 kế hoạch'], 'ke-hoach.pdf', { type: 'application/pdf' })
    expect((await store.addDocument(pdf(), ['1.3.3'])).added).toHaveLength(1)
    const twice = await store.addDocument(pdf(), ['1.3.3'])
    expect(twice.added).toEqual([])
    expect(twice.duplicates).toEqual([{ name: 'ke-hoach.pdf', of: expect.objectContaining({ kind: 'document', code: 'MC1.3.01' }), linkedItems: [] }])
    expect(await db.evidenceFiles.count()).toBe(1)
  })
})
