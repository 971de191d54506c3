/**
 * The decisions of the evidence-photo pipeline, kept pure so they can be tested without a browser:
 * how big the stored photo and its thumbnail are, which files are refused before decoding, and
 * which capture time is kept. The side effects (decode, resize, encode) are in the image service.
 */
import type { IsoDateTime } from '../model'

/** Long edge of a stored photo: legible when printed half-page, and a few hundred KB as JPEG. */
export const DEFAULT_MAX_EDGE = 2048
/** Long edge of the thumbnail shown in lists. */
export const THUMB_EDGE = 320
/** JPEG, not WebP: the PDF library embeds only JPEG and PNG. */
export const JPEG_QUALITY = 0.8
export const THUMB_QUALITY = 0.7

export interface Size {
  width: number
  height: number
}

/**
 * The size to scale a picture to so its long edge is at most `maxEdge`, keeping the aspect ratio.
 * Never upscales; whole pixels, at least 1×1.
 */
export function planResize(width: number, height: number, maxEdge: number): Size {
  if (!(width > 0 && height > 0 && maxEdge >= 1) || ![width, height, maxEdge].every(Number.isFinite)) {
    throw new RangeError(`planResize: bad size ${width}×${height} or edge ${maxEdge}`)
  }
  const long = Math.max(width, height)
  const edge = Math.floor(maxEdge)
  if (long <= edge) return { width: Math.max(1, Math.round(width)), height: Math.max(1, Math.round(height)) }
  // The long edge is set exactly; scaling it by a ratio could round to edge ± 1.
  const short = Math.max(1, Math.round((Math.min(width, height) * edge) / long))
  return width >= height ? { width: edge, height: short } : { width: short, height: edge }
}

export type ImageFileKind = 'ok' | 'heic' | 'not-an-image'

const HEIC_MIME = /^image\/hei[cf](-sequence)?$/i
const HEIC_EXT = /\.(heic|heif|hif)$/i
const IMAGE_EXT = /\.(jpe?g|jfif|png|gif|webp|avif|bmp)$/i
/** ISO-BMFF brands of HEIF/HEIC files (iPhones, some Samsungs). AVIF (`avif`, `avis`) decodes fine. */
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1'])

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to))
}

/** What the first bytes say, or undefined when they are no picture format we know. */
function sniff(head: Uint8Array): ImageFileKind | undefined {
  const b = (i: number) => head[i] ?? -1
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'ok' // JPEG
  if (b(0) === 0x89 && ascii(head, 1, 4) === 'PNG') return 'ok'
  if (ascii(head, 0, 4) === 'GIF8') return 'ok'
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'ok'
  if (ascii(head, 0, 2) === 'BM') return 'ok'
  // TIFF: an image, though browsers will not decode it; the decoder then says so.
  if (ascii(head, 0, 4) === 'II*\0' || ascii(head, 0, 4) === 'MM\0*') return 'ok'
  if (ascii(head, 4, 8) === 'ftyp') {
    // The major brand, then compatible brands after the minor version.
    const boxEnd = Math.min(head.length, (b(0) << 24) | (b(1) << 16) | (b(2) << 8) | b(3))
    const brands = [ascii(head, 8, 12)]
    for (let i = 16; i + 4 <= boxEnd; i += 4) brands.push(ascii(head, i, i + 4))
    if (brands.some((x) => x === 'avif' || x === 'avis')) return 'ok'
    if (brands.some((x) => HEIC_BRANDS.has(x))) return 'heic'
  }
  return undefined
}

/**
 * Whether a picked file can become an evidence photo. HEIC is refused with its own reason because
 * Chrome on Android cannot decode it and the user can fix it (camera setting "Most compatible").
 * With `head` (the file's first bytes, 32 are enough) the content decides, so a renamed HEIC or a
 * text file called `.jpg` is caught before decoding; without it, the type and the name decide.
 */
export function classifyImageFile(mime: string, fileName: string, head?: Uint8Array): ImageFileKind {
  if (head) return sniff(head) ?? 'not-an-image'
  const type = mime.trim().toLowerCase()
  if (HEIC_MIME.test(type) || HEIC_EXT.test(fileName)) return 'heic'
  if (type.startsWith('image/')) return type === 'image/svg+xml' ? 'not-an-image' : 'ok'
  // Some pickers give no type (or a generic one): trust a picture extension then.
  if ((type === '' || type === 'application/octet-stream') && IMAGE_EXT.test(fileName)) return 'ok'
  return 'not-an-image'
}

/** A date-time as the camera wrote it: the wall clock where the photo was taken. */
export interface ExifWallClock {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  /** Minutes east of UTC, when the camera wrote it (EXIF `OffsetTimeOriginal`). */
  offsetMinutes?: number
}

const EXIF_DATE = /^(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?$/

/**
 * Reads `2025:03:14 09:26:53` (EXIF), also with `-` in the date, a `T`, and an offset such as
 * `+07:00`. Undefined for anything else, including impossible dates and years outside 1990..2100
 * (cameras with a flat clock battery write `0000:00:00` or 1970 or 2080-ish garbage).
 */
export function parseExifDateTime(text: string): ExifWallClock | undefined {
  const m = EXIF_DATE.exec(text.trim())
  if (!m) return undefined
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number, number, number, number, number, number,
  ]
  if (year < 1990 || year > 2100 || hour > 23 || minute > 59 || second > 59) return undefined
  const probe = new Date(Date.UTC(year, month - 1, day))
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined
  const wall: ExifWallClock = { year, month, day, hour, minute, second }
  const zone = m[7]
  if (zone) {
    const offset = zone === 'Z' ? 0 : parseOffset(zone)
    if (offset === undefined) return undefined
    wall.offsetMinutes = offset
  }
  return wall
}

function parseOffset(zone: string): number | undefined {
  const sign = zone.startsWith('-') ? -1 : 1
  const digits = zone.slice(1).replace(':', '')
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))
  return minutes <= 14 * 60 && Number(digits.slice(2)) < 60 ? sign * minutes : undefined
}

export interface CaptureTime {
  capturedAt: IsoDateTime
  source: 'exif' | 'file'
}

/**
 * The capture time kept for a photo: the camera's own (EXIF `DateTimeOriginal`) when it is a
 * plausible date, else the file's last-modified time.
 *
 * EXIF times usually carry no zone. `localOffsetMinutes` says how far east of UTC the wall clock
 * was (Vietnam: 420); pass a function to get the offset for that very date (daylight saving). The
 * image service passes the device's zone, which is where nearly all evidence photos are taken.
 * An offset written in the date itself wins.
 */
export function chooseCaptureTime(
  exifDate: string | undefined,
  lastModifiedIso: IsoDateTime,
  localOffsetMinutes: number | ((wall: ExifWallClock) => number) = 0,
): CaptureTime {
  const wall = exifDate === undefined ? undefined : parseExifDateTime(exifDate)
  if (!wall) return { capturedAt: lastModifiedIso, source: 'file' }
  const offset =
    wall.offsetMinutes ?? (typeof localOffsetMinutes === 'function' ? localOffsetMinutes(wall) : localOffsetMinutes)
  const utc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - offset * 60_000
  return { capturedAt: new Date(utc).toISOString(), source: 'exif' }
}
