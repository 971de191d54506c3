import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { toRaw } from 'vue'
import { ChisoDb, repos, StorageError, useDatabase } from '@/db'
import { defaultRecordFields, generatedRecordFields, type Evidence, type Member, type RecordSectionId, type School } from '@/domain'
import { PDF_PHOTO_EDGE, type RenderRecordOptions } from '@/services/pdf'
import { download, REVOKE_AFTER_MS, shareOrDownload } from '@/services/share'
import { useAssessmentStore } from '@/stores/assessment'
import { useRecordStore } from '@/stores/record'
import { assessment as assessmentRow } from '../../builders/assessment'
import { portalSet, storedSet, tinySet } from '../../builders/criteriaSet'
import { LANDSCAPE_JPEG, PORTRAIT_JPEG } from '../services/pdf/images'

/** The PDF renderer, replaced: what matters here is what the store hands it and what it does with the file. */
const render = vi.hoisted(() => ({
  calls: [] as { sections?: readonly RecordSectionId[]; photos: Record<string, Uint8Array> }[],
  fail: false,
}))
vi.mock('@/services/pdf/render', () => ({
  renderRecordPdf: (_model: unknown, opts: RenderRecordOptions) => {
    render.calls.push({ ...(opts.sections ? { sections: opts.sections } : {}), photos: Object.fromEntries(opts.photos) })
    opts.onProgress?.(0.5)
    if (render.fail) return Promise.reject(new Error('font fetch failed'))
    opts.onProgress?.(1)
    return Promise.resolve(new Blob(['%PDF-1.7 fake'], { type: 'application/pdf' }))
  },
}))

// happy-dom cannot decode pictures: this device decodes every photo it is given.
beforeEach(() => vi.stubGlobal('createImageBitmap', () => Promise.resolve({ close: () => {} })))
afterEach(() => vi.unstubAllGlobals())

/** The canvas re-encode, replaced (happy-dom cannot decode pictures): a large photo comes back smaller. */
const encode = vi.hoisted(() => ({ calls: [] as number[] }))
vi.mock('@/services/image/encode', async () => {
  const { PORTRAIT_JPEG } = await import('../services/pdf/images')
  return {
    encodePhoto: (_blob: Blob, maxEdge: number) => {
      encode.calls.push(maxEdge)
      const jpeg = new Blob([Uint8Array.from(atob(PORTRAIT_JPEG.split(',')[1]!), (c) => c.charCodeAt(0))], { type: 'image/jpeg' })
      return Promise.resolve({ jpeg, thumb: new Blob([]), width: maxEdge, height: 768 })
    },
  }
})

/** The assessments here are scored on a small set built for the tests, loaded on the device as a file would be. */
const assessment = (over: Parameters<typeof assessmentRow>[0] = {}) => assessmentRow({ setId: 'tiny', ...over })

const SCHOOL: School = {
  id: 's1',
  name: 'Trường Tiểu học Văn Tràng',
  code: '79000001',
  kind: 'tieu-hoc',
  province: 'Lâm Đồng',
  commune: 'Xã An Phú',
  managingBody: '',
  headName: 'Nguyễn Thị Hồng',
  createdAt: '2025-09-01T00:00:00.000Z',
  updatedAt: '2025-09-01T00:00:00.000Z',
}


const member = (id: string, name: string, role: Member['role'], itemIds: string[] = [], createdAt = '2025-09-02T00:00:00.000Z'): Member => ({
  id,
  assessmentId: 'a1',
  name,
  role,
  itemIds,
  createdAt,
})

function photo(id: string, code: string, fileId: string, size: { width: number; height: number }, title = `Ảnh ${code}`): Evidence {
  return {
    id,
    assessmentId: 'a1',
    code,
    title,
    kind: 'photo',
    itemIds: ['A2.1'],
    capturedAt: '2025-10-02T08:04:05.000Z',
    file: { id: fileId, mime: 'image/jpeg', size: 5, ...size, name: `${code}.jpg` },
    addedAt: '2025-10-02T09:00:00.000Z',
    updatedAt: '2025-10-02T09:00:00.000Z',
  }
}

const bytesOf = (dataUrl: string) => Uint8Array.from(atob(dataUrl.split(',')[1]!), (c) => c.charCodeAt(0))
const jpeg = (dataUrl: string) => new Blob([bytesOf(dataUrl)], { type: 'image/jpeg' })
const FILES: Record<string, Blob> = { f1: jpeg(LANDSCAPE_JPEG), f2: jpeg(LANDSCAPE_JPEG) }

