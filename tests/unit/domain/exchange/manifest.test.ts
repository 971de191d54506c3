import { describe, expect, it } from 'vitest'
import {
  checkArchiveAgainstManifest,
  GiB,
  MAX_DATA_BYTES,
  MAX_FILE_BYTES,
  MiB,
  parseManifest,
  EXCHANGE_FORMATS,
  type ExchangeErrorCode,
  type ExchangeFormat,
} from '@/domain/exchange'
import { header } from './sample'

const HASH = 'ab'.repeat(32)

function manifest(format: ExchangeFormat = 'chiso.backup', over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format,
    formatVersion: 1,
    appVersion: '0.1.0',
    createdAt: '2025-10-02T10:00:00.000Z',
    packageId: 'p-1',
    counts: { schools: 1, assessments: 1, answers: 0, members: 1, evidence: 1, criteriaSets: 0, files: 1 },
    entries: [
      { path: 'data.json', size: 1000, sha256: HASH },
      { path: 'files/f1.jpg', size: 3000, sha256: HASH },
      { path: 'thumbs/f1.jpg', size: 300, sha256: HASH },
    ],
    ...(format === 'chiso.backup' ? {} : { assignment: header() }),
    ...over,
  }
}

const codes = (input: unknown, expected: readonly ExchangeFormat[] = ['chiso.backup']) => {
  const r = parseManifest(input, expected)
  return r.ok ? [] : r.errors.map((e) => e.code)
}

