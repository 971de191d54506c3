/**
 * Renders the record to a PDF Blob on the device. pdfmake and the fonts are loaded only here, when
 * the user exports (or is about to: see `prepareRecordPdf`). The layout runs in the PDF worker, so
 * the page keeps answering taps and showing progress while a record of many photos is made; where
 * no worker can run, the same layout runs on the main thread. The photos come in as bytes, already
 * read, and move to the worker without a copy: rendering does no I/O of its own besides the fonts.
 */
import type { RecordModel } from '@/domain'
import type { LayoutOptions } from './layout'
import { askWorker, WorkerUnavailable, type PdfRequest } from './worker'

export type RenderRecordOptions = LayoutOptions

/**
 * Starts the PDF worker and has it fetch the fonts ahead of an export (e.g. when the record screen
 * opens), so the tap on "export" does not wait for them. Does nothing where no worker can run.
 */
export function prepareRecordPdf(): void {
  askWorker({ kind: 'warm' }, []).catch(() => {})
}

/** Renders the record (or the chosen sections) to an A4 PDF. */
export async function renderRecordPdf(model: RecordModel, opts: RenderRecordOptions): Promise<Blob> {
  try {
    return await renderInWorker(model, opts)
  } catch (error) {
    if (!(error instanceof WorkerUnavailable)) throw error
  }
  const [{ default: pdfMake }, { layOutRecordPdf }] = await Promise.all([import('pdfmake/build/pdfmake'), import('./layout')])
  return layOutRecordPdf(pdfMake, model, opts)
}

async function renderInWorker(model: RecordModel, opts: RenderRecordOptions): Promise<Blob> {
  // Each photo's buffer moves to the worker (no copy); the caller does not use the bytes again.
  const photos = [...opts.photos]
  const buffers = [...new Set(photos.map(([, bytes]) => bytes.buffer))].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer)
  const request = (m: RecordModel): PdfRequest => ({ kind: 'render', model: m, ...(opts.sections ? { sections: [...opts.sections] } : {}), photos })
  const ask = (m: RecordModel) => askWorker(request(m), buffers, opts.onProgress)
  const reply = await ask(model).catch((error: unknown) => {
    // A model that holds reactive proxies cannot be cloned as it is; it is plain data underneath.
    if (error instanceof DOMException && error.name === 'DataCloneError') return ask(JSON.parse(JSON.stringify(model)) as RecordModel)
    throw error
  })
  if (reply.kind === 'done') {
    opts.onProgress?.(1)
    return reply.blob
  }
  throw new Error(reply.kind === 'failed' ? reply.message : `unexpected reply ${reply.kind}`)
}
