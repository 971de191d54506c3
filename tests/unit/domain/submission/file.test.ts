import { describe, expect, it } from 'vitest'
import {
  canonicalSubmission,
  decisionFileName,
  decisionManifest,
  makeDecision,
  parseDecisionData,
  parseReviewManifest,
  parseSubmissionData,
  submissionFileName,
  submissionManifest,
  type DecisionContent,
  type SubmissionContent,
} from '@/domain'
import { tinySet } from '../../../builders/criteriaSet'
import { contentSha, sha256, submission } from '../../../builders/submission'

const head = { appVersion: '0.1.0', createdAt: '2026-05-20T03:00:00.000Z', packageId: 'p1' }
const photoSha = sha256('photo bytes')
const withPhoto = (): SubmissionContent =>
  submission({
    evidence: [
      {
        id: 'e1',
        assessmentId: 'x',
        code: 'MC1.1.01',
        title: 'Ảnh phòng máy',
        kind: 'photo',
        itemIds: ['A1'],
        file: { id: 'f1', mime: 'image/jpeg', size: 11, name: 'a.jpg' },
        addedAt: '2026-05-01T00:00:00.000Z',
        updatedAt: '2026-05-01T00:00:00.000Z',
      },
    ],
    fileSha256: new Map([['f1', photoSha]]),
  })

function manifestFor(c: SubmissionContent, extra: { path: string; size: number; sha256: string }[] = []) {
  const text = canonicalSubmission(c)
  return submissionManifest(head, sha256(text), '2026-05-20T03:00:00.000Z', c, [{ path: 'data.json', size: text.length, sha256: sha256(text) }, ...extra])
}

describe('submission manifest', () => {
  it('reads back what the writer makes', () => {
    const m = manifestFor(submission())
    expect(parseReviewManifest(JSON.parse(JSON.stringify(m)), 'chiso.submission')).toEqual({ ok: true, value: m })
  })

  it.each<{ why: string; change: (m: Record<string, unknown>) => void; code: string }>([
    { why: 'a backup given where a submission is expected', change: (m) => (m.format = 'chiso.backup'), code: 'wrong-format' },
    { why: 'a decision given where a submission is expected', change: (m) => (m.format = 'chiso.decision'), code: 'wrong-format' },
    { why: 'a newer format version', change: (m) => (m.formatVersion = 2), code: 'unsupported-version' },
    { why: 'a content hash that is not a SHA-256', change: (m) => ((m.submission as Record<string, unknown>).sha256 = 'abc'), code: 'invalid-field' },
    { why: 'an unknown field', change: (m) => (m.extra = 1), code: 'invalid-field' },
    { why: 'an entry outside the layout', change: (m) => (m.entries as unknown[]).push({ path: 'thumbs/f1.jpg', size: 1, sha256: photoSha }), code: 'unexpected-path' },
    { why: 'an entry climbing out of its folder', change: (m) => (m.entries as unknown[]).push({ path: 'files/../x.jpg', size: 1, sha256: photoSha }), code: 'unsafe-path' },
    { why: 'data.json not listed', change: (m) => (m.entries = []), code: 'missing-entry' },
    { why: 'an entry listed twice', change: (m) => (m.entries as unknown[]).push((m.entries as unknown[])[0]), code: 'duplicate-entry' },
  ])('refuses $why', ({ change, code }) => {
    const m = JSON.parse(JSON.stringify(manifestFor(submission()))) as Record<string, unknown>
    change(m)
    const r = parseReviewManifest(m, 'chiso.submission')
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toContain(code)
  })
})

describe('submission data', () => {
  it('takes the content and names the attached photos and the record', () => {
    const c = withPhoto()
    const m = manifestFor(c, [
      { path: 'files/f1.jpg', size: 11, sha256: photoSha },
      { path: 'record.pdf', size: 100, sha256: sha256('pdf') },
    ])
    const r = parseSubmissionData(JSON.parse(canonicalSubmission(c)).content, m)
    expect(r).toEqual({ ok: true, value: { content: c, attachedFiles: ['f1'], record: true } })
  })

  it.each<{ why: string; change: (c: SubmissionContent) => void; extra?: { path: string; size: number; sha256: string }[]; code: string }>([
    { why: 'a row answered twice', change: (c) => c.answers.push({ ...(c.answers[0] as SubmissionContent['answers'][number]) }), code: 'duplicate-id' },
    { why: 'two evidence with one code', change: (c) => c.evidence.push({ ...(c.evidence[0] as SubmissionContent['evidence'][number]), id: 'e2', file: undefined }), code: 'duplicate-id' },
    { why: 'an attached photo the evidence does not describe', change: () => {}, extra: [{ path: 'files/zz.jpg', size: 11, sha256: photoSha }], code: 'extra-entry' },
    { why: 'an attached photo that is not the one described', change: () => {}, extra: [{ path: 'files/f1.jpg', size: 11, sha256: sha256('other') }], code: 'hash-mismatch' },
    { why: 'an attached photo of another size', change: () => {}, extra: [{ path: 'files/f1.jpg', size: 12, sha256: photoSha }], code: 'size-mismatch' },
    { why: 'a javascript: link', change: (c) => ((c.evidence[0] as SubmissionContent['evidence'][number]).url = 'javascript:alert(1)'), code: 'invalid-field' },
    { why: 'an unknown school kind', change: (c) => ((c.school as { kind: string }).kind = 'dai-hoc'), code: 'invalid-field' },
    { why: 'a revision of 0', change: (c) => (c.assessment.revision = 0), code: 'invalid-field' },
  ])('refuses $why', ({ change, extra, code }) => {
    const c = withPhoto()
    const m = manifestFor(c, extra)
    const data = structuredClone(c)
    change(data)
    const r = parseSubmissionData(JSON.parse(JSON.stringify(data)), m)
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toContain(code)
  })

  it('refuses a manifest that names another school than data.json', () => {
    const c = submission()
    const m = manifestFor(c)
    m.submission.schoolName = 'Trường khác'
    const r = parseSubmissionData(JSON.parse(JSON.stringify(c)), m)
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual(['header-mismatch'])
  })
})

