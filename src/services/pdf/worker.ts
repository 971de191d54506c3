/**
 * The PDF worker, seen from the page: started on first use (or when the record screen opens), each
 * request answered by id, ended after a minute with nothing to do (pdfmake and the fonts hold tens
 * of MB). Where no worker can run, or it fails to start, every request rejects with
 * `WorkerUnavailable` and the caller does the work on the main thread.
 */
import type { PdfWorkerReply, PdfWorkerRequest } from './pdf.worker'

/** A worker with nothing to do is ended after this long. */
const IDLE_MS = 60_000

/** The worker cannot run here (not supported, failed to load or broke): do the work on the main thread. */
export class WorkerUnavailable extends Error {}

/** A request as the caller makes it; the id is added here. */
export type PdfRequest = PdfWorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never
/** A final reply (progress is handed to the caller's callback as it comes). */
export type PdfReply = Exclude<PdfWorkerReply, { kind: 'progress' }>

interface Waiting {
  resolve: (reply: PdfReply) => void
  reject: (error: Error) => void
  onProgress?: (fraction: number) => void
}

let worker: Worker | null = null
/** False once a worker failed to start or run here: the main thread does the work from then on. */
let workersWork = typeof Worker !== 'undefined'
let idleTimer: ReturnType<typeof setTimeout> | undefined
let nextId = 1
const waiting = new Map<number, Waiting>()

function broken(): void {
  clearTimeout(idleTimer)
  worker?.terminate()
  worker = null
  workersWork = false
  const all = [...waiting.values()]
  waiting.clear()
  for (const w of all) w.reject(new WorkerUnavailable())
}

function open(): Worker | null {
  if (!workersWork) return null
  if (!worker) {
    try {
      const w = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' })
      w.onmessage = (event: MessageEvent<PdfWorkerReply>) => {
        const reply = event.data
        const w8 = waiting.get(reply.id)
        if (!w8) return
        if (reply.kind === 'progress') return w8.onProgress?.(reply.fraction)
        waiting.delete(reply.id)
        idleLater()
        w8.resolve(reply)
      }
      // The worker catches its own errors, so an error event means it could not run at all.
      w.onerror = (event) => {
        event.preventDefault()
        broken()
      }
      w.onmessageerror = () => broken()
      worker = w
    } catch {
      workersWork = false
      return null
    }
  }
  clearTimeout(idleTimer)
  return worker
}

function idleLater(): void {
  clearTimeout(idleTimer)
  if (waiting.size > 0) return
  idleTimer = setTimeout(() => {
    worker?.terminate()
    worker = null
  }, IDLE_MS)
}

/**
 * Sends a request to the worker, moving `transfer` there (no copy); resolves with its answer.
 * Rejects with `WorkerUnavailable` where no worker can run, and with the browser's DataCloneError
 * when the request cannot be sent as it is.
 */
export function askWorker(request: PdfRequest, transfer: Transferable[], onProgress?: (fraction: number) => void): Promise<PdfReply> {
  const w = open()
  if (!w) return Promise.reject(new WorkerUnavailable())
  const id = nextId++
  return new Promise<PdfReply>((resolve, reject) => {
    waiting.set(id, { resolve, reject, ...(onProgress ? { onProgress } : {}) })
    try {
      w.postMessage({ ...request, id }, transfer)
    } catch (error) {
      waiting.delete(id)
      idleLater()
      reject(error instanceof Error ? error : new WorkerUnavailable())
    }
  })
}