async function openRecord(id = 'a1') {
  const store = useRecordStore()
  await store.open(id)
  return store
}

/** The record open, the school having confirmed it checked the set's unofficial rows. */
async function openReviewed(id = 'a1') {
  const store = await openRecord(id)
  await store.confirmReview()
  return store
}

beforeEach(async () => {
  useDatabase(new ChisoDb(`test-${crypto.randomUUID()}`))
  setActivePinia(createPinia())
  render.calls = []
  render.fail = false
  encode.calls = []
  await repos().criteriaSets.put(storedSet(tinySet()))
  await repos().criteriaSets.put(storedSet(portalSet()))
  await repos().schools.put(SCHOOL)
  await repos().assessments.put(assessment())
  await repos().members.put(member('m1', 'Trần Văn Bình', 'vice-principal', ['A2.1', 'A2.2']))
  await repos().members.put(member('m2', 'Lê Thị Cúc', 'teacher', ['B2.2']))
  await repos().answers.put({ assessmentId: 'a1', itemId: 'A2.1', value: 30, note: '', updatedAt: 'x' })
  await repos().answers.put({ assessmentId: 'a1', itemId: 'A1', value: true, note: '', updatedAt: 'x' })
  await repos().evidence.addMany(
    [
      photo('e1', 'MC1.3.01', 'f1', { width: 64, height: 48 }, 'Phòng máy tính'),
      photo('e2', 'MC1.3.02', 'f2', { width: 2048, height: 1536 }, 'Máy chiếu lớp 5A'),
      photo('e3', 'MC1.3.03', 'gone', { width: 64, height: 48 }, 'Ảnh đã mất'),
    ],
    Object.entries(FILES).map(([id, blob]) => ({ id, blob })),
  )
  // The test database keeps a Blob's type but not its bytes (it is not the browser's IndexedDB):
  // reads of photo files get the Blobs themselves.
  vi.spyOn(repos().evidence, 'file').mockImplementation((id: string) =>
    Promise.resolve(FILES[id] ? { id, blob: FILES[id] } : undefined),
  )
})

afterEach(() => vi.restoreAllMocks())

