/**
 * Makes the record PDF off the main thread: pdfmake's layout of a record with many photos takes
 * seconds on a phone, during which the page would not answer a tap. The model comes in as plain
 * data and the photos as bytes (their buffers moved here, not copied); the file goes back as a Blob.
 * One request at a time; see `layout.ts` for the work itself.
 */
import pdfMake from 'pdfmake/build/pdfmake'
import type { RecordModel, RecordSectionId } from '@/domain'
import { layOutRecordPdf, warmRecordFont, type PdfMakeApi } from './layout'

export type PdfWorkerRequest =
  | { kind: 'render'; model: RecordModel; sections?: RecordSectionId[]; photos: [string, Uint8Array][] }
  /** Loads what the first render needs (the fonts) ahead of it. */
  | { kind: 'warm' }

export type PdfWorkerReply =
  | { kind: 'progress'; fraction: number }
  | { kind: 'done'; blob: Blob }
  | { kind: 'failed'; message: string }
  | { kind: 'warm' }

// The app's TypeScript config types `self` as a Window; in a worker it is the worker scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PdfWorkerRequest>) => void) | null
  postMessage(message: PdfWorkerReply): void
}

const api = pdfMake as unknown as PdfMakeApi

/** Requests run one after another: pdfmake's fonts, files and progress callback are global. */
let queue: Promise<unknown> = Promise.resolve()

scope.onmessage = (event) => {
  const req = event.data
  queue = queue.then(() => handle(req))
}

async function handle(req: PdfWorkerRequest): Promise<void> {
  if (req.kind === 'warm') {
    await warmRecordFont(api).catch(() => {})
    scope.postMessage({ kind: 'warm' })
    return
  }
  try {
    const blob = await layOutRecordPdf(api, req.model, {
      ...(req.sections ? { sections: req.sections } : {}),
      photos: new Map(req.photos),
      onProgress: (fraction) => scope.postMessage({ kind: 'progress', fraction }),
    })
    scope.postMessage({ kind: 'done', blob })
  } catch (error) {
    scope.postMessage({ kind: 'failed', message: String(error) })
  }
}
