/**
 * The photos of the record as the renderers embed them: the stored JPEG as it is when it is small
 * enough, else re-encoded down to `PDF_PHOTO_EDGE` (a record of 50 photos stays a file Zalo sends
 * quickly), else the thumbnail, so a photo that cannot be decoded here still prints something.
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

/** A photo to print: its evidence id and code, and the stored file's id and recorded size. */
export interface WantedPhoto {
  evidenceId: string
  code: string
  file: { id: string; width?: number; height?: number }
}

export interface LoadedPhotos {
  /** Evidence id → the bytes of a JPEG or PNG. */
  photos: Map<string, Uint8Array>
  /** Codes of the photos that could not be had; the record prints a note in their place. */
  missing: string[]
}

const EMBEDDABLE = /^image\/(jpeg|png)$/

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer())

/** One stored photo as bytes the renderers embed, or null when neither it nor its thumbnail can be had. */
export async function printPhoto(stored: StoredPhotoFile, size: { width?: number; height?: number }): Promise<Uint8Array | null> {
  const long = Math.max(size.width ?? 0, size.height ?? 0)
  const embeddable = EMBEDDABLE.test(stored.blob.type)
  if (long === 0 || long > PDF_PHOTO_EDGE || !embeddable) {
    try {
      const small = await bytesOf((await encodePhoto(stored.blob, PDF_PHOTO_EDGE)).jpeg)
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

/**
 * Reads the photos one at a time (a record with many photos never holds more than it prints),
 * reporting each as it is done. A photo that cannot be read is listed as missing, never fatal.
 */
export async function loadPrintPhotos(
  wanted: readonly WantedPhoto[],
  read: (fileId: string) => Promise<StoredPhotoFile | undefined>,
  onPhoto?: (done: number, total: number) => void,
): Promise<LoadedPhotos> {
  const photos = new Map<string, Uint8Array>()
  const missing: string[] = []
  for (const [k, w] of wanted.entries()) {
    let bytes: Uint8Array | null = null
    try {
      const stored = await read(w.file.id)
      bytes = stored ? await printPhoto(stored, w.file) : null
    } catch {
      bytes = null
    }
    if (bytes) photos.set(w.evidenceId, bytes)
    else missing.push(w.code)
    onPhoto?.(k + 1, wanted.length)
  }
  return { photos, missing }
}