describe('parseManifest', () => {
  it.each(EXCHANGE_FORMATS)('accepts a valid %s manifest', (format) => {
    const m = format === 'chiso.assignment' ? manifest(format, { entries: [{ path: 'data.json', size: 10, sha256: HASH }] }) : manifest(format)
    const r = parseManifest(m, [format])
    expect(r.ok && r.value.format).toBe(format)
  })

  it.each<{ why: string; input: unknown; expected?: ExchangeFormat[]; code: ExchangeErrorCode; path?: string }>([
    { why: 'not an object', input: [1, 2], code: 'invalid-manifest' },
    { why: 'null', input: null, code: 'invalid-manifest' },
    { why: 'another program’s file', input: manifest('chiso.backup', { format: 'something.else' }), code: 'wrong-format', path: 'manifest.json:format' },
    { why: 'a criteria set', input: manifest('chiso.backup', { format: 'chiso.criteria-set' }), code: 'wrong-format' },
    { why: 'a contribution opened as a backup', input: manifest('chiso.contribution'), code: 'wrong-format' },
    { why: 'a backup opened as an assignment', input: manifest(), expected: ['chiso.assignment'], code: 'wrong-format' },
    { why: 'a future format version', input: manifest('chiso.backup', { formatVersion: 2 }), code: 'unsupported-version' },
    { why: 'format version 0', input: manifest('chiso.backup', { formatVersion: 0 }), code: 'unsupported-version' },
    { why: 'format version as text', input: manifest('chiso.backup', { formatVersion: '1' }), code: 'unsupported-version' },
    { why: 'an invalid creation date', input: manifest('chiso.backup', { createdAt: '2025-02-30T10:00:00Z' }), code: 'invalid-field', path: 'manifest.json:createdAt' },
    { why: 'a negative count', input: manifest('chiso.backup', { counts: { schools: -1, assessments: 1, answers: 0, members: 1, evidence: 1, criteriaSets: 0, files: 1 } }), code: 'invalid-field' },
    { why: 'an unknown field', input: manifest('chiso.backup', { extra: true }), code: 'invalid-field' },
    { why: 'a hash that is not hex', input: manifest('chiso.backup', { entries: [{ path: 'data.json', size: 1, sha256: 'xyz' }] }), code: 'invalid-field' },
    { why: 'a fractional size', input: manifest('chiso.backup', { entries: [{ path: 'data.json', size: 1.5, sha256: HASH }] }), code: 'invalid-field' },
    { why: 'path traversal', input: manifest('chiso.backup', { entries: [{ path: 'data.json', size: 1, sha256: HASH }, { path: '../x', size: 1, sha256: HASH }] }), code: 'unsafe-path' },
    { why: 'an absolute path', input: manifest('chiso.backup', { entries: [{ path: 'data.json', size: 1, sha256: HASH }, { path: '/x.jpg', size: 1, sha256: HASH }] }), code: 'unsafe-path' },
    { why: 'a path outside the layout', input: manifest('chiso.backup', { entries: [{ path: 'data.json', size: 1, sha256: HASH }, { path: 'evil.html', size: 1, sha256: HASH }] }), code: 'unexpected-path' },
    { why: 'the manifest listing itself', input: manifest('chiso.backup', { entries: [{ path: 'data.json', size: 1, sha256: HASH }, { path: 'manifest.json', size: 1, sha256: HASH }] }), code: 'invalid-field' },
    { why: 'an entry listed twice', input: manifest('chiso.backup', { entries: [{ path: 'data.json', size: 1, sha256: HASH }, { path: 'data.json', size: 1, sha256: HASH }] }), code: 'duplicate-entry' },
    { why: 'no data.json', input: manifest('chiso.backup', { entries: [] }), code: 'missing-entry' },
    { why: 'a 2 GB photo', input: manifest('chiso.backup', { entries: [{ path: 'data.json', size: 1, sha256: HASH }, { path: 'files/f1.jpg', size: 2 * GiB, sha256: HASH }] }), code: 'too-large' },
    { why: 'a 60 MB data.json', input: manifest('chiso.backup', { entries: [{ path: 'data.json', size: 60 * MiB, sha256: HASH }] }), code: 'too-large' },
    {
      why: 'a contribution over 300 MB in all',
      input: manifest('chiso.contribution', {
        entries: [{ path: 'data.json', size: 1, sha256: HASH }, ...Array.from({ length: 13 }, (_, i) => ({ path: `files/f${i}.jpg`, size: 24 * MiB, sha256: HASH }))],
      }),
      expected: ['chiso.contribution'],
      code: 'too-large',
    },
    { why: 'photos in an assignment', input: manifest('chiso.assignment'), expected: ['chiso.assignment'], code: 'unexpected-path' },
    { why: 'an assignment without items', input: manifest('chiso.contribution', { assignment: header({ assignedItemIds: [], baseline: [] }) }), expected: ['chiso.contribution'], code: 'invalid-field' },
    { why: 'an item assigned twice', input: manifest('chiso.contribution', { assignment: header({ assignedItemIds: ['1.1', '1.1'], baseline: [] }) }), expected: ['chiso.contribution'], code: 'duplicate-id' },
    {
      why: 'a baseline row for an item not assigned',
      input: manifest('chiso.contribution', { assignment: header({ baseline: [{ itemId: '9.9', value: null, note: '' }] }) }),
      expected: ['chiso.contribution'],
      code: 'not-assigned',
    },
    {
      why: 'a baseline with negative points',
      input: manifest('chiso.contribution', { assignment: header({ baseline: [{ itemId: '1.1', value: -3, note: '' }] }) }),
      expected: ['chiso.contribution'],
      code: 'invalid-field',
    },
    { why: 'a contribution without its assignment', input: manifest('chiso.contribution', { assignment: undefined }), expected: ['chiso.contribution'], code: 'invalid-field' },
  ])('refuses $why with $code', ({ input, expected, code, path }) => {
    const r = parseManifest(input, expected ?? ['chiso.backup'])
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors.map((e) => e.code)).toContain(code)
    if (path) expect(r.errors.find((e) => e.code === code)?.path).toBe(path)
    for (const e of r.errors) expect(e.detail.length).toBeGreaterThan(5)
  })

  it('says a newer app made a future version', () => {
    const r = parseManifest(manifest('chiso.backup', { formatVersion: 7 }), ['chiso.backup'])
    expect(!r.ok && r.errors[0]).toMatchObject({ code: 'unsupported-version', params: { found: '7', supported: 1, newer: 1 } })
    expect(!r.ok && r.errors[0]?.detail).toMatch(/newer chiso/)
  })

  it('accepts any of several expected formats', () => {
    expect(codes(manifest('chiso.contribution'), ['chiso.backup', 'chiso.contribution'])).toEqual([])
  })

  it('never throws on hostile values', () => {
    const hostile: unknown[] = [undefined, 0, 'x', Symbol.for('x'), { format: { toString: () => 'x' } }, Object.create(null), manifest('chiso.backup', { entries: 'x' })]
    for (const h of hostile) expect(() => parseManifest(h, ['chiso.backup'])).not.toThrow()
  })
})

