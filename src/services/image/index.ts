/**
 * Evidence photos: every picked or captured photo is checked, its capture time read, then it is
 * decoded, turned upright, downscaled and re-encoded as a JPEG without metadata, before anything
 * is stored. Only the result (and a thumbnail) is kept; the original never leaves this function.
 */
import {
  chooseCaptureTime,
  classifyImageFile,
  DEFAULT_MAX_EDGE,
  type ExifWallClock,
  type IsoDateTime,
} from '@/domain'
import { encodePhoto, type EncodedPhoto } from './encode'
import { PhotoError } from './errors'
import { readExifDateTime, readHead } from './exif'
import type { PhotoWorkerReply, PhotoWorkerRequest } from './photo.worker'

export { PhotoError, type PhotoErrorCode } from './errors'

/** A `File` from an `<input type="file">`, or any Blob (then it has no name or time). */
export type PhotoInput = Blob & { name?: string; lastModified?: number }

export interface ProcessedPhoto extends EncodedPhoto {
  capturedAt: IsoDateTime
  captureSource: 'exif' | 'file'
}

export interface PhotoOptions {
  /** Long edge of the stored photo; `DEFAULT_MAX_EDGE` if absent. */
  maxEdge?: number
}

export type PhotoResult<F extends PhotoInput = PhotoInput> =
  | { file: F; ok: true; photo: ProcessedPhoto }
  | { file: F; ok: false; error: PhotoError }

/** Processes one photo; rejects with a `PhotoError`. */
export async function processPhoto(file: PhotoInput, opts: PhotoOptions = {}): Promise<ProcessedPhoto> {
  const encoder = openEncoder()
  try {
    return await processWith(encoder, file, opts.maxEdge ?? DEFAULT_MAX_EDGE)
  } finally {
    encoder.close()
  }
}

/**
 * Processes photos one after another (several 12 MP decodes at once would exhaust a cheap
 * phone's memory). A bad file is reported in its result and does not stop the others. Results are
 * in the order of `files`; `onProgress` is called with (0, total) first and after each file.
 */
export async function processPhotos<F extends PhotoInput>(
  files: Iterable<F> | ArrayLike<F>,
  onProgress?: (done: number, total: number) => void,
  opts: PhotoOptions = {},
): Promise<PhotoResult<F>[]> {
  const list = Array.from(files)
  const results: PhotoResult<F>[] = []
  const encoder = openEncoder()
  onProgress?.(0, list.length)
  try {
    for (const file of list) {
      try {
        const photo = await processWith(encoder, file, opts.maxEdge ?? DEFAULT_MAX_EDGE)
        results.push({ file, ok: true, photo })
      } catch (cause) {
        const error = cause instanceof PhotoError ? cause : new PhotoError('undecodable', { cause })
        results.push({ file, ok: false, error })
      }
      onProgress?.(results.length, list.length)
    }
  } finally {
    encoder.close()
  }
  return results
}

async function processWith(encoder: Encoder, file: PhotoInput, maxEdge: number): Promise<ProcessedPhoto> {
  let head: Uint8Array
  try {
    head = await readHead(file)
  } catch (cause) {
    // E.g. a gallery file that was deleted or is still downloading from the cloud.
    throw new PhotoError('undecodable', { cause })
  }
  // Refuse what cannot work before spending a decode on it, with a reason the user can act on.
  const kind = classifyImageFile(file.type, file.name ?? '', head)
  if (kind === 'heic') throw new PhotoError('heic-unsupported')
  if (kind === 'not-an-image') throw new PhotoError('not-an-image')

  const { capturedAt, source } = chooseCaptureTime(await readExifDateTime(head), fileTime(file), localOffsetAt)
  const photo = await encoder.encode(file, maxEdge)
  return { ...photo, capturedAt, captureSource: source }
}

function fileTime(file: PhotoInput): IsoDateTime {
  const t = file.lastModified
  return new Date(typeof t === 'number' && Number.isFinite(t) ? t : Date.now()).toISOString()
}

/** EXIF times are the camera's wall clock; the phone's own zone on that date is the best guess. */
function localOffsetAt(w: ExifWallClock): number {
  return -new Date(w.year, w.month - 1, w.day, w.hour, w.minute, w.second).getTimezoneOffset()
}

interface Encoder {
  encode(file: Blob, maxEdge: number): Promise<EncodedPhoto>
  close(): void
}

/** Thrown when the worker cannot run at all (failed to load, unsupported): use the main thread. */
class WorkerUnavailable extends Error {}

/**
 * Encodes in a worker where a worker can draw (OffscreenCanvas), else on the main thread. The
 * worker starts on first use, so files refused up front never start one.
 */
function openEncoder(): Encoder {
  let worker: Worker | null | undefined
  const canUseWorker = typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined'

  const start = (): Worker | null => {
    if (!canUseWorker) return null
    try {
      return new Worker(new URL('./photo.worker.ts', import.meta.url), { type: 'module' })
    } catch {
      return null
    }
  }

  return {
    async encode(file, maxEdge) {
      if (worker === undefined) worker = start()
      if (worker) {
        try {
          return await encodeInWorker(worker, file, maxEdge)
        } catch (error) {
          if (!(error instanceof WorkerUnavailable)) throw error
          worker.terminate()
          worker = null
        }
      }
      return encodePhoto(file, maxEdge)
    },
    close() {
      worker?.terminate()
      worker = null
    },
  }
}

function encodeInWorker(worker: Worker, file: Blob, maxEdge: number): Promise<EncodedPhoto> {
  return new Promise((resolve, reject) => {
    const settle = () => {
      worker.removeEventListener('message', onMessage)
      worker.removeEventListener('error', onBroken)
      worker.removeEventListener('messageerror', onBroken)
    }
    const onMessage = (event: MessageEvent<PhotoWorkerReply>) => {
      settle()
      const reply = event.data
      if (reply.ok) resolve(reply.photo)
      else reject(new PhotoError(reply.code, { cause: reply.message }))
    }
    // The worker catches its own errors, so an error event means it could not run at all.
    const onBroken = (event: Event) => {
      event.preventDefault()
      settle()
      reject(new WorkerUnavailable())
    }
    worker.addEventListener('message', onMessage)
    worker.addEventListener('error', onBroken)
    worker.addEventListener('messageerror', onBroken)
    worker.postMessage({ file, maxEdge } satisfies PhotoWorkerRequest)
  })
}
