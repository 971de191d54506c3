/**
 * Renders the record to a PDF Blob on the device. pdfmake and the fonts are loaded only here, when
 * the user exports (or is about to: see `prepareRecordPdf`). The layout runs in a worker, so the
 * page keeps answering taps and showing progress while a record of many photos is made; where no
 * worker can run, the same layout runs on the main thread. The photos come in as bytes, already
 * read, and move to the worker without a copy: rendering does no I/O of its own besides the fonts.
 */
import type { RecordModel } from '@/domain'
import type { LayoutOptions } from './layout'
import type { PdfWorkerReply, PdfWorkerRequest } from './pdf.worker'

export type RenderRecordOptions = LayoutOptions

/** A worker with nothing to do is ended after this long (pdfmake and the fonts hold tens of MB). */
const IDLE_MS = 60_000

/** Thrown when the worker cannot run at all (failed to load, unsupported): use the main thread. */
class WorkerUnavailable extends Error {}

let worker: Worker | null = null
/** False once a worker failed to start or run here: the main thread does the work from then on. */
let workersWork = typeof Worker !== 'undefined'
let idleTimer: ReturnType<typeof setTimeout> | undefined
/** Requests in flight: the worker is not ended while there are any. */
let busy = 0

function openWorker(): Worker | null {
  if (!workersWork) return null
  if (!worker) {
    try {
      worker = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' })
    } catch {
      workersWork = false
      return null
    }
  }
  clearTimeout(idleTimer)
  return worker
}

function release(): void {
  clearTimeout(idleTimer)
  if (busy > 0) return
  idleTimer = setTimeout(() => {
    worker?.terminate()
    worker = null
  }, IDLE_MS)
}

function dropWorker(): void {
  clearTimeout(idleTimer)
  worker?.terminate()
  worker = null
  workersWork = false
}

/**
 * Starts the PDF worker and has it fetch the fonts ahead of an export (e.g. when the record screen
 * opens), so the tap on "export" does not wait for them. Does nothing where no worker can run.
 */
export function prepareRecordPdf(): void {
  const w = openWorker()
  if (!w) return
  busy++
  const done = () => {
    w.removeEventListener('message', onMessage)
    w.removeEventListener('error', onError)
    busy--
    release()
  }
  const onMessage = (event: MessageEvent<PdfWorkerReply>) => {
    if (event.data.kind === 'warm') done()
  }
  const onError = (event: Event) => {
    event.preventDefault()
    done()
    dropWorker()
  }
  w.addEventListener('message', onMessage)
  w.addEventListener('error', onError)
  w.postMessage({ kind: 'warm' } satisfies PdfWorkerRequest)
}

/** Renders the record (or the chosen sections) to an A4 PDF. */
export async function renderRecordPdf(model: RecordModel, opts: RenderRecordOptions): Promise<Blob> {
  const w = openWorker()
  if (w) {
    try {
      return await renderInWorker(w, model, opts)
    } catch (error) {
      if (!(error instanceof WorkerUnavailable)) throw error
      dropWorker()
    }
  }
  const [{ default: pdfMake }, { layOutRecordPdf }] = await Promise.all([import('pdfmake/build/pdfmake'), import('./layout')])
  return layOutRecordPdf(pdfMake, model, opts)
}

function renderInWorker(w: Worker, model: RecordModel, opts: RenderRecordOptions): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) => {
    busy++
    const settle = () => {
      w.removeEventListener('message', onMessage)
      w.removeEventListener('error', onBroken)
      w.removeEventListener('messageerror', onBroken)
      busy--
      release()
    }
    const onMessage = (event: MessageEvent<PdfWorkerReply>) => {
      const reply = event.data
      if (reply.kind === 'progress') opts.onProgress?.(reply.fraction)
      else if (reply.kind === 'done') {
        settle()
        opts.onProgress?.(1)
        resolve(reply.blob)
      } else if (reply.kind === 'failed') {
        settle()
        reject(new Error(reply.message))
      }
    }
    // The worker catches its own errors, so an error event means it could not run at all.
    const onBroken = (event: Event) => {
      event.preventDefault()
      settle()
      reject(new WorkerUnavailable())
    }
    w.addEventListener('message', onMessage)
    w.addEventListener('error', onBroken)
    w.addEventListener('messageerror', onBroken)
    // Each photo's buffer moves to the worker (no copy); the caller does not use the bytes again.
    const photos = [...opts.photos]
    const buffers = [...new Set(photos.map(([, bytes]) => bytes.buffer))].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer)
    const request = (m: RecordModel): PdfWorkerRequest => ({
      kind: 'render',
      model: m,
      ...(opts.sections ? { sections: [...opts.sections] } : {}),
      photos,
    })
    try {
      w.postMessage(request(model), buffers)
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'DataCloneError')) {
        settle()
        reject(new WorkerUnavailable())
        return
      }
      // A model that holds reactive proxies cannot be cloned as it is; it is plain data underneath.
      w.postMessage(request(JSON.parse(JSON.stringify(model)) as RecordModel), buffers)
    }
  })
}
