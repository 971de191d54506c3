// exifr's own typings reference Node's types, which would leak `Buffer` and Node timers into the
// app's globals; this declares only what the image service uses of the small browser bundle.
declare module 'exifr/dist/mini.esm.mjs' {
  export function parse(
    data: ArrayBuffer | Uint8Array | DataView,
    options?: Record<string, unknown>,
  ): Promise<Record<string, unknown> | undefined>
}
