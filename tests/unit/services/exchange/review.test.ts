import { createHash } from 'node:crypto'
import { Zip, ZipDeflate, strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import {
  canonicalSubmission,
  fingerprint,
  foundKind,
  makeDecision,
  type Evidence,
  type SubmissionContent,
} from '@/domain'
import { buildBackup } from '@/services/exchange/zip'
import { buildDecisionFile, buildSubmissionFile, readDecisionFile, readSubmissionFile, submissionSha256 } from '@/services/exchange/review'
import { tinySet } from '../../../builders/criteriaSet'
import { contentSha, submission } from '../../../builders/submission'
import { blobOf, jpegLike, sampleData, sampleFiles, sha256OfBlob } from '../../domain/exchange/sample'

const head = { appVersion: '0.1.0', createdAt: '2026-05-20T03:00:00.000Z', packageId: 'p1' }
const opts = { ...head, submittedAt: '2026-05-20T03:00:00.000Z' }
const photo = jpegLike(3000, 7)
const photoSha = createHash('sha256').update(photo).digest('hex')

function evidence(): Evidence[] {
  return [
    {
      id: 'e1',
      assessmentId: 'x',
      code: 'MC1.1.01',
      title: 'Ảnh phòng máy',
      kind: 'photo',
      itemIds: ['A1'],
      file: { id: 'f1', mime: 'image/jpeg', size: photo.length, name: 'a.jpg' },
      addedAt: '2026-05-01T00:00:00.000Z',
      updatedAt: '2026-05-01T00:00:00.000Z',
    },
  ]
}
const withPhoto = (): SubmissionContent => submission({ evidence: evidence(), fileSha256: new Map([['f1', photoSha]]) })
const photoBlob = () => blobOf(photo, 'image/jpeg')
const pdf = () => blobOf(strToU8('%PDF-1.7 the record'), 'application/pdf')

async function made(content: SubmissionContent, attach: { photo?: boolean; record?: boolean } = {}) {
  const r = await buildSubmissionFile(content, { files: attach.photo ? [{ id: 'f1', blob: photoBlob() }] : [], ...(attach.record ? { record: pdf() } : {}) }, opts)
  if (!r.ok) throw new Error(JSON.stringify(r.errors))
  return r.value
}

/** A zip written by hand, for files the app would never make. */
async function zipOf(entries: Record<string, string | Uint8Array>): Promise<Blob> {
  const parts: Uint8Array[] = []
  const zip = new Zip((_e, chunk) => parts.push(chunk))
  for (const [path, content] of Object.entries(entries)) {
    const f = new ZipDeflate(path)
    zip.add(f)
    f.push(typeof content === 'string' ? strToU8(content) : content, true)
  }
  zip.end()
  return blobOf(new Uint8Array(await new Blob(parts as Uint8Array<ArrayBuffer>[]).arrayBuffer()), 'application/zip')
}
const sha = (b: string | Uint8Array) => createHash('sha256').update(b).digest('hex')

describe('submission file', () => {
  it.each([
    { why: 'without attachments', attach: {}, files: [], record: false },
    { why: 'with the photo', attach: { photo: true }, files: ['f1'], record: false },
    { why: 'with the photo and the record PDF', attach: { photo: true, record: true }, files: ['f1'], record: true },
  ])('reads back $why: same content, same identity, the chosen attachments', async ({ attach, files, record }) => {
    const c = withPhoto()
    const m = await made(c, attach)
    expect(m.sha256).toBe(contentSha(c))
    expect(m.fileName).toMatch(new RegExp(`^chiso-nop-ket-qua-.*-lan-1-${m.sha256.slice(0, 8).toUpperCase()}\\.zip$`))
    const r = await readSubmissionFile(m.blob)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.content).toEqual(c)
    expect(r.value.sha256).toBe(m.sha256)
    expect(r.value.declaredSha256).toBe(m.sha256)
    expect(r.value.attachments).toEqual({ files, record })
    if (attach.photo) expect(await sha256OfBlob(r.value.files.get('f1') as Blob)).toBe(photoSha)
    expect(r.value.record !== undefined).toBe(record)
  })

  it('gives the same fingerprint whatever is attached and whenever it is made', async () => {
    const c = withPhoto()
    const a = await made(c)
    const b = await buildSubmissionFile(c, { files: [{ id: 'f1', blob: photoBlob() }] }, { ...opts, createdAt: '2026-05-25T00:00:00.000Z', packageId: 'p2' })
    expect(b.ok && fingerprint(b.value.sha256)).toBe(fingerprint(a.sha256))
    expect(await submissionSha256(c)).toBe(a.sha256)
  })

  it('refuses to carry a photo that is not the one the evidence describes', async () => {
    const r = await buildSubmissionFile(withPhoto(), { files: [{ id: 'f1', blob: blobOf(jpegLike(3000, 8), 'image/jpeg') }] }, opts)
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual(['hash-mismatch'])
  })

  it('flags, not refuses, content whose hash is not the one the school was shown', async () => {
    const c = submission()
    const changed = { ...c, answers: c.answers.map((a) => (a.itemId === 'A2.1' ? { ...a, value: 30 } : a)) }
    const text = canonicalSubmission(changed)
    const manifest = {
      format: 'chiso.submission',
      formatVersion: 1,
      ...head,
      submission: { sha256: contentSha(c), submittedAt: opts.submittedAt, schoolName: c.school.name, revision: 1 },
      entries: [{ path: 'data.json', size: strToU8(text).length, sha256: sha(text) }],
    }
    const r = await readSubmissionFile(await zipOf({ 'data.json': text, 'manifest.json': JSON.stringify(manifest) }))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.declaredSha256).toBe(contentSha(c))
    expect(r.value.sha256).toBe(contentSha(changed))
  })

  it.each([
    { why: 'a backup', code: 'wrong-format', kind: 'chiso.backup' },
    { why: 'a decision file', code: 'wrong-format', kind: 'chiso.decision' },
  ])('names the kind of file when given $why', async ({ kind }) => {
    const blob =
      kind === 'chiso.backup'
        ? await buildBackup(sampleData(), sampleFiles(), head).then((r) => (r.ok ? r.blob : new Blob()))
        : (await decisionBlob()).blob
    const r = await readSubmissionFile(blob)
    expect(r.ok ? null : foundKind(r.errors)).toBe(kind)
  })

  it.each<{ why: string; entries: () => Record<string, string | Uint8Array>; code: string }>([
    { why: 'data.json changed after the manifest', entries: () => tampered((t) => t.replace('"A2.1"', '"A2.2"')), code: 'hash-mismatch' },
    {
      why: 'data.json is not the content envelope',
      entries: () => {
        const text = JSON.stringify(submission())
        return { 'data.json': text, 'manifest.json': manifestOf(submission(), text) }
      },
      code: 'invalid-field',
    },
    { why: 'an entry outside the layout', entries: () => ({ ...good(), 'thumbs/f1.jpg': 'x' }), code: 'unexpected-path' },
    { why: 'no manifest', entries: () => ({ 'data.json': canonicalSubmission(submission()) }), code: 'no-manifest' },
  ])('refuses $why', async ({ entries, code }) => {
    const r = await readSubmissionFile(await zipOf(entries()))
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toContain(code)
  })
})