describe('record store: fields', () => {
  it('resolves every field from the school, the assessment, its set and members', async () => {
    const store = await openRecord()
    expect(store.state).toBe('ready')
    const a = useAssessmentStore()
    const expected = defaultRecordFields({
      school: SCHOOL,
      assessment: a.assessment!,
      set: a.set!,
      members: store.members,
      today: store.today,
    })
    // The report's points are written from the score: the defaults the principal may rewrite.
    const generated = generatedRecordFields({
      school: SCHOOL,
      assessment: a.assessment!,
      set: a.set!,
      answers: Object.values(a.answers),
      evidence: store.evidence,
      members: store.members,
      fields: expected,
      score: a.score!,
      lang: 'vi',
    })
    expect(generated.weaknesses).toMatch(/^- Tiêu chí /u)
    expect(store.defaults).toEqual({ ...expected, ...generated })
    expect(store.fields).toEqual({ ...expected, ...generated })
    expect(store.fields?.schoolAbbreviation).toBe('THVT')
    expect(store.fields?.planNumber).toBe('…/KH-THVT')
    expect(store.fields?.chair).toBe('Nguyễn Thị Hồng')
    expect(store.fields?.attendees.split('\n')).toEqual([
      'Nguyễn Thị Hồng — Hiệu trưởng',
      'Trần Văn Bình — Phó Hiệu trưởng',
      'Lê Thị Cúc — Giáo viên',
    ])
    expect(store.edited('place')).toBe(false)
  })

  it('takes the first member added after the head as the default secretary, whatever the ids', async () => {
    await repos().members.put(member('a-late', 'Đỗ Văn An', 'teacher', [], '2025-09-03T00:00:00.000Z'))
    await repos().members.put(member('z-early', 'Vũ Thị Yến', 'staff', [], '2025-09-01T00:00:00.000Z'))
    const store = await openRecord()
    expect(store.fields?.secretary).toBe('Vũ Thị Yến')
  })

  it('saves an edit with the assessment, NFC, and a fresh store reads it back', async () => {
    const store = await openRecord()
    expect(await store.saveField('meetingPlace', 'Phòng họp tầng 2, điểm trường chính'.normalize('NFD'))).toBe(true)
    expect((await repos().assessments.get('a1'))?.record).toEqual({ meetingPlace: 'Phòng họp tầng 2, điểm trường chính' })
    expect(store.fields?.meetingPlace).toBe('Phòng họp tầng 2, điểm trường chính')
    expect(store.edited('meetingPlace')).toBe(true)
    expect(store.savedAt).not.toBeNull()

    setActivePinia(createPinia())
    const again = await openRecord()
    expect(again.shown('meetingPlace')).toBe('Phòng họp tầng 2, điểm trường chính')
    expect(again.fields?.meetingPlace).toBe('Phòng họp tầng 2, điểm trường chính')
  })

  it('keeps a blank field blank on screen while the record prints the default', async () => {
    const store = await openRecord()
    await store.saveField('place', '')
    expect(store.shown('place')).toBe('')
    expect(store.fields?.place).toBe('An Phú')
    expect(store.edited('place')).toBe(true)
  })

  it('forgets an entry on reset, or when the default text is typed back', async () => {
    const store = await openRecord()
    await store.saveField('chair', 'Phạm Văn Dũng')
    await store.resetField('chair')
    expect((await repos().assessments.get('a1'))?.record).toEqual({})
    expect(store.fields?.chair).toBe('Nguyễn Thị Hồng')
    expect(store.edited('chair')).toBe(false)

    await store.saveField('secretary', 'Lê Thị Cúc (thư ký)')
    await store.saveField('secretary', store.defaults!.secretary)
    expect((await repos().assessments.get('a1'))?.record).toEqual({})
  })

  it('does not write when a field is left at its default', async () => {
    const store = await openRecord()
    const put = vi.spyOn(repos().assessments, 'put')
    await store.saveField('place', store.defaults!.place)
    expect(put).not.toHaveBeenCalled()
  })

  it('never loses one of two fields saved at the same moment', async () => {
    const store = await openRecord()
    await Promise.all([store.saveField('place', 'Đà Lạt'), store.saveField('chair', 'Phạm Văn Dũng'), store.saveField('reportNumber', '15')])
    expect((await repos().assessments.get('a1'))?.record).toEqual({ place: 'Đà Lạt', chair: 'Phạm Văn Dũng', reportNumber: '15' })
    expect(store.saving).toBe(0)
  })

  it('keeps every edit when the database watch delivers an older row between two saves', async () => {
    const store = await openRecord()
    const a = useAssessmentStore()
    const older = structuredClone(toRaw(a.assessment!))
    await store.saveField('place', 'Đà Lạt')
    a.assessment = older
    expect(store.shown('place')).toBe('Đà Lạt')
    await store.saveField('chair', 'Phạm Văn Dũng')
    expect((await repos().assessments.get('a1'))?.record).toEqual({ place: 'Đà Lạt', chair: 'Phạm Văn Dũng' })
  })

  it('gives the default numbers the edited abbreviation', async () => {
    const store = await openRecord()
    await store.saveField('schoolAbbreviation', 'THVTr')
    expect(store.defaults?.planNumber).toBe('…/KH-THVTr')
    expect(store.fields?.decisionNumber).toBe('…/QĐ-THVTr')
    expect(store.edited('planNumber')).toBe(false)
  })

  it('says so when the assessment or its school is not on the device', async () => {
    expect((await openRecord('nope')).state).toBe('missing')
    await repos().assessments.put(assessment({ id: 'a2', schoolId: 'gone' }))
    setActivePinia(createPinia())
    expect((await openRecord('a2')).state).toBe('no-school')
  })
})

describe('record store: the set checked before the first file', () => {
  it('asks once, refuses to make a file until confirmed, and saves the confirmation with the assessment', async () => {
    const store = await openRecord()
    expect(store.unreviewed.length).toBeGreaterThan(0)
    expect(store.needsReview).toBe(true)
    expect(await store.exportRecord()).toEqual({ ok: false, error: 'unreviewed' })
    expect(render.calls).toEqual([])

    expect(await store.confirmReview()).toBe(true)
    expect(store.needsReview).toBe(false)
    expect((await repos().assessments.get('a1'))?.record.setReviewedAt).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(await store.exportRecord(['plan'])).toMatchObject({ ok: true })

    setActivePinia(createPinia())
    expect((await openRecord()).needsReview).toBe(false)
  })
})

