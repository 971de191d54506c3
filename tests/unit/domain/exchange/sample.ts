/**
 * A small but complete school for package tests: two revisions of an assessment (the first
 * approved), answers, members, evidence of every kind (a photo whose file the two revisions
 * share, a PDF, a link, a paper reference) and a user-loaded criteria set.
 */
import { assessment as baseAssessment } from '../../../builders/assessment'
import { tinySet } from '../../../builders/criteriaSet'
import { aSchool } from '../../../builders/school'
import type { Answer, Assessment, Evidence, Member, School } from '@/domain'
import { makeManifest, planFileEntries, type AssignmentHeader, type CriteriaSetRow, type ManifestOf, type ExchangeData, type ExchangeFormat } from '@/domain/exchange'

export const T0 = '2025-09-01T07:00:00.000Z'
export const T1 = '2025-09-15T08:30:00.000Z'
export const T2 = '2025-10-02T10:00:00.000Z'

/** The shared draft assessment row, at this sample's time. */
export function assessment(over: Partial<Assessment> = {}): Assessment {
  return baseAssessment({ createdAt: T0, updatedAt: T0, ...over })
}

export function school(over: Partial<School> = {}): School {
  return aSchool({
    code: 'TH-VTS',
    province: 'Lâm Đồng',
    commune: 'Phường Xuân Hương',
    managingBody: 'Sở Giáo dục và Đào tạo tỉnh Lâm Đồng',
    headName: 'Nguyễn Thị Hoa',
    createdAt: T0,
    updatedAt: T0,
    ...over,
  })
}

export function answer(itemId: string, value: Answer['value'], over: Partial<Answer> = {}): Answer {
  return { assessmentId: 'a1', itemId, value, note: '', updatedAt: T1, ...over }
}

export function member(over: Partial<Member> = {}): Member {
  return { id: 'm1', assessmentId: 'a1', name: 'Trần Văn Nam', role: 'teacher', itemIds: ['1.1', '1.3.1'], createdAt: T0, ...over }
}

export function photo(over: Partial<Evidence> = {}, fileId = 'f1'): Evidence {
  return {
    id: 'e1',
    assessmentId: 'a1',
    code: 'MC1.3.01',
    title: 'Phòng máy tính',
    kind: 'photo',
    itemIds: ['1.3.1'],
    capturedAt: T1,
    file: { id: fileId, mime: 'image/jpeg', size: 3000, width: 40, height: 30, name: 'IMG_0001.jpg' },
    addedAt: T1,
    updatedAt: T1,
    ...over,
  }
}

export const userSetRow = (): CriteriaSetRow => ({
  key: 'tiny@2.0.0',
  setId: 'tiny',
  version: '2.0.0',
  fileName: 'tiny-2.0.0.json',
  text: JSON.stringify(tinySet({ version: '2.0.0' })),
  loadedAt: T0,
})

/** Bytes that do not compress (like a JPEG) and contain a zip data-descriptor signature. */
export function jpegLike(size: number, seed = 1): Uint8Array {
  const out = new Uint8Array(size)
  let x = seed >>> 0 || 1
  for (let i = 0; i < size; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    out[i] = x & 0xff
  }
  out.set([0xff, 0xd8, 0xff, 0xe0])
  if (size > 200) out.set([0x50, 0x4b, 0x07, 0x08], Math.floor(size / 2))
  return out
}

export const blobOf = (bytes: Uint8Array, type = '') => new Blob([bytes as Uint8Array<ArrayBuffer>], { type })