describe('decision data', () => {
  const content = submission()
  const made = (decision: 'returned' | 'accepted'): DecisionContent => {
    const r = makeDecision({
      sha256: contentSha(content),
      content,
      set: tinySet(),
      decision,
      reason: decision === 'returned' ? 'Thiếu minh chứng' : '',
      rows: [{ itemId: 'A2.1', score: decision === 'accepted' ? 30 : null, comment: 'Xem lại' }],
      unit: { name: 'Phòng Văn hóa – Xã hội', headName: 'Lê Văn Bình' },
      decidedAt: '2026-06-01T03:00:00.000Z',
    })
    if (!r.ok) throw new Error('refused')
    return r.value
  }
  const manifest = (d: DecisionContent) => decisionManifest(head, d, [{ path: 'data.json', size: 1, sha256: sha256('x') }])

  it.each(['returned', 'accepted'] as const)('reads back a %s decision the desk makes', (decision) => {
    const d = made(decision)
    expect(parseDecisionData(JSON.parse(JSON.stringify(d)), manifest(d))).toEqual({ ok: true, value: d })
  })

  it.each<{ why: string; decision: 'returned' | 'accepted'; change: (d: DecisionContent) => void; code: string }>([
    { why: 'a return without a reason', decision: 'returned', change: (d) => (d.reason = ' '), code: 'invalid-field' },
    { why: 'a return with scores', decision: 'returned', change: (d) => ((d.rows[0] as DecisionContent['rows'][number]).score = 10), code: 'invalid-field' },
    { why: 'a return with reviewed totals', decision: 'returned', change: (d) => (d.reviewed = { groups: [], answered: 0, total: 0 }), code: 'invalid-field' },
    { why: 'an acceptance without reviewed totals', decision: 'accepted', change: (d) => (d.reviewed = null), code: 'invalid-field' },
    { why: 'a row twice', decision: 'accepted', change: (d) => d.rows.push({ ...(d.rows[0] as DecisionContent['rows'][number]) }), code: 'duplicate-id' },
    { why: 'a decision word not known', decision: 'accepted', change: (d) => ((d as { decision: string }).decision = 'approved'), code: 'invalid-field' },
  ])('refuses $why', ({ decision, change, code }) => {
    const d = made(decision)
    const m = manifest(d)
    const bad = structuredClone(d)
    change(bad)
    const r = parseDecisionData(JSON.parse(JSON.stringify(bad)), m)
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toContain(code)
  })

  it('refuses a decision manifest that lists photos', () => {
    const d = made('returned')
    const m = JSON.parse(JSON.stringify(manifest(d))) as { entries: unknown[] }
    m.entries.push({ path: 'files/f1.jpg', size: 1, sha256: photoSha })
    const r = parseReviewManifest(m, 'chiso.decision')
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual(['unexpected-path'])
  })
})

describe('file names people recognise in a chat', () => {
  it.each<{ school: { name: string; code: string }; revision: number; want: string }>([
    { school: { name: 'Trường Tiểu học Xuân Hương', code: 'TH01' }, revision: 1, want: 'chiso-nop-ket-qua-th01-truong-tieu-hoc-xuan-huong-2025-2026-lan-1-' },
    { school: { name: 'Trường THCS Đống Đa', code: '' }, revision: 2, want: 'chiso-nop-ket-qua-truong-thcs-dong-da-2025-2026-lan-2-' },
  ])('$school.name, revision $revision', ({ school, revision, want }) => {
    const c = submission({ school, revision })
    const sha = contentSha(c)
    expect(submissionFileName(c, sha)).toBe(`${want}${sha.slice(0, 8).toUpperCase()}.zip`)
  })

  it('a return and an acceptance say which they are', () => {
    const c = submission()
    const ref = { sha256: contentSha(c), schoolId: 's', schoolName: 'Trường Tiểu học Xuân Hương', schoolCode: '', assessmentId: 'a', revision: 1, schoolYear: '2025-2026', setId: 'tiny', version: '1.0.0' }
    const base = { reason: 'x', rows: [], reviewed: null, unit: { name: '', headName: '' }, decidedAt: '2026-06-01T03:00:00.000Z' }
    expect(decisionFileName({ ...base, submission: ref, decision: 'returned' })).toBe('chiso-tra-lai-truong-tieu-hoc-xuan-huong-lan-1.zip')
    expect(decisionFileName({ ...base, submission: ref, decision: 'accepted' })).toBe('chiso-chap-nhan-truong-tieu-hoc-xuan-huong-lan-1.zip')
  })
})