describe('record store: a vote that counts more votes than people present', () => {
  it('refuses to make a file until the school keeps the numbers, saves that, and asks again when they change', async () => {
    const store = await openReviewed()
    const present = store.fields!.attendees.split('\n').length
    await store.saveField('votesFor', String(present))
    await store.saveField('votesAgainst', '1')
    expect(store.voteProblem).toEqual({ counted: present + 1, present })
    expect(store.needsVoteConfirm).toBe(true)
    expect(await store.exportRecord(['minutes'])).toEqual({ ok: false, error: 'votes' })
    expect(render.calls).toEqual([])

    expect(await store.confirmVotes()).toBe(true)
    expect(store.needsVoteConfirm).toBe(false)
    expect((await repos().assessments.get('a1'))?.record.votesConfirmed).toMatch(new RegExp(`^${present}\\+1\\+0/${present}@\\d{4}-`))
    expect(await store.exportRecord(['minutes'])).toMatchObject({ ok: true })

    setActivePinia(createPinia())
    const again = await openRecord()
    expect(again.needsVoteConfirm).toBe(false)
    await again.saveField('votesAbstain', '1')
    expect(again.needsVoteConfirm).toBe(true)
  })
})

describe('record store: the report’s points rewritten', () => {
  it('offers the points written from the score, keeps the rewrite across a reload, prints it, and goes back on reset', async () => {
    const store = await openReviewed()
    const generated = store.defaults!.weaknesses
    expect(generated).toMatch(/^- Tiêu chí /u)
    expect(store.shown('weaknesses')).toBe(generated)
    await store.saveField('weaknesses', '- Thiết bị trình chiếu còn thiếu ở các lớp.')

    setActivePinia(createPinia())
    const again = await openReviewed()
    expect(again.shown('weaknesses')).toBe('- Thiết bị trình chiếu còn thiếu ở các lớp.')
    expect(again.edited('weaknesses')).toBe(true)
    const report = JSON.stringify((await again.buildModel())?.sections.find((s) => s.id === 'report'))
    expect(report).toContain('Thiết bị trình chiếu còn thiếu ở các lớp.')
    expect(report).not.toContain(generated.split('\n')[0]!.slice(2))

    await again.resetField('weaknesses')
    expect(again.shown('weaknesses')).toBe(generated)
    expect(JSON.stringify((await again.buildModel())?.sections.find((s) => s.id === 'report'))).toContain(generated.split('\n')[0]!.slice(2))
  })
})

