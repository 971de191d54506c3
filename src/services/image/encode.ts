/**
 * Decode → orient → downscale → re-encode one photo. Runs in the photo worker, or on the main
 * thread where workers cannot draw (no OffscreenCanvas). Re-encoding through a canvas writes a
 * bare JPEG: EXIF, GPS and the camera's name are all gone.
 */
// The one deep domain import outside src/domain/, allowed by eslint.config.js for this file only:
// this module runs in the photo worker, whose bundle must carry the photo plan and nothing else
// (the `@/domain` barrel would pull every schema and rule into the worker).
import {
  JPEG_QUALITY,
  planResize,
  THUMB_EDGE,
  THUMB_QUALITY,
  type Size,
} from '@/domain/evidence/photo-plan'
import { PhotoError } from './errors'

export interface EncodedPhoto {
  jpeg: Blob
  thumb: Blob
  /** Of `jpeg`, upright. */
  width: number
  height: number
}

// The browser applies the EXIF orientation while decoding (the spec default, spelled out for
// older engines). Never rotate again by hand: that turns the photo twice.
const ORIENTED = { imageOrientation: 'from-image' } as const

export interface EncodeOptions {
  /**
   * The picture's upright size when it is already known (a stored photo records it): it is then
   * decoded once, straight at the size it is written at, instead of once to learn its size first.
   */
  size?: Size
  /** False: no thumbnail is made (`thumb` is then the photo itself), e.g. for a photo to print. */
  thumb?: boolean
}

export async function encodePhoto(file: Blob, maxEdge: number, opts: EncodeOptions = {}): Promise<EncodedPhoto> {
  let bitmap: ImageBitmap | undefined
  try {
    const known = opts.size && opts.size.width > 0 && opts.size.height > 0 ? opts.size : null
    if (known) {
      const size = planResize(known.width, known.height, maxEdge)
      bitmap = await createImageBitmap(file, { ...ORIENTED, resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'high' })
      // The picture turned out not to be the size recorded: the plan is made again from what it is.
      if (bitmap.width !== size.width || bitmap.height !== size.height) {
        bitmap.close()
        bitmap = undefined
        return await encodePhoto(file, maxEdge, { ...opts, size: undefined })
      }
      const jpeg = await toJpeg(bitmap, size, JPEG_QUALITY)
      const thumb = opts.thumb === false ? jpeg : await toJpeg(bitmap, planResize(size.width, size.height, THUMB_EDGE), THUMB_QUALITY)
      return { jpeg, thumb, width: size.width, height: size.height }
    }
    bitmap = await createImageBitmap(file, ORIENTED)
    const size = planResize(bitmap.width, bitmap.height, maxEdge)
    if (size.width !== bitmap.width || size.height !== bitmap.height) {
      // Free the full-size pixels before the second decode: a 12 MP bitmap is ~48 MB, and cheap
      // phones kill the tab long before desktop browsers would.
      bitmap.close()
      bitmap = undefined
      // Resizing inside the decoder is faster and sharper than a canvas downscale of a huge image.
      bitmap = await createImageBitmap(file, {
        ...ORIENTED,
        resizeWidth: size.width,
        resizeHeight: size.height,
        resizeQuality: 'high',
      })
      // Where the resize options are ignored (older Safari), `toJpeg` scales the full bitmap.
    }
    const jpeg = await toJpeg(bitmap, size, JPEG_QUALITY)
    const thumb = opts.thumb === false ? jpeg : await toJpeg(bitmap, planResize(size.width, size.height, THUMB_EDGE), THUMB_QUALITY)
    return { jpeg, thumb, width: size.width, height: size.height }
  } catch (cause) {
    throw cause instanceof PhotoError ? cause : new PhotoError('undecodable', { cause })
  } finally {
    bitmap?.close()
  }
}

/** Draws the bitmap scaled to `size` (a no-op scale when it already has that size) as a JPEG. */
async function toJpeg(bitmap: ImageBitmap, size: Size, quality: number): Promise<Blob> {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(size.width, size.height)
    paint(canvas.getContext('2d'), bitmap, size)
    return canvas.convertToBlob({ type: 'image/jpeg', quality })
  }
  const canvas = document.createElement('canvas')
  canvas.width = size.width
  canvas.height = size.height
  paint(canvas.getContext('2d'), bitmap, size)
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality))
  // iOS holds canvas memory until garbage collection and caps the total: give it back now.
  canvas.width = canvas.height = 0
  if (!blob) throw new Error('canvas.toBlob returned nothing')
  return blob
}

function paint(
  ctx: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null,
  bitmap: ImageBitmap,
  size: Size,
): void {
  // A null context means the canvas could not be allocated (memory).
  if (!ctx) throw new Error('no 2d canvas context')
  // JPEG has no transparency: without a background, transparent PNG areas turn black.
  ctx.fillStyle = '#fff'
  ctx.fillRect(0, 0, size.width, size.height)
  ctx.imageSmoothingEnabled = true
  ctx.imageSmoothingQuality = 'high'
  ctx.drawImage(bitmap, 0, 0, size.width, size.height)
}
