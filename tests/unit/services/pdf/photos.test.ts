import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { loadPrintPhotos, PDF_PHOTO_EDGE, printPhoto } from '@/services/pdf/images'
import { LANDSCAPE_JPEG, PORTRAIT_JPEG } from './images'

/** The canvas re-encode, replaced (happy-dom cannot decode pictures). */
const encode = vi.hoisted(() => ({ calls: [] as number[], fail: false }))
vi.mock('@/services/image/encode', async () => {
  const { PORTRAIT_JPEG: small } = await import('./images')
  return {
    encodePhoto: (_blob: Blob, maxEdge: number) => {
      encode.calls.push(maxEdge)
      if (encode.fail) return Promise.reject(new Error('undecodable'))
      const jpeg = new Blob([Uint8Array.from(atob(small.split(',')[1]!), (c) => c.charCodeAt(0))], { type: 'image/jpeg' })
      return Promise.resolve({ jpeg, thumb: new Blob([]), width: 60, height: 80 })
    },
  }
})

// A browser that decodes every picture, unless a test says otherwise.
beforeEach(() => vi.stubGlobal('createImageBitmap', () => Promise.resolve({ close: () => {} })))
afterEach(() => vi.unstubAllGlobals())

const bytesOf = (dataUrl: string) => Uint8Array.from(atob(dataUrl.split(',')[1]!), (c) => c.charCodeAt(0))
const jpeg = (dataUrl: string) => new Blob([bytesOf(dataUrl)], { type: 'image/jpeg' })

describe('printPhoto', () => {
  it.each<{ case: string; blob: Blob; thumb?: Blob; size: { width?: number; height?: number }; fail?: boolean; expected: string | null; encoded: boolean }>([
    { case: 'a small JPEG goes as stored', blob: jpeg(LANDSCAPE_JPEG), size: { width: 96, height: 72 }, expected: LANDSCAPE_JPEG, encoded: false },
    { case: 'a large JPEG is re-encoded smaller', blob: jpeg(LANDSCAPE_JPEG), size: { width: 4000, height: 3000 }, expected: PORTRAIT_JPEG, encoded: true },
    { case: 'a photo of unknown size is re-encoded', blob: jpeg(LANDSCAPE_JPEG), size: {}, expected: PORTRAIT_JPEG, encoded: true },
    {
      case: 'a large JPEG that cannot be decoded here goes as stored',
      blob: jpeg(LANDSCAPE_JPEG),
      size: { width: 4000, height: 3000 },
      fail: true,
      expected: LANDSCAPE_JPEG,
      encoded: true,
    },
    {
      case: 'a HEIC that cannot be decoded falls back to its thumbnail',
      blob: new Blob(['heic'], { type: 'image/heic' }),
      thumb: jpeg(PORTRAIT_JPEG),
      size: { width: 4000, height: 3000 },
      fail: true,
      expected: PORTRAIT_JPEG,
      encoded: true,
    },
    {
      case: 'nothing printable at all',
      blob: new Blob(['heic'], { type: 'image/heic' }),
      size: { width: 10, height: 10 },
      fail: true,
      expected: null,
      encoded: true,
    },
  ])('$case', async ({ blob, thumb, size, fail, expected, encoded }) => {
    encode.calls = []
    encode.fail = fail ?? false
    const out = await printPhoto({ blob, ...(thumb ? { thumb } : {}) }, size)
    expect(out).toEqual(expected === null ? null : bytesOf(expected))
    expect(encode.calls).toEqual(encoded ? [PDF_PHOTO_EDGE] : [])
  })
})

describe('loadPrintPhotos', () => {
  it('reads the photos one after another, reports each, and lists what could not be had', async () => {
    encode.fail = false
    const files: Record<string, Blob> = { f1: jpeg(LANDSCAPE_JPEG) }
    const seen: [number, number][] = []
    let reading = 0
    const { photos, missing } = await loadPrintPhotos(
      [
        { evidenceId: 'e1', code: 'MC1.1.01', file: { id: 'f1', width: 96, height: 72 } },
        { evidenceId: 'e2', code: 'MC1.1.02', file: { id: 'gone', width: 96, height: 72 } },
        { evidenceId: 'e3', code: 'MC1.1.03', file: { id: 'broken', width: 96, height: 72 } },
      ],
      async (id) => {
        expect(reading).toBe(0)
        reading++
        await Promise.resolve()
        reading--
        if (id === 'broken') throw new Error('storage')
        return files[id] ? { blob: files[id] } : undefined
      },
      (done, total) => seen.push([done, total]),
    )
    expect([...photos.keys()]).toEqual(['e1'])
    expect(missing).toEqual(['MC1.1.02', 'MC1.1.03'])
    expect(seen).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ])
  })
})

describe('a photo the browser cannot decode', () => {
  it('falls back to its thumbnail, else is listed as missing by its code', async () => {
    const broken = new Blob([bytesOf(LANDSCAPE_JPEG)], { type: 'image/jpeg' })
    vi.stubGlobal('createImageBitmap', (b: Blob) => (b === broken ? Promise.reject(new Error('corrupt')) : Promise.resolve({ close: () => {} })))
    {
      const withThumb = await printPhoto({ blob: broken, thumb: jpeg(PORTRAIT_JPEG) }, { width: 96, height: 72 })
      expect(withThumb).toEqual(bytesOf(PORTRAIT_JPEG))
      const loaded = await loadPrintPhotos([{ evidenceId: 'e1', code: 'MC1.3.1', file: { id: 'f1', width: 96, height: 72 } }], () =>
        Promise.resolve({ blob: broken }),
      )
      expect(loaded.missing).toEqual(['MC1.3.1'])
      expect(loaded.photos.size).toBe(0)
    }
  })
})
