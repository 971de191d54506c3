/** Why a picked file did not become an evidence photo; the UI turns the code into a message. */
export type PhotoErrorCode = 'heic-unsupported' | 'undecodable' | 'not-an-image'

export class PhotoError extends Error {
  override readonly name = 'PhotoError'
  readonly code: PhotoErrorCode

  constructor(code: PhotoErrorCode, options?: { cause?: unknown }) {
    super(`Photo rejected: ${code}`, options)
    this.code = code
  }
}
