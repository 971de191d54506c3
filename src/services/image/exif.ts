/**
 * Reading the capture time from EXIF. It must happen before re-encoding, which drops all metadata
 * (that is how GPS never leaves the phone).
 */

/** EXIF sits in APP1 near the start of a JPEG and an APP segment is at most 64 KiB. */
const HEAD_BYTES = 256 * 1024
const DATE_TIME_ORIGINAL = 0x9003
const OFFSET_TIME_ORIGINAL = 0x9011

/** The first bytes of a file: enough to recognise its format and to read its EXIF. */
export async function readHead(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer())
}

/**
 * `DateTimeOriginal` as written (`2025:03:14 09:26:53`), with `OffsetTimeOriginal` appended when the
 * camera wrote one; undefined when absent or unreadable (a missing date is never an error).
 */
export async function readExifDateTime(head: Uint8Array): Promise<string | undefined> {
  try {
    // exifr's smallest bundle (~8 KB gzip), loaded only when a photo is added. It has no tag
    // names, hence the numeric tags; raw strings, because reviving makes a Date in the zone of
    // whoever parses it.
    const { parse } = await import('exifr/dist/mini.esm.mjs')
    const tags = await parse(head, {
      ifd0: false,
      ifd1: false,
      gps: false,
      interop: false,
      exif: { pick: [DATE_TIME_ORIGINAL, OFFSET_TIME_ORIGINAL] },
      translateKeys: false,
      translateValues: false,
      reviveValues: false,
      mergeOutput: true,
    })
    const date = tags?.[DATE_TIME_ORIGINAL]
    const offset = tags?.[OFFSET_TIME_ORIGINAL]
    if (typeof date !== 'string') return undefined
    // A blank or odd offset must not cost us a good date.
    return typeof offset === 'string' && /^[+-]\d{2}:\d{2}$/.test(offset) ? date + offset : date
  } catch {
    // Not a JPEG, or broken EXIF: the file's own time is used instead.
    return undefined
  }
}
