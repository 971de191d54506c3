/**
 * The photos of the record as the renderers embed them (see `print.ts` for one photo), read from
 * storage one at a time and prepared off the main thread, in the PDF worker, where one can run.
 */
import { PDF_PHOTO_EDGE, printPhoto, type StoredPhotoFile } from './print'
import { askWorker, WorkerUnavailable } from './worker'

export { PDF_PHOTO_EDGE, printPhoto, type StoredPhotoFile }

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

/** Photos being re-encoded at once while the next ones are read: decoding and encoding run off the main thread. */
const IN_FLIGHT = 3
/**
 * One photo prepared in the PDF worker (its decoding and re-encoding do not hold up the page), or
 * here where no worker can run.
 */
async function preparePhoto(stored: StoredPhotoFile, size: { width?: number; height?: number }): Promise<Uint8Array | null> {
  try {
    const reply = await askWorker({ kind: 'photo', stored, size: { width: size.width, height: size.height } }, [])
    if (reply.kind === 'photo') return reply.bytes
  } catch (error) {
    if (!(error instanceof WorkerUnavailable)) return null
  }
  return printPhoto(stored, size)
}

/**
 * Reads the photos one at a time, and re-encodes up to `IN_FLIGHT` of them at once while the next
 * are read (a record with many photos never holds more than it prints), reporting each, in order,
 * as it is done. A photo that cannot be read is listed as missing, never fatal.
 */
export async function loadPrintPhotos(
  wanted: readonly WantedPhoto[],
  read: (fileId: string) => Promise<StoredPhotoFile | undefined>,
  onPhoto?: (done: number, total: number) => void,
): Promise<LoadedPhotos> {
  const photos = new Map<string, Uint8Array>()
  const missing: string[] = []
  const pending: Promise<Uint8Array | null>[] = []
  let done = 0
  const finishNext = async () => {
    const w = wanted[done] as WantedPhoto
    const bytes = await (pending[done] as Promise<Uint8Array | null>)
    pending[done] = Promise.resolve(null)
    if (bytes) photos.set(w.evidenceId, bytes)
    else missing.push(w.code)
    done++
    onPhoto?.(done, wanted.length)
  }
  for (const w of wanted) {
    let stored: StoredPhotoFile | undefined
    try {
      stored = await read(w.file.id)
    } catch {
      stored = undefined
    }
    pending.push(stored ? preparePhoto(stored, w.file).catch(() => null) : Promise.resolve(null))
    if (pending.length - done >= IN_FLIGHT) await finishNext()
  }
  while (done < wanted.length) await finishNext()
  return { photos, missing }
}
