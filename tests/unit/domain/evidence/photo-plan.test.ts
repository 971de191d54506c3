import { describe, expect, it } from 'vitest'
import {
  chooseCaptureTime,
  classifyImageFile,
  DEFAULT_MAX_EDGE,
  JPEG_QUALITY,
  parseExifDateTime,
  planResize,
  THUMB_EDGE,
  THUMB_QUALITY,
  type ImageFileKind,
} from '@/domain/evidence/photo-plan'

describe('constants', () => {
  it('match the design', () => {
    expect({ DEFAULT_MAX_EDGE, THUMB_EDGE, JPEG_QUALITY, THUMB_QUALITY }).toEqual({
      DEFAULT_MAX_EDGE: 2048,
      THUMB_EDGE: 320,
      JPEG_QUALITY: 0.8,
      THUMB_QUALITY: 0.7,
    })
  })
})

describe('planResize', () => {
  it.each([
    // [width, height, maxEdge, expected width, expected height]
    [4000, 3000, 2048, 2048, 1536],
    [3000, 4000, 2048, 1536, 2048],
    [4032, 3024, 2048, 2048, 1536],
    [3024, 4032, 2048, 1536, 2048],
    [8000, 6000, 2048, 2048, 1536], // 48 MP
    [2048, 2048, 2048, 2048, 2048],
    [2049, 1000, 2048, 2048, 1000], // 1000 × 2048/2049 = 999.51 rounds to 1000
    [1200, 1600, 2048, 1200, 1600], // never upscaled
    [300, 400, 2048, 300, 400],
    [1, 1, 320, 1, 1],
    [10000, 1, 320, 320, 1], // a sliver keeps at least one pixel
    [1, 10000, 320, 1, 320],
    [2048, 1536, THUMB_EDGE, 320, 240],
    [1536, 2048, THUMB_EDGE, 240, 320],
    [1000, 333, 320, 320, 107], // 106.56 rounds up
    [4000, 3000, 2047.6, 2047, 1535], // a fractional edge is not exceeded
  ])('%i×%i to %d → %i×%i', (w, h, edge, ew, eh) => {
    const out = planResize(w, h, edge)
    expect(out).toEqual({ width: ew, height: eh })
    expect(Number.isInteger(out.width) && Number.isInteger(out.height)).toBe(true)
    expect(Math.max(out.width, out.height)).toBeLessThanOrEqual(Math.max(edge, 1))
  })

  it('keeps the aspect ratio within rounding', () => {
    for (const [w, h] of [[4000, 3000], [3024, 4032], [5000, 2813], [1999, 4001]] as const) {
      const out = planResize(w, h, 2048)
      expect(Math.abs(out.width / out.height - w / h)).toBeLessThan(1 / Math.min(out.width, out.height))
    }
  })

  it.each([
    [0, 100, 2048],
    [100, 0, 2048],
    [-1, 100, 2048],
    [Number.NaN, 100, 2048],
    [100, Number.POSITIVE_INFINITY, 2048],
    [100, 100, 0],
    [100, 100, Number.NaN],
  ])('refuses %d×%d to %d', (w, h, edge) => {
    expect(() => planResize(w, h, edge)).toThrow(RangeError)
  })
})

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)))

const JPEG = bytes([0xff, 0xd8, 0xff, 0xe1, 0, 0x10], 'Exif')
const PNG = bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a])
const GIF = bytes('GIF89a')
const WEBP = bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')
const BMP = bytes('BM', [0, 0, 0, 0])
const TIFF = bytes('II*', [0, 8, 0, 0, 0])
const ftyp = (major: string, ...compatible: string[]) =>
  bytes([0, 0, 0, 16 + 4 * compatible.length], 'ftyp', major, [0, 0, 0, 0], ...compatible)
const HEIC = ftyp('heic', 'mif1', 'heic')
const HEIF_MIF1 = ftyp('mif1', 'heic')
const HEIC_COMPAT_ONLY = ftyp('MiHE', 'MiHB', 'heic') // a vendor major brand, HEIC compatible
const AVIF = ftyp('avif', 'mif1', 'miaf')
const MP4 = ftyp('isom', 'iso2', 'mp41')
const TEXT = bytes('Đây không phải là ảnh.')
const SVG = bytes('<svg xmlns="http://www.w3.org/2000/svg"/>')
const PDF = bytes('%PDF-1.7')

