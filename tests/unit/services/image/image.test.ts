/**
 * The image service without a real decoder: happy-dom cannot decode pictures, so this covers what
 * happens before decoding (refusals, EXIF capture time) with the real fixtures, and the pipeline's
 * wiring with a stand-in `createImageBitmap` and `OffscreenCanvas`. Decoding, orientation and the
 * absence of EXIF in the output need a real browser (end-to-end tests).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readExifDateTime, readHead } from '@/services/image/exif'
import { PhotoError, processPhoto, processPhotos, type PhotoErrorCode } from '@/services/image'
import heicRaw from '../../../fixtures/photos/fake.heic?raw'
import largeUrl from '../../../fixtures/photos/large-4000x3000.jpg?inline'
import textRaw from '../../../fixtures/photos/not-an-image.jpg?raw'
import orientedUrl from '../../../fixtures/photos/oriented-6-gps.jpg?inline'
import plainUrl from '../../../fixtures/photos/plain.jpg?inline'

const fromDataUrl = (url: string) => Uint8Array.from(atob(url.slice(url.indexOf(',') + 1)), (c) => c.charCodeAt(0))
// fake.heic is plain ASCII plus control bytes, so its `?raw` text maps one char to one byte.
const HEIC = Uint8Array.from(heicRaw, (c) => c.charCodeAt(0))
const TEXT = new TextEncoder().encode(textRaw)
const ORIENTED = fromDataUrl(orientedUrl)
const LARGE = fromDataUrl(largeUrl)
const PLAIN = fromDataUrl(plainUrl)

const FILE_TIME = Date.UTC(2026, 10, 24, 14, 0, 0)
const file = (bytes: Uint8Array, name: string, type = '') =>
  new File([bytes as Uint8Array<ArrayBuffer>], name, { type, lastModified: FILE_TIME })

/** What a browser's decoder would report for each fixture, after applying EXIF orientation. */
const DECODED = new Map<number, { width: number; height: number }>([
  [ORIENTED.length, { width: 300, height: 400 }],
  [LARGE.length, { width: 4000, height: 3000 }],
  [PLAIN.length, { width: 64, height: 48 }],
])

interface FakeBitmap {
  width: number
  height: number
  close: () => void
}

let bitmaps: FakeBitmap[]
let canvases: { width: number; height: number; drawn: number[][]; quality?: number }[]
/** When set, resize requests come back at this size (a browser ignoring the resize options). */
let resizeIgnored: boolean
const decode = vi.fn((blob: Blob, opts?: ImageBitmapOptions): Promise<FakeBitmap> => {
  const size = DECODED.get(blob.size)
  if (!size) return Promise.reject(new DOMException('The source image could not be decoded.', 'InvalidStateError'))
  const resized = opts?.resizeWidth !== undefined && !resizeIgnored
  const bitmap = {
    width: resized ? (opts.resizeWidth ?? 0) : size.width,
    height: resized ? (opts.resizeHeight ?? 0) : size.height,
    close: vi.fn(),
  }
  bitmaps.push(bitmap)
  return Promise.resolve(bitmap)
})

class FakeOffscreenCanvas {
  record: (typeof canvases)[number]
  constructor(width: number, height: number) {
    this.record = { width, height, drawn: [] }
    canvases.push(this.record)
  }
  getContext() {
    return {
      fillRect: () => {},
      drawImage: (_b: FakeBitmap, ...box: number[]) => this.record.drawn.push(box),
    }
  }
  convertToBlob(opts: { type: string; quality: number }): Promise<Blob> {
    this.record.quality = opts.quality
    return Promise.resolve(new Blob([`${this.record.width}x${this.record.height}`], { type: opts.type }))
  }
}

beforeEach(() => {
  bitmaps = []
  canvases = []
  resizeIgnored = false
  decode.mockReset()
  vi.stubGlobal('createImageBitmap', decode)
  vi.stubGlobal('OffscreenCanvas', FakeOffscreenCanvas)
  // No worker in happy-dom, so the main-thread path runs; make sure of it.
  vi.stubGlobal('Worker', undefined)
})

afterEach(() => {
  vi.unstubAllGlobals()
})

/** The PhotoError code a promise rejects with, or what happened instead. */
async function rejection(p: Promise<unknown>): Promise<string> {
  try {
    await p
    return 'resolved'
  } catch (e) {
    return e instanceof PhotoError ? e.code : String(e)
  }
}

describe('processPhoto refuses before decoding', () => {
  it.each<[string, () => File, PhotoErrorCode]>([
    ['fake.heic as image/heic', () => file(HEIC, 'fake.heic', 'image/heic'), 'heic-unsupported'],
    ['fake.heic with no type', () => file(HEIC, 'fake.heic'), 'heic-unsupported'],
    ['a HEIC renamed to .jpg', () => file(HEIC, 'IMG_0001.jpg', 'image/jpeg'), 'heic-unsupported'],
    ['not-an-image.jpg as image/jpeg', () => file(TEXT, 'not-an-image.jpg', 'image/jpeg'), 'not-an-image'],
    ['a text file', () => file(TEXT, 'notes.txt', 'text/plain'), 'not-an-image'],
    ['an empty file', () => file(new Uint8Array(), 'empty.jpg', 'image/jpeg'), 'not-an-image'],
  ])('%s → %s', async (_label, make, code) => {
    expect(await rejection(processPhoto(make()))).toBe(code)
    expect(decode).not.toHaveBeenCalled()
  })
})

