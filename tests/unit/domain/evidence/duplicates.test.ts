import { describe, expect, it } from 'vitest'
import { classifyIncoming, evidenceWithContent, type Evidence } from '@/domain'

const T = '2026-11-17T10:15:00.000Z'
const ev = (id: string, code: string, itemIds: string[], fileId?: string): Evidence => ({
  id,
  assessmentId: 'a1',
  code,
  title: code,
  kind: fileId ? 'photo' : 'link',
  itemIds,
  ...(fileId ? { file: { id: fileId, mime: 'image/jpeg', size: 10, name: `${fileId}.jpg` } } : { url: 'https://truong.edu.vn' }),
  addedAt: T,
  updatedAt: T,
})

const list = [ev('e2', 'MC1.7.10', ['1.7.2'], 'f2'), ev('e1', 'MC1.7.02', ['1.7.1'], 'f1'), ev('e3', 'MC1.7.03', ['1.7.1'])]
const hashes = new Map([
  ['f1', 'aaaa'],
  ['f2', 'aaaa'],
])

describe('evidenceWithContent', () => {
  it.each<{ sha: string; expected: string | undefined }>([
    { sha: 'aaaa', expected: 'MC1.7.02' }, // two kept copies (older data): the first code, in natural order
    { sha: 'bbbb', expected: undefined },
  ])('$sha → $expected', ({ sha, expected }) => {
    expect(evidenceWithContent(list, hashes, sha)?.code).toBe(expected)
  })

  it('ignores evidence without a file and files whose hash is not known', () => {
    expect(evidenceWithContent([ev('e3', 'MC1.7.03', ['1.7.1']), ev('e4', 'MC1.7.04', ['1.7.1'], 'f4')], hashes, 'aaaa')).toBeUndefined()
  })
})

describe('classifyIncoming', () => {
  it.each<{ why: string; incoming: { sha256: string; itemIds: string[] }[]; expected: unknown[] }>([
    { why: 'new content', incoming: [{ sha256: 'cccc', itemIds: ['1.7.1'] }], expected: [{ kind: 'new' }] },
    {
      why: 'kept already for this indicator',
      incoming: [{ sha256: 'aaaa', itemIds: ['1.7.1'] }],
      expected: [{ kind: 'existing', of: expect.objectContaining({ code: 'MC1.7.02' }), addItems: [] }],
    },
    {
      why: 'kept already for another indicator: to link',
      incoming: [{ sha256: 'aaaa', itemIds: ['1.7.3'] }],
      expected: [{ kind: 'existing', of: expect.objectContaining({ code: 'MC1.7.02' }), addItems: ['1.7.3'] }],
    },
    {
      why: 'the same picture twice in one batch',
      incoming: [
        { sha256: 'dddd', itemIds: ['1.7.1'] },
        { sha256: 'eeee', itemIds: ['1.7.1'] },
        { sha256: 'dddd', itemIds: ['1.7.1'] },
      ],
      expected: [{ kind: 'new' }, { kind: 'new' }, { kind: 'repeated', first: 0 }],
    },
  ])('$why', ({ incoming, expected }) => {
    expect(classifyIncoming(list, hashes, incoming)).toEqual(expected)
  })
})
