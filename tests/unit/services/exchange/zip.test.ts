import { Unzip, UnzipInflate } from 'fflate'
import { describe, expect, it } from 'vitest'
import { buildAssignment, buildBackup, carriedFiles, readExchangeFile, type CarriedFile } from '@/services/exchange/zip'
import { crc32, openArchive } from '@/services/exchange/archive'
import { KNOWN_CODES } from '../../../fixtures/bad-input/generate'
import { answer, assessment, blobOf, jpegLike, member, photo, sampleData, sampleFiles, school, sha256OfBlob, T2 } from '../../domain/exchange/sample'

const opts = { appVersion: '0.1.0', createdAt: T2, packageId: 'pkg-1' }

async function backupBlob(data = sampleData(), files: CarriedFile[] = sampleFiles()) {
  const r = await buildBackup(data, files, opts)
  if (!r.ok) throw new Error(JSON.stringify(r.errors))
  return r
}

describe('backup round trip', () => {
  it('reads back exactly the rows and the bytes of every file', async () => {
    const files = sampleFiles()
    const { blob, manifest } = await backupBlob(sampleData(), files)
    expect(blob.type).toBe('application/zip')
    expect(manifest.counts).toEqual({ schools: 1, assessments: 2, answers: 5, members: 2, evidence: 5, criteriaSets: 1, files: 2 })
    expect(manifest.entries.map((e) => e.path)).toEqual(['data.json', 'files/f1.jpg', 'thumbs/f1.jpg', 'files/f2.pdf'])

    const r = await readExchangeFile(blob, 'chiso.backup')
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.data).toEqual(sampleData())
    expect(r.manifest).toEqual(manifest)
    const back = carriedFiles(r.data, r.files)
    expect(back.map((f) => f.id)).toEqual(['f1', 'f2'])
    for (const [i, f] of back.entries()) {
      const original = files[i] as CarriedFile
      expect(await sha256OfBlob(f.blob)).toBe(await sha256OfBlob(original.blob))
      if (original.thumb) expect(await sha256OfBlob(f.thumb as Blob)).toBe(await sha256OfBlob(original.thumb))
    }
    expect(back[0]?.blob.type).toBe('image/jpeg')
    expect(back[1]?.blob.type).toBe('application/pdf')
    expect(back[1]?.thumb).toBeUndefined()
  })

  it('stores JPEGs as they are and deflates JSON and documents', async () => {
    const { blob } = await backupBlob()
    const archive = await openArchive(blob, 100, 1e9)
    expect(archive.ok).toBe(true)
    if (!archive.ok) return
    const method = Object.fromEntries(archive.entries.map((e) => [e.path, e.method]))
    expect(method).toEqual({ 'data.json': 8, 'files/f1.jpg': 0, 'thumbs/f1.jpg': 0, 'files/f2.pdf': 8, 'manifest.json': 8 })
  })

  it('survives a photo containing the bytes that cut entries short in fflate’s Unzip', async () => {
    const bytes = jpegLike(5000, 3)
    const { blob } = await backupBlob(sampleData(), [{ id: 'f1', blob: blobOf(bytes, 'image/jpeg') }, sampleFiles()[1] as CarriedFile])
    // The streaming Unzip finds the end of a data-descriptor entry by scanning for its signature:
    const seen = new Map<string, number>()
    const unzip = new Unzip((f) => {
      let n = 0
      f.ondata = (_e, d, final) => {
        n += d.length
        if (final) seen.set(f.name, n)
      }
      f.start()
    })
    unzip.register(UnzipInflate)
    unzip.push(new Uint8Array(await blob.arrayBuffer()), true)
    expect(seen.get('files/f1.jpg')).toBeLessThan(bytes.length)
    // …this reader uses the zip index and gets every byte.
    const r = await readExchangeFile(blob, 'chiso.backup')
    expect(r.ok && (await sha256OfBlob(r.files.get('files/f1.jpg') as Blob))).toBe(await sha256OfBlob(blobOf(bytes)))
  })

  it('reports progress in bytes, ending at the total', async () => {
    const calls: [number, number][] = []
    const { blob } = await buildBackup(sampleData(), sampleFiles(), { ...opts, onProgress: (d, t) => calls.push([d, t]) }).then((r) => {
      if (!r.ok) throw new Error('build')
      return r
    })
    expect(calls[0]?.[0]).toBe(0)
    expect(calls.at(-1)?.[0]).toBe(calls.at(-1)?.[1])
    const reads: [number, number][] = []
    await readExchangeFile(blob, 'chiso.backup', (d, t) => reads.push([d, t]))
    expect(reads.at(-1)?.[0]).toBe(reads.at(-1)?.[1])
    for (let i = 1; i < reads.length; i++) expect(reads[i]![0]).toBeGreaterThanOrEqual(reads[i - 1]![0])
  })

  it('an empty device makes a valid, empty backup', async () => {
    const empty = { schools: [], assessments: [], answers: [], members: [], evidence: [], criteriaSets: [], assignments: [] }
    const { blob } = await backupBlob(empty, [])
    const r = await readExchangeFile(blob, 'chiso.backup')
    expect(r.ok && r.data).toEqual(empty)
  })

  it('keeps evidence whose stored file is missing, without the file, and says so', async () => {
    const r = await buildBackup(sampleData(), [sampleFiles()[0] as CarriedFile], opts)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'missing-entry', params: { code: 'MC1.1.01' } })])
    const back = await readExchangeFile(r.blob, 'chiso.backup')
    expect(back.ok && back.data.evidence.find((e) => e.id === 'e2')?.file).toBeUndefined()
  })

  it('refuses to write data it could not read back', async () => {
    const data = sampleData()
    data.answers[0]!.value = -1
    const r = await buildBackup(data, sampleFiles(), opts)
    expect(!r.ok && r.errors[0]).toMatchObject({ code: 'invalid-field', path: 'data.json:answers[0].value' })
  })
})