export function sampleData(): ExchangeData {
  return {
    schools: [school()],
    assessments: [
      assessment({
        id: 'a0',
        status: 'approved',
        approval: { date: '2025-09-20', decisionNumber: '15/QĐ-THVTS', approvedAt: T1 },
        record: { place: 'Đà Lạt', purpose: 'Đánh giá <b>thực chất</b> & khách quan' },
      }),
      assessment({ revision: 2, amends: 'a0', createdAt: T1, updatedAt: T2 }),
    ],
    answers: [
      answer('1.1', true, { assessmentId: 'a0' }),
      answer('1.1', true),
      answer('1.3.1', 6, { basis: { yes: true }, note: 'Có 2 phòng máy', by: 'm1' }),
      answer('2.1', 'K12Online', { copied: true }),
      answer('1.4', 2.5, { basis: { percentage: 42 } }),
    ],
    members: [member(), member({ id: 'm2', name: 'Lê Thị Hồng', role: 'vice-principal', itemIds: ['2.1'] })],
    evidence: [
      photo({ assessmentId: 'a0', id: 'e0' }),
      photo({ addedBy: 'Trần Văn Nam' }),
      {
        id: 'e2',
        assessmentId: 'a1',
        code: 'MC1.1.01',
        title: 'Kế hoạch CĐS',
        kind: 'document',
        itemIds: ['1.1', '1.2'],
        file: { id: 'f2', mime: 'application/pdf', size: 1200, name: 'ke-hoach.pdf' },
        addedAt: T1,
        updatedAt: T1,
      },
      { id: 'e3', assessmentId: 'a1', code: 'MC2.1.01', title: 'Cổng LMS', kind: 'link', itemIds: ['2.1'], url: 'https://k12online.vn', addedAt: T1, updatedAt: T1 },
      {
        id: 'e4',
        assessmentId: 'a1',
        code: 'MC1.2.01',
        title: 'Quyết định thành lập tổ',
        kind: 'paper',
        itemIds: ['1.2'],
        paper: { number: '12/QĐ-THVTS', date: '2025-09-05', issuer: 'Hiệu trưởng', summary: 'Thành lập tổ công tác' },
        addedAt: T1,
        updatedAt: T1,
      },
    ],
    criteriaSets: [userSetRow()],
    assignments: [],
  }
}

/** The stored files of `sampleData`: a photo with thumbnail (shared by e0 and e1), a PDF. */
export function sampleFiles(): { id: string; blob: Blob; thumb?: Blob }[] {
  return [
    { id: 'f1', blob: blobOf(jpegLike(3000, 7), 'image/jpeg'), thumb: blobOf(jpegLike(400, 9), 'image/jpeg') },
    { id: 'f2', blob: blobOf(new TextEncoder().encode('%PDF-1.4\n' + 'Kế hoạch chuyển đổi số. '.repeat(40)), 'application/pdf') },
  ]
}

export async function sha256OfBlob(blob: Blob): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer())
  return Array.from(new Uint8Array(d), (b) => b.toString(16).padStart(2, '0')).join('')
}

/** The assignment of member m1 (items 1.1 and 1.3.1) on assessment a1, as its manifest carries it. */
export function header(over: Partial<AssignmentHeader> = {}): AssignmentHeader {
  return {
    schoolId: 's1',
    schoolName: 'Trường Tiểu học Võ Thị Sáu',
    assessmentId: 'a1',
    setId: 'qd-4725',
    version: '1.0.0',
    revision: 2,
    memberId: 'm1',
    memberName: 'Trần Văn Nam',
    assignedItemIds: ['1.1', '1.3.1'],
    baseline: [
      { itemId: '1.1', value: true, note: '' },
      { itemId: '1.3.1', value: null, note: '' },
    ],
    ...over,
  }
}

/** A manifest that fits `data` (fake hashes and sizes): entries for data.json and every file. */
export function manifestFor<F extends ExchangeFormat>(
  format: F,
  data: ExchangeData,
  assignment?: AssignmentHeader,
  opts: { thumbs?: boolean; extraPaths?: string[]; dropPaths?: string[] } = {},
): ManifestOf<F> {
  const paths = [
    'data.json',
    ...planFileEntries(data.evidence).flatMap((p) => (opts.thumbs ? [p.path, p.thumbPath] : [p.path])),
    ...(opts.extraPaths ?? []),
  ].filter((p) => !(opts.dropPaths ?? []).includes(p))
  const entries = paths.map((path) => ({ path, size: 100, sha256: 'ab'.repeat(32) }))
  return makeManifest(format, { appVersion: '0.1.0', createdAt: T2, packageId: 'p-1' }, data, entries, assignment)
}

/** The contribution of member m1 on a1: a changed row, a new photo. */
export function contributionData(): ExchangeData {
  return {
    schools: [school()],
    assessments: [assessment({ revision: 2 })],
    answers: [answer('1.1', true), answer('1.3.1', 6, { note: 'Đã chụp ảnh phòng máy', updatedAt: T2 })],
    members: [member()],
    evidence: [photo({ id: 'e9', code: 'MC1.3.01', title: 'Ảnh phòng máy của thầy Nam' }, 'f9')],
    criteriaSets: [],
  }
}

/** A copy of the sample with one change. */
export function changed(change: (d: ExchangeData) => void): ExchangeData {
  const d = structuredClone(sampleData())
  change(d)
  return d
}