describe('classifyImageFile by type and name', () => {
  it.each<[string, string, ImageFileKind]>([
    ['image/jpeg', 'IMG_0001.jpg', 'ok'],
    ['image/png', 'screen.png', 'ok'],
    ['image/webp', 'a.webp', 'ok'],
    ['IMAGE/JPEG', 'X.JPG', 'ok'],
    ['image/heic', 'IMG_0001.HEIC', 'heic'],
    ['image/heif', 'a.heif', 'heic'],
    ['image/heic-sequence', 'a.heics', 'heic'],
    ['', 'IMG_0001.HEIC', 'heic'],
    ['application/octet-stream', 'IMG_0001.heif', 'heic'],
    ['image/jpeg', 'IMG_0001.heic', 'heic'], // the name says HEIC: do not gamble on a decode
    ['', 'IMG_0001.jpg', 'ok'], // pickers that give no type
    ['application/octet-stream', 'photo.jpeg', 'ok'],
    ['', 'notes.txt', 'not-an-image'],
    ['text/plain', 'notes.jpg', 'not-an-image'],
    ['application/pdf', 'ke-hoach.pdf', 'not-an-image'],
    ['image/svg+xml', 'logo.svg', 'not-an-image'],
    ['', '', 'not-an-image'],
  ])('%j %j → %s', (mime, name, expected) => {
    expect(classifyImageFile(mime, name)).toBe(expected)
  })
})

describe('classifyImageFile by content (first bytes)', () => {
  it.each<[string, Uint8Array, string, string, ImageFileKind]>([
    ['JPEG', JPEG, 'image/jpeg', 'a.jpg', 'ok'],
    ['PNG', PNG, 'image/png', 'a.png', 'ok'],
    ['GIF', GIF, 'image/gif', 'a.gif', 'ok'],
    ['WebP', WEBP, 'image/webp', 'a.webp', 'ok'],
    ['BMP', BMP, 'image/bmp', 'a.bmp', 'ok'],
    ['TIFF', TIFF, 'image/tiff', 'a.tif', 'ok'],
    ['AVIF', AVIF, 'image/avif', 'a.avif', 'ok'],
    ['HEIC', HEIC, 'image/heic', 'a.heic', 'heic'],
    ['HEIC named .jpg', HEIC, 'image/jpeg', 'IMG_0001.jpg', 'heic'],
    ['HEIF with mif1 brand', HEIF_MIF1, '', 'x', 'heic'],
    ['HEIC as a compatible brand', HEIC_COMPAT_ONLY, '', 'x', 'heic'],
    ['JPEG named .heic', JPEG, 'image/heic', 'a.heic', 'ok'],
    ['text named .jpg', TEXT, 'image/jpeg', 'not-an-image.jpg', 'not-an-image'],
    ['SVG', SVG, 'image/svg+xml', 'a.svg', 'not-an-image'],
    ['PDF', PDF, 'application/pdf', 'a.pdf', 'not-an-image'],
    ['MP4 video', MP4, 'video/mp4', 'a.mp4', 'not-an-image'],
    ['empty file', new Uint8Array(), 'image/jpeg', 'a.jpg', 'not-an-image'],
    ['truncated JPEG marker', bytes([0xff, 0xd8]), 'image/jpeg', 'a.jpg', 'not-an-image'],
  ])('%s → %s', (_label, head, mime, name, expected) => {
    expect(classifyImageFile(mime, name, head)).toBe(expected)
  })
})

