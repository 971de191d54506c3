/**
 * One stored photo as the record embeds it: the stored JPEG as it is when it is small enough, else
 * re-encoded down to `PDF_PHOTO_EDGE` (a record of 50 photos stays a file Zalo sends quickly), else
 * the thumbnail, so a photo that cannot be decoded here still prints something. Runs in the PDF
 * worker, or on the main thread where no worker can run.
 */
import { printableImage } from '@/domain'
import { encodePhoto } from '@/services/image/encode'

/** Long edge of a photo as the record embeds it: 76 mm wide at about 340 dpi, a fraction of the stored size. */
export const PDF_PHOTO_EDGE = 1024

/** A stored photo file and its thumbnail, as the device keeps them. */
export interface StoredPhotoFile {
  blob: Blob
  thumb?: Blob
}

const EMBEDDABLE = /^image\/(jpeg|png)$/

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer())

/** Enough of a JPEG's start to reach its frame header. */
const HEAD_BYTES = 64 * 1024
/** "Exif\0\0": the start of an EXIF block, which may turn the picture when it is decoded. */
const EXIF = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00]

/**
 * The photo's size when its header says the same as the size recorded for it and it carries no
 * EXIF block (as the app stores photos: already upright, metadata removed), so it can be decoded
 * straight at its printed size; else null, and it is decoded once first to learn its size.
 */
async function knownSize(blob: Blob, size: { width?: number; height?: number }) {
  if (!size.width || !size.height || blob.type !== 'image/jpeg') return null
  const head = await bytesOf(blob.slice(0, HEAD_BYTES))
  const info = printableImage(head)
  if (!info || info.width !== size.width || info.height !== size.height) return null
  const exif = head.findIndex((_, k) => EXIF.every((v, j) => head[k + j] === v))
  return exif === -1 ? { width: size.width, height: size.height } : null
}

/** One stored photo as bytes the renderers embed, or null when neither it nor its thumbnail can be had. */
export async function printPhoto(stored: StoredPhotoFile, size: { width?: number; height?: number }): Promise<Uint8Array | null> {
  const long = Math.max(size.width ?? 0, size.height ?? 0)
  const embeddable = EMBEDDABLE.test(stored.blob.type)
  if (long === 0 || long > PDF_PHOTO_EDGE || !embeddable) {
    try {
      const known = await knownSize(stored.blob, size)
      const encoded = await encodePhoto(stored.blob, PDF_PHOTO_EDGE, { ...(known ? { size: known } : {}), thumb: false })
      const small = await bytesOf(encoded.jpeg)
      if (printableImage(small)) return small
    } catch {
      // Not decodable here: the stored JPEG as it is, or its thumbnail, is still better than nothing.
    }
  }
  for (const blob of [embeddable ? stored.blob : undefined, stored.thumb]) {
    if (!blob || !EMBEDDABLE.test(blob.type)) continue
    const bytes = await bytesOf(blob)
    if (printableImage(bytes) && (await decodes(blob))) return bytes
  }
  return null
}

/** Whether the browser can decode the picture (where it can tell); a corrupt file prints as missing. */
async function decodes(blob: Blob): Promise<boolean> {
  if (typeof createImageBitmap !== 'function') return true
  try {
    ;(await createImageBitmap(blob)).close()
    return true
  } catch {
    return false
  }
}