describe('assignment files', () => {
  const src = () => ({ school: school(), assessment: assessment({ revision: 2 }), member: member(), answers: [answer('1.1', true)] })

  it('hold the member’s rows and no photos', async () => {
    const r = await buildAssignment(src(), opts)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const back = await readExchangeFile(r.blob, 'chiso.assignment')
    expect(back.ok).toBe(true)
    if (!back.ok) return
    expect(back.manifest.assignment.memberName).toBe('Trần Văn Nam')
    expect(back.manifest.entries.map((e) => e.path)).toEqual(['data.json'])
    expect(back.files.size).toBe(0)
  })

  it('are refused where a backup or a contribution is expected', async () => {
    const r = await buildAssignment(src(), opts)
    if (!r.ok) throw new Error('build')
    const back = await readExchangeFile(r.blob, ['chiso.backup', 'chiso.contribution'])
    expect(!back.ok && back.errors[0]).toMatchObject({ code: 'wrong-format', params: { found: 'chiso.assignment' } })
    expect((await readExchangeFile(r.blob, ['chiso.backup', 'chiso.assignment'])).ok).toBe(true)
  })

  it('cannot be made for an approved revision', async () => {
    const r = await buildAssignment({ ...src(), assessment: assessment({ status: 'approved' }) }, opts)
    expect(!r.ok && r.errors[0]?.code).toBe('approved-revision')
  })
})

describe('damaged files never throw and never pass', () => {
  it('every cut of a backup is refused', async () => {
    const bytes = new Uint8Array(await (await backupBlob()).blob.arrayBuffer())
    for (let cut = 0; cut < bytes.length; cut += Math.max(1, Math.floor(bytes.length / 97))) {
      const r = await readExchangeFile(blobOf(bytes.subarray(0, cut)), 'chiso.backup')
      expect(r.ok, `cut at ${cut}`).toBe(false)
      if (!r.ok) expect(KNOWN_CODES).toContain(r.errors[0]?.code)
    }
  })

  it('a flipped byte anywhere is refused or changes nothing read', async () => {
    const bytes = new Uint8Array(await (await backupBlob()).blob.arrayBuffer())
    const original = sampleData()
    for (let at = 0; at < bytes.length; at += 37) {
      const copy = bytes.slice()
      copy[at] = (copy[at] as number) ^ 0x5a
      const r = await readExchangeFile(blobOf(copy), 'chiso.backup')
      if (r.ok) expect(r.data, `flip at ${at}`).toEqual(original)
      else expect(KNOWN_CODES).toContain(r.errors[0]?.code)
    }
  })
})

describe('crc32', () => {
  it('matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
    const a = new TextEncoder().encode('12345')
    const b = new TextEncoder().encode('6789')
    expect(crc32(b, crc32(a))).toBe(0xcbf43926)
  })
})

describe('photos with evidence from the sample', () => {
  it('shares one file between two revisions', async () => {
    const { manifest } = await backupBlob()
    expect(manifest.entries.filter((e) => e.path.startsWith('files/f1'))).toHaveLength(1)
    expect(photo().file?.id).toBe('f1')
  })
})
