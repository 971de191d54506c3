/**
 * Decodes and re-encodes photos off the main thread, so the page stays responsive while a
 * 12 MP photo is processed. One request at a time; see `encode.ts` for the work itself.
 */
import { encodePhoto, type EncodedPhoto } from './encode'
import { PhotoError, type PhotoErrorCode } from './errors'

export interface PhotoWorkerRequest {
  file: Blob
  maxEdge: number
}

export type PhotoWorkerReply =
  | { ok: true; photo: EncodedPhoto }
  | { ok: false; code: PhotoErrorCode; message: string }

// The app's TypeScript config types `self` as a Window; in a worker it is the worker scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PhotoWorkerRequest>) => void) | null
  postMessage(message: PhotoWorkerReply): void
}

scope.onmessage = (event) => {
  const { file, maxEdge } = event.data
  encodePhoto(file, maxEdge).then(
    (photo) => scope.postMessage({ ok: true, photo }),
    (error: unknown) => {
      const code = error instanceof PhotoError ? error.code : 'undecodable'
      scope.postMessage({ ok: false, code, message: String(error instanceof PhotoError ? error.cause : error) })
    },
  )
}