describe('checkArchiveAgainstManifest', () => {
  const m = parseManifest(manifest(), ['chiso.backup'])
  if (!m.ok) throw new Error('fixture')
  const base = m.value
  const zipOf = (over: { path: string; size: number; compressedSize: number }[]) => over

  it('accepts an archive holding exactly the listed entries', () => {
    const z = zipOf([
      { path: 'manifest.json', size: 500, compressedSize: 300 },
      { path: 'data.json', size: 1000, compressedSize: 400 },
      { path: 'files/f1.jpg', size: 3000, compressedSize: 3000 },
      { path: 'thumbs/f1.jpg', size: 300, compressedSize: 300 },
    ])
    expect(checkArchiveAgainstManifest(base, z)).toEqual([])
  })

  it.each<{ why: string; entries: { path: string; size: number; compressedSize: number }[]; code: ExchangeErrorCode }>([
    { why: 'an entry missing', entries: [{ path: 'data.json', size: 1000, compressedSize: 400 }, { path: 'files/f1.jpg', size: 3000, compressedSize: 3000 }], code: 'missing-entry' },
    {
      why: 'an entry not listed',
      entries: [
        { path: 'data.json', size: 1000, compressedSize: 400 },
        { path: 'files/f1.jpg', size: 3000, compressedSize: 3000 },
        { path: 'thumbs/f1.jpg', size: 300, compressedSize: 300 },
        { path: 'files/f9.jpg', size: 3, compressedSize: 3 },
      ],
      code: 'extra-entry',
    },
    {
      why: 'a size other than declared',
      entries: [
        { path: 'data.json', size: 999, compressedSize: 400 },
        { path: 'files/f1.jpg', size: 3000, compressedSize: 3000 },
        { path: 'thumbs/f1.jpg', size: 300, compressedSize: 300 },
      ],
      code: 'size-mismatch',
    },
  ])('refuses $why', ({ entries, code }) => {
    expect(checkArchiveAgainstManifest(base, entries).map((e) => e.code)).toContain(code)
  })

  it.each([
    ['data.json', MAX_DATA_BYTES],
    ['files/f1.jpg', MAX_FILE_BYTES],
    ['thumbs/f1.jpg', MAX_FILE_BYTES],
  ])('refuses %s unpacking beyond its cap, by absolute size (zip bomb)', (path, cap) => {
    const bomb = { ...base, entries: [{ path, size: cap + 1, sha256: HASH }] }
    const errors = checkArchiveAgainstManifest(bomb, [{ path, size: cap + 1, compressedSize: Math.floor(cap / 1000) }])
    expect(errors).toContainEqual(expect.objectContaining({ code: 'too-large', path, params: { size: cap + 1, limit: cap } }))
  })

  it('accepts very repetitive text at any ratio while it stays within its cap', () => {
    const size = 40 * MiB
    const notes = { ...base, entries: [{ path: 'data.json', size, sha256: HASH }] }
    expect(checkArchiveAgainstManifest(notes, [{ path: 'data.json', size, compressedSize: Math.floor(size / 1000) }])).toEqual([])
  })

  it('accepts the largest allowed photo stored', () => {
    const big = { ...base, entries: [{ path: 'data.json', size: 1, sha256: HASH }, { path: 'files/f1.jpg', size: MAX_FILE_BYTES, sha256: HASH }] }
    expect(
      checkArchiveAgainstManifest(big, [
        { path: 'data.json', size: 1, compressedSize: 3 },
        { path: 'files/f1.jpg', size: MAX_FILE_BYTES, compressedSize: MAX_FILE_BYTES },
      ]),
    ).toEqual([])
  })
})
