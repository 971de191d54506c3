import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ChisoDb, repos, useDatabase } from '@/db'
import { PhotoError, type PhotoInput, type PhotoResult } from '@/services/image'
import { useAssessmentStore } from '@/stores/assessment'
import { checkLink, setPhotoProcessor, useEvidenceStore, type PhotoProcessor } from '@/stores/evidence'
import { assessment } from '../../builders/assessment'


const CAPTURED = '2025-10-02T08:04:05.000Z'
const photo = (name: string, type = 'image/jpeg') => new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], name, { type })

/**
 * Stands in for the photo pipeline (happy-dom cannot decode): `.heic` is refused, anything else
 * "works". Like the real one, the same picture gives the same bytes: here, the same file name.
 */
let progress: { done: number; total: number }[]
const fakeProcessor: PhotoProcessor = <F extends PhotoInput>(files: F[], onProgress: (done: number, total: number) => void) => {
  const results: PhotoResult<F>[] = []
  onProgress(0, files.length)
  progress.push({ ...useEvidenceStore().progress! })
  for (const file of files) {
    if (file.name?.endsWith('.heic')) results.push({ file, ok: false, error: new PhotoError('heic-unsupported') })
    else
      results.push({
        file,
        ok: true,
        photo: { jpeg: new Blob([`jpeg ${file.name}`]), thumb: new Blob(['thumb']), width: 2048, height: 1536, capturedAt: CAPTURED, captureSource: 'exif' },
      })
    onProgress(results.length, files.length)
    progress.push({ ...useEvidenceStore().progress! })
  }
  return Promise.resolve(results)
}

let db: ChisoDb

async function openStores(id = 'a1') {
  await useAssessmentStore().open(id)
  const store = useEvidenceStore()
  await store.open(id)
  return store
}