describe('record store: model and export', () => {
  it('builds the model from what the database holds, with the edits', async () => {
    const store = await openReviewed()
    await store.saveField('meetingPlace', 'Thư viện nhà trường')
    // Evidence added after the screen opened is in the record too: the model reads the database afresh.
    await repos().evidence.put(photo('e4', 'MC2.3.01', 'f1', { width: 64, height: 48 }, 'Sổ điểm điện tử'))
    expect(useAssessmentStore().set?.id).toBe('tiny')
    const model = await store.buildModel()
    expect(model?.sections.map((s) => s.id)).toEqual(['plan', 'minutes', 'report', 'decision', 'appendix'])
    expect(model?.sections[0]?.header?.issuer).toBe('TRƯỜNG TIỂU HỌC VĂN TRÀNG')
    expect(model?.sections[0]?.header?.number).toBe('Số: …/KH-THVT')
    expect(JSON.stringify(model?.sections[1])).toContain('Thư viện nhà trường')
    expect(model?.photoCount).toBe(4)
    const appendix = JSON.stringify(model?.sections[4])
    expect(appendix).toContain('MC2.3.01')
    expect(appendix).toContain('Máy chiếu lớp 5A')
    expect(model?.fileName).toBe('ho-so-tu-danh-gia-THVT-2025-2026')
  })

  it('makes the whole record with progress, scales large photos down, and downloads it where sharing is absent', async () => {
    const store = await openReviewed()
    const seen: (typeof store.progress)[] = []
    const stop = store.$subscribe(() => seen.push(store.progress && { ...store.progress }))
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const result = await store.exportRecord()
    stop()

    expect(result).toMatchObject({ ok: true, outcome: 'downloaded' })
    if (!result.ok) return
    expect(result.file.fileName).toBe('ho-so-tu-danh-gia-THVT-2025-2026.pdf')
    expect(result.file.bytes).toBeGreaterThan(0)
    // The photo whose file is gone prints as missing and is named; a small photo goes as stored,
    // a large one re-encoded smaller.
    expect(result.file.missingPhotos).toEqual(['MC1.3.03'])
    const photos = render.calls[0]!.photos
    expect(Object.keys(photos).sort()).toEqual(['e1', 'e2'])
    expect(photos.e1).toEqual(bytesOf(LANDSCAPE_JPEG))
    expect(photos.e2).toEqual(bytesOf(PORTRAIT_JPEG))
    expect(encode.calls).toEqual([PDF_PHOTO_EDGE])
    // Progress went through the photos and ended cleared.
    expect(seen.some((p) => p !== null && p.photos === 3 && p.done === 2)).toBe(true)
    expect(store.progress).toBeNull()
    expect(click).toHaveBeenCalledTimes(1)
    expect(store.lastFile?.fileName).toBe('ho-so-tu-danh-gia-THVT-2025-2026.pdf')
  })

  it('makes one document on its own under its own name', async () => {
    const store = await openReviewed()
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const result = await store.exportRecord(['minutes'])
    expect(render.calls[0]).toEqual({ sections: ['minutes'], photos: {} })
    expect(result.ok && result.file.fileName).toBe('bien-ban-tu-danh-gia-THVT-2025-2026.pdf')
  })

  it('makes the same record as Word (.docx) when asked, without pdfmake', async () => {
    const store = await openReviewed()
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const result = await store.exportRecord(undefined, 'docx')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.file.fileName).toBe('ho-so-tu-danh-gia-THVT-2025-2026.docx')
    expect(result.file.blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(result.file.bytes).toBeGreaterThan(1000)
    expect(result.file.missingPhotos).toEqual(['MC1.3.03'])
    expect(render.calls).toEqual([])
  })

  it('reports a PDF that cannot be made, and is ready for the next try', async () => {
    const store = await openReviewed()
    render.fail = true
    expect(await store.exportRecord()).toEqual({ ok: false, error: 'render' })
    expect(store.progress).toBeNull()
    expect(store.lastFile).toBeNull()
  })

  it('reports storage that cannot be read, without making a file', async () => {
    const store = await openReviewed()
    vi.spyOn(repos().members, 'list').mockRejectedValueOnce(new StorageError('unavailable'))
    expect(await store.exportRecord()).toEqual({ ok: false, error: 'storage', storage: 'unavailable' })
    expect(render.calls).toEqual([])
    expect(store.progress).toBeNull()
  })

  it('refuses a second export while one is running', async () => {
    const store = await openReviewed()
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const first = store.exportRecord()
    expect(await store.exportRecord(['plan'])).toEqual({ ok: false, error: 'busy' })
    expect((await first).ok).toBe(true)
  })
})

describe('record store: the record the set names', () => {
  it('adds the decision forming the team to the documents when the school asks for it', async () => {
    const store = await openReviewed()
    expect(store.documents).toEqual(['plan', 'minutes', 'report', 'decision', 'appendix'])
    await store.saveField('teamDecision', 'yes')
    expect(store.documents).toEqual(['team', 'plan', 'minutes', 'report', 'decision', 'appendix'])
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const result = await store.exportRecord(['team'])
    expect(result.ok && result.file.fileName).toBe('quyet-dinh-thanh-lap-to-cong-tac-THVT-2025-2026.pdf')
    expect(render.calls[0]).toEqual({ sections: ['team'], photos: {} })
  })

  it('gives a school-portal set its checklist: its own fields, blanks and one file', async () => {
    await repos().assessments.put(assessment({ id: 'p1', setId: 'portal-test' }))
    await repos().answers.put({ assessmentId: 'p1', itemId: 'P2', value: 1, note: '', updatedAt: 'x' })
    const store = await openRecord('p1')
    expect(store.state).toBe('ready')
    expect(store.template?.id).toBe('tt37-portal')
    expect(store.template?.documents).toEqual(['checklist'])
    // What the form prints as a line to fill by hand: none of the 4725 record's numbers.
    expect(store.blanks).toEqual(['checklistDate', 'portalUrl', 'preparedBy'])
    await store.saveField('portalUrl', 'https://thvt.edu.vn')
    await store.saveField('checklistDate', '2026-05-12')
    await store.saveField('preparedBy', 'Lê Thị Cúc')
    expect(store.blanks).toEqual([])
    await store.confirmReview()
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const result = await store.exportRecord()
    expect(result.ok && result.file.fileName).toBe('phieu-tu-danh-gia-cong-thong-tin-THVT-2025-2026.pdf')
    const model = await store.buildModel()
    expect(model?.sections.map((s) => s.title)).toEqual(['PHIẾU TỰ ĐÁNH GIÁ'])
    expect(JSON.stringify(model)).toContain('1/4 nội dung')
    expect(JSON.stringify(model)).toContain('https://thvt.edu.vn')
  })

  it('says so when the set names a record this version of the app does not have', async () => {
    await repos().criteriaSets.put(storedSet(tinySet({ id: 'future', recordTemplate: 'mau-moi' })))
    await repos().assessments.put(assessment({ id: 'f1', setId: 'future' }))
    const store = await openRecord('f1')
    expect(store.state).toBe('no-template')
    expect(store.fields).toBeNull()
  })
})

