/**
 * Makes the record PDF off the main thread: preparing the photos and pdfmake's layout of a record
 * with many photos take seconds on a phone, during which the page would not answer a tap. Photos
 * come in as stored files and go back as the bytes to print; the model comes in as plain data and
 * the photos' bytes move here without a copy; the file goes back as a Blob. Renders run one after
 * another; photos are prepared as they come. See `layout.ts` and `print.ts` for the work itself.
 */
import pdfMake from 'pdfmake/build/pdfmake'
import type { RecordModel, RecordSectionId } from '@/domain'
import { layOutRecordPdf, warmRecordFont, type PdfMakeApi } from './layout'
import { printPhoto, type StoredPhotoFile } from './print'

export type PdfWorkerRequest = { id: number } & (
  | { kind: 'render'; model: RecordModel; sections?: RecordSectionId[]; photos: [string, Uint8Array][] }
  /** One stored photo made ready to print. */
  | { kind: 'photo'; stored: StoredPhotoFile; size: { width?: number | undefined; height?: number | undefined } }
  /** Loads what the first render needs (the fonts) ahead of it. */
  | { kind: 'warm' }
)

export type PdfWorkerReply = { id: number } & (
  | { kind: 'progress'; fraction: number }
  | { kind: 'done'; blob: Blob }
  | { kind: 'failed'; message: string }
  | { kind: 'photo'; bytes: Uint8Array | null }
  | { kind: 'warm' }
)

// The app's TypeScript config types `self` as a Window; in a worker it is the worker scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PdfWorkerRequest>) => void) | null
  postMessage(message: PdfWorkerReply, transfer?: Transferable[]): void
}

const api = pdfMake as unknown as PdfMakeApi

/** Renders (and the warm-up) run one after another: pdfmake's fonts, files and progress callback are global. */
let queue: Promise<unknown> = Promise.resolve()

scope.onmessage = (event) => {
  const req = event.data
  if (req.kind === 'photo') {
    void printPhoto(req.stored, { ...(req.size.width ? { width: req.size.width } : {}), ...(req.size.height ? { height: req.size.height } : {}) })
      .catch(() => null)
      .then((bytes) => scope.postMessage({ id: req.id, kind: 'photo', bytes }, bytes ? [bytes.buffer] : []))
    return
  }
  queue = queue.then(() => handle(req))
}

async function handle(req: Exclude<PdfWorkerRequest, { kind: 'photo' }>): Promise<void> {
  if (req.kind === 'warm') {
    await warmRecordFont(api).catch(() => {})
    scope.postMessage({ id: req.id, kind: 'warm' })
    return
  }
  try {
    const blob = await layOutRecordPdf(api, req.model, {
      ...(req.sections ? { sections: req.sections } : {}),
      photos: new Map(req.photos),
      onProgress: (fraction) => scope.postMessage({ id: req.id, kind: 'progress', fraction }),
    })
    scope.postMessage({ id: req.id, kind: 'done', blob })
  } catch (error) {
    scope.postMessage({ id: req.id, kind: 'failed', message: String(error) })
  }
}