describe('evidence store', () => {
  beforeEach(async () => {
    db = new ChisoDb(`test-${crypto.randomUUID()}`)
    useDatabase(db)
    setActivePinia(createPinia())
    await repos().assessments.put(assessment())
    progress = []
    setPhotoProcessor(fakeProcessor)
  })
  afterEach(() => setPhotoProcessor())

  it.each([
    ['tt57-2026-pho-thong', '1.1.0', '2.1-M1', ['MC.2.1.01', 'MC.2.1.02']],
    ['tt17-2018-tieu-hoc', '1.1.0', '5.6-1a', ['[H5-5.6-01]', '[H5-5.6-02]']],
    ['tt57-2026-pho-thong', '1.0.0', '2.1-M1', ['MC2.1.01', 'MC2.1.02']],
  ])('codes evidence in the form the set %s %s asks for', async (setId, version, itemId, codes) => {
    await repos().assessments.put(assessment({ id: 'a2', setId, version }))
    const store = await openStores('a2')
    await store.addLink('truong.edu.vn/ke-hoach', '', [itemId])
    await store.addLink('truong.edu.vn/bien-ban', '', [itemId])
    expect((await repos().evidence.list('a2')).map((e) => e.code).sort()).toEqual(codes)
  })

  it('codes new evidence by the first row’s criterion, in sequence, and stores photos with their files', async () => {
    const store = await openStores()
    const r = await store.addPhotos([photo('IMG_1.jpg'), photo('IMG_2.heic'), photo('IMG_3.jpg')], ['1.3.1'])
    expect(r.rejected).toEqual([{ name: 'IMG_2.heic', problem: 'heic-unsupported' }])
    expect(r.added.map((e) => e.code)).toEqual(['MC1.3.01', 'MC1.3.02'])
    expect(progress).toEqual([
      { done: 0, total: 3 },
      { done: 1, total: 3 },
      { done: 2, total: 3 },
      { done: 3, total: 3 },
    ])
    expect(store.progress).toBeNull()

    await store.addPaper({ number: '12/KH-THVT', date: '2025-09-05', issuer: 'Hiệu trưởng', summary: 'Kế hoạch dạy học trực tuyến' }, ['1.3.3'])
    await store.addLink('k12online.vn/lop-5a', '', ['2.4.1', '1.3.1'])
    const stored = await repos().evidence.list('a1')
    expect(stored.map((e) => [e.code, e.kind, e.itemIds])).toEqual(
      expect.arrayContaining([
        ['MC1.3.01', 'photo', ['1.3.1']],
        ['MC1.3.02', 'photo', ['1.3.1']],
        ['MC1.3.03', 'paper', ['1.3.3']],
        ['MC1.3.04', 'link', ['1.3.1', '2.4.1']],
      ]),
    )
    const first = stored.find((e) => e.code === 'MC1.3.01')!
    expect(first.title).toMatch(/^Ảnh minh chứng chỉ số 1\.3\.1 – \S/)
    expect(first).toMatchObject({ capturedAt: CAPTURED, file: { mime: 'image/jpeg', width: 2048, height: 1536, name: 'IMG_1.jpg' } })
    expect(first.addedBy).toBeUndefined()
    expect(stored.find((e) => e.kind === 'link')?.url).toBe('https://k12online.vn/lop-5a')
    expect(await db.evidenceFiles.count()).toBe(2)
    expect(store.byItem.get('1.3.1')?.map((e) => e.code)).toEqual(['MC1.3.01', 'MC1.3.02', 'MC1.3.04'])
    await expect.poll(() => store.thumbs.has(first.file!.id)).toBe(true)
  })

  it('keeps a PDF as it is, sends images of documents through the photo pipeline, refuses other files', async () => {
    const store = await openStores()
    const pdf = new File(['%PDF-1.4\n…'], 'Quyet dinh 15.pdf', { type: 'application/pdf' })
    const a = await store.addDocument(pdf, ['1.1'])
    expect(a.added[0]).toMatchObject({ code: 'MC1.1.01', kind: 'document', title: 'Quyet dinh 15', file: { mime: 'application/pdf', size: pdf.size } })
    const b = await store.addDocument(photo('scan.jpg'), ['1.1'])
    expect(b.added[0]).toMatchObject({ code: 'MC1.1.02', kind: 'document', file: { mime: 'image/jpeg' } })
    const docx = new File(['PK'], 'ke-hoach.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })
    expect((await store.addDocument(docx, ['1.1'])).rejected).toEqual([{ name: 'ke-hoach.docx', problem: 'not-a-document' }])
    expect(await db.evidence.count()).toBe(2)
  })

  it.each([
    ['https://k12online.vn/lop', null],
    ['http://truong.edu.vn', null],
    ['k12online.vn/lop', null],
    ['', 'empty'],
    ['   ', 'empty'],
    ['javascript:alert(1)', 'bad-url'],
    ['ftp://truong.edu.vn/a', 'bad-url'],
    ['https://', 'bad-url'],
    ['trang chủ', 'bad-url'],
  ])('checks the link %j', (url, problem) => {
    expect(checkLink(url)).toBe(problem)
  })

  it('refuses a link that is not a web address and stores nothing', async () => {
    const store = await openStores()
    expect(await store.addLink('javascript:alert(1)', 'x', ['1.3.1'])).toBe('bad-url')
    expect(await db.evidence.count()).toBe(0)
  })

  it('does not store the same photo twice: says where it is kept, and links it to the new row', async () => {
    const store = await openStores()
    await store.addPhotos([photo('IMG_7.jpg')], ['1.3.1'])
    const again = await store.addPhotos([photo('IMG_7.jpg')], ['1.3.1'])
    expect(again.added).toEqual([])
    expect(again.duplicates).toEqual([{ name: 'IMG_7.jpg', of: expect.objectContaining({ code: 'MC1.3.01' }), linkedItems: [] }])

    const elsewhere = await store.addPhotos([photo('IMG_7.jpg'), photo('IMG_8.jpg'), photo('IMG_8.jpg')], ['1.3.2'])
    expect(elsewhere.added.map((e) => e.code)).toEqual(['MC1.3.02'])
    expect(elsewhere.duplicates).toEqual([
      { name: 'IMG_7.jpg', of: expect.objectContaining({ code: 'MC1.3.01' }), linkedItems: ['1.3.2'] },
      { name: 'IMG_8.jpg', of: null, linkedItems: [] },
    ])
    const stored = await repos().evidence.list('a1')
    expect(stored.map((e) => [e.code, e.itemIds]).sort()).toEqual([
      ['MC1.3.01', ['1.3.1', '1.3.2']],
      ['MC1.3.02', ['1.3.2']],
    ])
    expect(await db.evidenceFiles.count()).toBe(2)
  })

  it('relinks evidence to other rows, in the set’s order, keeping its code', async () => {
    const store = await openStores()
    const [e] = (await store.addPaper({ number: '', date: '', issuer: '', summary: 'Quy chế' }, ['1.2'])).added
    expect(await store.relink(e!.id, ['2.2', '1.2', 'no-such-row'])).toBe(true)
    expect((await repos().evidence.get(e!.id))?.itemIds).toEqual(['1.2', '2.2'])
    expect(store.byItem.get('2.2')?.[0]?.code).toBe('MC1.2.01')
    expect(await store.relink(e!.id, [])).toBe(false)
    expect((await repos().evidence.get(e!.id))?.itemIds).toEqual(['1.2', '2.2'])
  })

  it('a photo named by its camera is titled from its row; one named in words keeps its name', async () => {
    const store = await openStores()
    const [cam, named] = (await store.addPhotos([photo('IMG_20261117_101500.jpg'), photo('Phòng tin học.jpg')], ['1.4'])).added
    expect(cam!.title).toMatch(/^Ảnh minh chứng chỉ số 1\.4 – \S/)
    expect(named!.title).toBe('Phòng tin học')
    expect(store.fileNamed).toEqual([])
    await store.rename(named!.id, 'Screenshot_20261118-091200')
    expect(store.fileNamed.map((e) => e.id)).toEqual([named!.id])
  })

  it('renames and edits codes; a code used by other evidence is refused', async () => {
    const store = await openStores()
    const [a, b] = (await store.addPhotos([photo('a.jpg'), photo('b.jpg')], ['1.4'])).added
    expect(await store.rename(a!.id, '  Lớp 5A học trực tuyến ')).toBe(true)
    expect(await store.rename(a!.id, '   ')).toBe(false)
    expect(await store.setCode(b!.id, 'mc1.4.01')).toBe('duplicate')
    expect(await store.setCode(b!.id, 'MC 1.4')).toBe('bad-characters')
    expect(await store.setCode(b!.id, ' MC1.4.10 ')).toBeNull()
    expect(await store.setCode(a!.id, 'MC1.4.01')).toBeNull()
    const stored = await repos().evidence.list('a1')
    expect(stored.map((e) => [e.title, e.code]).sort()).toEqual([
      ['Lớp 5A học trực tuyến', 'MC1.4.01'],
      ['b', 'MC1.4.10'],
    ])
    expect(await store.addLink('https://truong.edu.vn', 'Cổng thông tin', ['1.4'])).toMatchObject({ added: [{ code: 'MC1.4.11' }] })
  })

  it('deletes evidence together with its file, and never a file other evidence still uses', async () => {
    const store = await openStores()
    const [e] = (await store.addPhotos([photo('a.jpg')], ['1.4'])).added
    const fileId = e!.file!.id
    // An amended revision shares its photos with the approved one.
    await repos().assessments.put(assessment({ id: 'a2', revision: 2 }))
    await repos().evidence.addMany([{ ...e!, id: 'shared', assessmentId: 'a2' }], [])
    expect(await store.remove(e!.id)).toBe(true)
    expect(await db.evidenceFiles.get(fileId)).toBeDefined()
    await repos().evidence.remove('shared')
    expect(await db.evidenceFiles.get(fileId)).toBeUndefined()

    const [f] = (await store.addPhotos([photo('b.jpg')], ['1.4'])).added
    expect(await store.remove(f!.id)).toBe(true)
    expect(await db.evidence.count()).toBe(0)
    expect(await db.evidenceFiles.count()).toBe(0)
    expect(store.list).toEqual([])
    await expect.poll(() => store.thumbs.size).toBe(0)
  })

  it('writes nothing of a batch when the device is full, and keeps what was stored before', async () => {
    const store = await openStores()
    await store.addLink('https://truong.edu.vn', 'Cổng', ['1.3.1'])
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' })
    // Fails inside the transaction, after the files were written: the transaction must undo them.
    const bulkAdd = db.evidence.bulkAdd.bind(db.evidence)
    db.evidence.bulkAdd = (() => Promise.reject(quota)) as unknown as typeof db.evidence.bulkAdd
    const r = await store.addPhotos([photo('1.jpg'), photo('2.jpg'), photo('3.jpg')], ['1.3.1'])
    db.evidence.bulkAdd = bulkAdd
    expect(r.added).toEqual([])
    expect(r.error?.code).toBe('quota')
    expect(store.error?.code).toBe('quota')
    expect(await db.evidenceFiles.count()).toBe(0)
    expect((await db.evidence.toArray()).map((e) => e.code)).toEqual(['MC1.3.01'])
    expect(store.list.map((e) => e.code)).toEqual(['MC1.3.01'])
    // The next batch gets the next code: nothing of the failed one was kept.
    expect((await store.addPhotos([photo('4.jpg')], ['1.3.1'])).added[0]?.code).toBe('MC1.3.02')
    expect(store.error).toBeNull()
  })

  it('changes nothing once the assessment is approved', async () => {
    await repos().evidence.addMany(
      [{ id: 'e1', assessmentId: 'a3', code: 'MC1.1.01', title: 'Kế hoạch', kind: 'link', url: 'https://x.vn', itemIds: ['1.1'], addedAt: 'x', updatedAt: 'x' }],
      [],
    )
    await repos().assessments.put(assessment({ id: 'a3', status: 'approved' }))
    const store = await openStores('a3')
    expect(store.readOnly).toBe(true)
    expect((await store.addPhotos([photo('a.jpg')], ['1.1'])).added).toEqual([])
    expect(await store.addLink('https://y.vn', '', ['1.1'])).toMatchObject({ added: [] })
    expect(await store.rename('e1', 'Khác')).toBe(false)
    expect(await store.relink('e1', ['1.2'])).toBe(false)
    expect(await store.setCode('e1', 'MC9')).toBe('not-saved')
    expect(await store.remove('e1')).toBe(false)
    expect(await repos().evidence.list('a3')).toMatchObject([{ id: 'e1', title: 'Kế hoạch', code: 'MC1.1.01', itemIds: ['1.1'] }])
  })

  it('lists rows with points or a met condition but no evidence', async () => {
    const assessmentStore = useAssessmentStore()
    const store = await openStores()
    await assessmentStore.setAnswer('1.1', { value: true })
    await assessmentStore.setAnswer('1.2', { value: false })
    await assessmentStore.setAnswer('1.3.1', { value: 6 })
    await assessmentStore.setAnswer('1.3.3', { value: 0 })
    await assessmentStore.setAnswer('1.3.2', { value: 'K12Online' })
    expect(store.unsupportedRows.map((p) => p.item.id)).toEqual(['1.1', '1.3.1'])
    await store.addLink('https://k12online.vn', '', ['1.3.1'])
    expect(store.unsupportedRows.map((p) => p.item.id)).toEqual(['1.1'])
  })

  it('sees evidence added elsewhere (another tab) without reopening', async () => {
    const store = await openStores()
    await repos().evidence.addMany(
      [{ id: 'e9', assessmentId: 'a1', code: 'MC2.2.01', title: 'Kế hoạch CĐS', kind: 'paper', itemIds: ['2.2'], addedAt: 'x', updatedAt: 'x' }],
      [],
    )
    await expect.poll(() => store.byItem.get('2.2')?.length).toBe(1)
  })
})