describe('sharing the file', () => {
  const blob = new Blob(['%PDF'], { type: 'application/pdf' })
  let shared: ShareData[]
  const withShare = (share: (data: ShareData) => Promise<void>, canShare = true) => {
    shared = []
    Object.assign(navigator, {
      share: (data: ShareData) => {
        shared.push(data)
        return share(data)
      },
      canShare: () => canShare,
    })
  }
  const fail = (name: string) => () => Promise.reject(Object.assign(new Error(name), { name }))
  afterEach(() => {
    delete (navigator as Partial<Navigator>).share
    delete (navigator as Partial<Navigator>).canShare
  })

  it('hands the PDF to the share sheet as a named file (so Zalo gets it)', async () => {
    withShare(() => Promise.resolve())
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click')
    expect(await shareOrDownload(blob, 'ho-so.pdf', 'Hồ sơ')).toBe('shared')
    const file = shared[0]?.files?.[0]
    expect(file?.name).toBe('ho-so.pdf')
    expect(file?.type).toBe('application/pdf')
    expect(click).not.toHaveBeenCalled()
  })

  it('takes a closed share sheet as the user’s choice: no error, no download', async () => {
    withShare(fail('AbortError'))
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click')
    expect(await shareOrDownload(blob, 'ho-so.pdf')).toBe('cancelled')
    expect(click).not.toHaveBeenCalled()
  })

  it('asks for a tap when the share came too long after the last one, then shares on that tap', async () => {
    const store = await openReviewed()
    withShare(fail('NotAllowedError'))
    const result = await store.exportRecord(['decision'])
    expect(result).toMatchObject({ ok: true, outcome: 'needs-tap' })
    expect(store.canShare).toBe(true)
    withShare(() => Promise.resolve())
    expect(await store.shareLast()).toBe('shared')
    expect(shared[0]?.files?.[0]?.name).toBe('quyet-dinh-phe-duyet-THVT-2025-2026.pdf')
  })

  it('falls back to a download when the share sheet fails otherwise, or cannot take files', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    withShare(fail('DataError'))
    expect(await shareOrDownload(blob, 'ho-so.pdf')).toBe('downloaded')
    withShare(() => Promise.resolve(), false)
    expect(await shareOrDownload(blob, 'ho-so.pdf')).toBe('downloaded')
    expect(shared).toEqual([])
    expect(click).toHaveBeenCalledTimes(2)
  })

  it('downloads through a named link and revokes its object URL afterwards', () => {
    vi.useFakeTimers()
    try {
      const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test/1')
      const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
      const links: HTMLAnchorElement[] = []
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        links.push(this)
      })
      download(blob, 'ho-so-tu-danh-gia-THVT-2025-2026.pdf')
      expect(create).toHaveBeenCalledWith(blob)
      expect(links).toHaveLength(1)
      const clicked = links[0]!
      expect(clicked.download).toBe('ho-so-tu-danh-gia-THVT-2025-2026.pdf')
      expect(clicked.href).toBe('blob:test/1')
      expect(clicked.isConnected).toBe(false)
      expect(revoke).not.toHaveBeenCalled()
      vi.advanceTimersByTime(REVOKE_AFTER_MS)
      expect(revoke).toHaveBeenCalledWith('blob:test/1')
    } finally {
      vi.useRealTimers()
    }
  })
})
