/**
 * How big each photo prints in the appendix: `small` six to a page (two to a row), `half` two to a
 * page (one a row, the text's width), `full` a page of its own. The school chooses per photo on the
 * record screen; a photo it did not choose for prints small, unless it is a portrait screenshot
 * (tall and narrow, unreadable when small), which prints half a page.
 */
import type { Evidence } from '../model'
import type { RecordPhoto } from './model'
import { cleanText } from './text'

export const PHOTO_SIZES = ['small', 'half', 'full'] as const
export type PhotoSize = (typeof PHOTO_SIZES)[number]

/** Taller than this many times its width: a phone's screenshot, not a photo. */
const SCREENSHOT_RATIO = 1.6

/** The size a photo prints at when the school did not choose one. */
export function defaultPhotoSize(e: Pick<Evidence, 'file'>): PhotoSize {
  const w = e.file?.width
  const h = e.file?.height
  return w && h && h / w >= SCREENSHOT_RATIO ? 'half' : 'small'
}

const isSize = (s: string): s is PhotoSize => (PHOTO_SIZES as readonly string[]).includes(s)

/** The choices as saved with the record: one `evidenceId=size` a line. */
export function parsePhotoSizes(text: string): Map<string, PhotoSize> {
  const out = new Map<string, PhotoSize>()
  for (const line of cleanText(text).split('\n')) {
    const [id, size] = line.trim().split('=')
    if (id && size && isSize(size.trim())) out.set(id.trim(), size.trim() as PhotoSize)
  }
  return out
}

/** The saved text with one photo's size set; a size equal to the photo's default is not kept. */
export function withPhotoSize(text: string, e: Pick<Evidence, 'id' | 'file'>, size: PhotoSize): string {
  const sizes = parsePhotoSizes(text)
  if (size === defaultPhotoSize(e)) sizes.delete(e.id)
  else sizes.set(e.id, size)
  return [...sizes].map(([id, s]) => `${id}=${s}`).join('\n')
}

/** The size a photo prints at: the school's choice, else its default. */
export function photoSizeOf(e: Pick<Evidence, 'id' | 'file'>, sizes: ReadonlyMap<string, PhotoSize>): PhotoSize {
  return sizes.get(e.id) ?? defaultPhotoSize(e)
}

/** The photos as printed rows, in their order: two small ones side by side, any other alone. */
export function photoRows(photos: readonly RecordPhoto[]): ([RecordPhoto] | [RecordPhoto, RecordPhoto])[] {
  const rows: ([RecordPhoto] | [RecordPhoto, RecordPhoto])[] = []
  for (let k = 0; k < photos.length; k++) {
    const ph = photos[k] as RecordPhoto
    const next = photos[k + 1]
    if (ph.size === 'small' && next?.size === 'small') {
      rows.push([ph, next])
      k++
    } else rows.push([ph])
  }
  return rows
}