function manifestOf(c: SubmissionContent, text: string) {
  return JSON.stringify({
    format: 'chiso.submission',
    formatVersion: 1,
    ...head,
    submission: { sha256: sha(text), submittedAt: opts.submittedAt, schoolName: c.school.name, revision: 1 },
    entries: [{ path: 'data.json', size: strToU8(text).length, sha256: sha(text) }],
  })
}
function good(): Record<string, string> {
  const text = canonicalSubmission(submission())
  return { 'data.json': text, 'manifest.json': manifestOf(submission(), text) }
}
function tampered(change: (text: string) => string): Record<string, string> {
  const g = good()
  return { ...g, 'data.json': change(g['data.json'] as string) }
}

async function decisionBlob(over: Partial<Parameters<typeof makeDecision>[0]> = {}) {
  const c = submission()
  const d = makeDecision({
    sha256: contentSha(c),
    content: c,
    set: tinySet(),
    decision: 'returned',
    reason: 'Thiếu minh chứng cho chỉ số A1',
    rows: [{ itemId: 'A1', score: null, comment: 'Cần ảnh phòng máy' }],
    unit: { name: 'Phòng Văn hóa – Xã hội', headName: 'Lê Văn Bình' },
    decidedAt: '2026-06-01T03:00:00.000Z',
    ...over,
  })
  if (!d.ok) throw new Error(JSON.stringify(d.problems))
  const r = await buildDecisionFile(d.value, head)
  if (!r.ok) throw new Error(JSON.stringify(r.errors))
  return { ...r.value, decision: d.value }
}

describe('decision file', () => {
  it.each(['returned', 'accepted'] as const)('reads back a %s decision as it was made', async (decision) => {
    const m = await decisionBlob({ decision, rows: [{ itemId: 'A2.1', score: decision === 'accepted' ? 30 : null, comment: 'Chưa đủ' }] })
    expect(m.fileName).toMatch(decision === 'returned' ? /^chiso-tra-lai-.*-lan-1\.zip$/ : /^chiso-chap-nhan-.*-lan-1\.zip$/)
    const r = await readDecisionFile(m.blob)
    expect(r.ok && r.value.decision).toEqual(m.decision)
  })

  it('refuses to make a return without a reason', async () => {
    const d = (await decisionBlob()).decision
    const r = await buildDecisionFile({ ...d, reason: ' ' }, head)
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual(['invalid-field'])
  })

  it('names a submission file given where a decision is expected', async () => {
    const r = await readDecisionFile((await made(submission())).blob)
    expect(r.ok ? null : foundKind(r.errors)).toBe('chiso.submission')
  })

  it('refuses a decision whose data was changed after the manifest', async () => {
    const { decision } = await decisionBlob()
    const text = JSON.stringify(decision)
    const manifest = {
      format: 'chiso.decision',
      formatVersion: 1,
      ...head,
      decision: { decision: 'returned', submissionSha256: decision.submission.sha256, schoolName: decision.submission.schoolName },
      entries: [{ path: 'data.json', size: strToU8(text).length, sha256: sha(text) }],
    }
    const changed = text.replace('"returned"', '"accepted"')
    const r = await readDecisionFile(await zipOf({ 'data.json': changed, 'manifest.json': JSON.stringify(manifest) }))
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual(['hash-mismatch'])
  })
})