describe('readExifDateTime (the helper processPhoto uses)', () => {
  it.each([
    ['oriented-6-gps.jpg', ORIENTED, '2025:03:14 09:26:53'],
    ['large-4000x3000.jpg (with OffsetTimeOriginal)', LARGE, '2025:10:02 15:04:05+07:00'],
    ['plain.jpg (no EXIF)', PLAIN, undefined],
    ['not-an-image.jpg', TEXT, undefined],
    ['fake.heic', HEIC, undefined],
  ])('%s → %j', async (_label, bytes, expected) => {
    expect(await readExifDateTime(await readHead(new Blob([bytes])))).toBe(expected)
  })
})

describe('processPhoto pipeline (stand-in decoder)', () => {
  it('decodes upright, resizes in the decoder, and encodes photo and thumbnail', async () => {
    const out = await processPhoto(file(LARGE, 'large-4000x3000.jpg', 'image/jpeg'))
    expect(decode.mock.calls.map((c) => c[1])).toEqual([
      { imageOrientation: 'from-image' },
      { imageOrientation: 'from-image', resizeWidth: 2048, resizeHeight: 1536, resizeQuality: 'high' },
    ])
    expect(canvases).toEqual([
      { width: 2048, height: 1536, drawn: [[0, 0, 2048, 1536]], quality: 0.8 },
      { width: 320, height: 240, drawn: [[0, 0, 320, 240]], quality: 0.7 },
    ])
    expect(out).toMatchObject({ width: 2048, height: 1536, captureSource: 'exif' })
    expect(out.capturedAt).toBe('2025-10-02T08:04:05.000Z') // the camera's +07:00
    expect(out.jpeg.type).toBe('image/jpeg')
    expect(await out.jpeg.text()).toBe('2048x1536')
    expect(await out.thumb.text()).toBe('320x240')
    expect(bitmaps.every((b) => vi.mocked(b.close).mock.calls.length === 1)).toBe(true)
  })

  it('takes the size after orientation and the EXIF time in the phone zone', async () => {
    const out = await processPhoto(file(ORIENTED, 'oriented-6-gps.jpg', 'image/jpeg'))
    expect(decode).toHaveBeenCalledTimes(1) // small enough: no resize decode
    expect(out).toMatchObject({ width: 300, height: 400, captureSource: 'exif' })
    expect(out.capturedAt).toBe(new Date(2025, 2, 14, 9, 26, 53).toISOString())
    expect(canvases.map((c) => [c.width, c.height])).toEqual([
      [300, 400],
      [240, 320],
    ])
  })

  it('uses the file time without EXIF', async () => {
    const out = await processPhoto(file(PLAIN, 'plain.jpg', 'image/jpeg'))
    expect(out).toMatchObject({ width: 64, height: 48, captureSource: 'file' })
    expect(out.capturedAt).toBe(new Date(FILE_TIME).toISOString())
  })

  it('scales on the canvas when the decoder ignores the resize options', async () => {
    resizeIgnored = true
    const out = await processPhoto(file(LARGE, 'large.jpg', 'image/jpeg'))
    expect(out).toMatchObject({ width: 2048, height: 1536 })
    expect(canvases[0]).toMatchObject({ width: 2048, height: 1536, drawn: [[0, 0, 2048, 1536]] })
  })

  it.each([1024, 100])('honours maxEdge %i', async (maxEdge) => {
    const out = await processPhoto(file(LARGE, 'large.jpg', 'image/jpeg'), { maxEdge })
    expect(out.width).toBe(maxEdge)
    expect(out.height).toBe(Math.round((maxEdge * 3) / 4))
  })

  it('reports a decode failure as undecodable', async () => {
    const corrupt = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])
    expect(await rejection(processPhoto(file(corrupt, 'broken.jpg', 'image/jpeg')))).toBe('undecodable')
  })
})

describe('processPhotos', () => {
  it('goes on after a bad file, keeps the order and reports progress', async () => {
    const files = [
      file(HEIC, 'fake.heic', 'image/heic'),
      file(PLAIN, 'plain.jpg', 'image/jpeg'),
      file(TEXT, 'not-an-image.jpg', 'image/jpeg'),
      file(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]), 'broken.jpg', 'image/jpeg'),
      file(ORIENTED, 'oriented-6-gps.jpg', 'image/jpeg'),
    ]
    const progress: [number, number][] = []
    const results = await processPhotos(files, (done, total) => progress.push([done, total]))
    expect(results.map((r) => (r.ok ? `ok ${r.photo.width}x${r.photo.height}` : r.error.code))).toEqual([
      'heic-unsupported',
      'ok 64x48',
      'not-an-image',
      'undecodable',
      'ok 300x400',
    ])
    expect(results.map((r) => r.file)).toEqual(files)
    expect(progress).toEqual([0, 1, 2, 3, 4, 5].map((n) => [n, 5]))
  })

  it('decodes one file at a time', async () => {
    let inFlight = 0
    let most = 0
    decode.mockImplementation(async (blob: Blob) => {
      most = Math.max(most, ++inFlight)
      await new Promise((r) => setTimeout(r, 5))
      inFlight--
      const size = DECODED.get(blob.size) ?? { width: 1, height: 1 }
      return { ...size, close: () => {} }
    })
    await processPhotos([file(PLAIN, 'a.jpg'), file(PLAIN, 'b.jpg'), file(PLAIN, 'c.jpg')])
    expect(most).toBe(1)
  })
})