describe('parseExifDateTime', () => {
  it.each([
    ['2025:03:14 09:26:53', { year: 2025, month: 3, day: 14, hour: 9, minute: 26, second: 53 }],
    ['2025-03-14 09:26:53', { year: 2025, month: 3, day: 14, hour: 9, minute: 26, second: 53 }],
    ['2025-03-14T09:26:53', { year: 2025, month: 3, day: 14, hour: 9, minute: 26, second: 53 }],
    [' 2025:03:14 09:26:53 ', { year: 2025, month: 3, day: 14, hour: 9, minute: 26, second: 53 }],
    ['2025:03:14 09:26:53.250', { year: 2025, month: 3, day: 14, hour: 9, minute: 26, second: 53 }],
    ['2025:03:14 09:26:53+07:00', { year: 2025, month: 3, day: 14, hour: 9, minute: 26, second: 53, offsetMinutes: 420 }],
    ['2025:03:14 09:26:53-0330', { year: 2025, month: 3, day: 14, hour: 9, minute: 26, second: 53, offsetMinutes: -210 }],
    ['2025:03:14 09:26:53Z', { year: 2025, month: 3, day: 14, hour: 9, minute: 26, second: 53, offsetMinutes: 0 }],
    ['2024:02:29 00:00:00', { year: 2024, month: 2, day: 29, hour: 0, minute: 0, second: 0 }],
    ['1990:01:01 00:00:00', { year: 1990, month: 1, day: 1, hour: 0, minute: 0, second: 0 }],
    ['2100:12:31 23:59:59', { year: 2100, month: 12, day: 31, hour: 23, minute: 59, second: 59 }],
  ])('%j', (text, expected) => {
    expect(parseExifDateTime(text)).toEqual(expected)
  })

  it.each([
    '',
    '0000:00:00 00:00:00', // camera with no clock set
    '    :  :     :  :  ', // blank EXIF date
    '1970:01:01 00:00:00',
    '1989:12:31 23:59:59',
    '2101:01:01 00:00:00',
    '2025:02:29 10:00:00', // not a leap year
    '2025:13:01 10:00:00',
    '2025:04:31 10:00:00',
    '2025:03:14 24:00:00',
    '2025:03:14 09:60:00',
    '2025:03:14',
    '2025:03:14 09:26:53+15:00',
    '2025:03:14 09:26:53+07:75',
    '14/03/2025 09:26:53',
    'hôm qua',
  ])('rejects %j', (text) => {
    expect(parseExifDateTime(text)).toBeUndefined()
  })
})

describe('chooseCaptureTime', () => {
  const FILE_TIME = '2026-11-24T21:43:00.000Z'
  it.each<[string | undefined, number | ((w: { year: number }) => number) | undefined, string, 'exif' | 'file']>([
    ['2025:03:14 09:26:53', 420, '2025-03-14T02:26:53.000Z', 'exif'], // Vietnam, UTC+7
    ['2025:03:14 09:26:53', 0, '2025-03-14T09:26:53.000Z', 'exif'],
    ['2025:03:14 09:26:53', undefined, '2025-03-14T09:26:53.000Z', 'exif'], // default: the wall clock as UTC
    ['2025:03:14 03:00:00', 420, '2025-03-13T20:00:00.000Z', 'exif'], // crosses midnight
    ['2025:03:14 09:26:53', -300, '2025-03-14T14:26:53.000Z', 'exif'],
    ['2025:03:14 09:26:53+07:00', 0, '2025-03-14T02:26:53.000Z', 'exif'], // the camera's offset wins
    ['2025:03:14 09:26:53', () => 420, '2025-03-14T02:26:53.000Z', 'exif'],
    ['2025:07:01 12:00:00', (w) => (w.year === 2025 ? 120 : 60), '2025-07-01T10:00:00.000Z', 'exif'],
    [undefined, 420, FILE_TIME, 'file'],
    ['', 420, FILE_TIME, 'file'],
    ['0000:00:00 00:00:00', 420, FILE_TIME, 'file'],
    ['1970:01:01 00:00:00', 420, FILE_TIME, 'file'],
    ['2150:01:01 00:00:00', 420, FILE_TIME, 'file'],
  ])('%j at offset %s → %s (%s)', (exif, offset, capturedAt, source) => {
    expect(chooseCaptureTime(exif, FILE_TIME, offset)).toEqual({ capturedAt, source })
  })

  it('passes the wall clock to an offset function', () => {
    const seen: unknown[] = []
    chooseCaptureTime('2025:03:14 09:26:53', FILE_TIME, (w) => (seen.push(w), 0))
    expect(seen).toEqual([{ year: 2025, month: 3, day: 14, hour: 9, minute: 26, second: 53 }])
  })
})
