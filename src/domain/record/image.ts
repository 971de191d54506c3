/**
 * What a renderer needs to know of a photo's bytes before it embeds them: whether it is a JPEG or
 * PNG it can embed, and its size (for the page layout). Reads only the file's header; anything
 * else (a HEIC, a truncated file, text) is not printable and prints as missing.
 */

export interface PrintableImage {
  type: 'jpeg' | 'png'
  width: number
  height: number
}

const u16 = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0)
const u32 = (b: Uint8Array, at: number) => u16(b, at) * 65536 + u16(b, at + 2)

/** JPEG start-of-frame markers (baseline, extended, progressive, lossless…), not DHT/JPG/DAC. */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf])

/**
 * The JPEG's size from its frame header, when its structure holds together up to the image data:
 * every segment within the file, a frame with 1, 3 or 4 components (what a PDF can show), and the
 * start of the scan after it. A file cut short or scrambled before its data prints as missing
 * rather than as a broken picture.
 */
function jpegSize(b: Uint8Array): PrintableImage | null {
  let at = 2
  let frame: PrintableImage | null = null
  while (at + 3 < b.length) {
    if (b[at] !== 0xff) return null
    const marker = b[at + 1] as number
    if (marker === 0xff) {
      at++
      continue
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2
      continue
    }
    if (marker === 0xd9) return null
    const length = u16(b, at + 2)
    if (length < 2 || at + 2 + length > b.length) return null
    if (SOF.has(marker)) {
      if (length < 8) return null
      const height = u16(b, at + 5)
      const width = u16(b, at + 7)
      const components = b[at + 9] as number
      if (width === 0 || height === 0 || ![1, 3, 4].includes(components)) return null
      frame = { type: 'jpeg', width, height }
    }
    // The scan begins: the image data follows; a frame must have come before it.
    if (marker === 0xda) return frame && at + 2 + length < b.length ? frame : null
    at += 2 + length
  }
  return null
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** The image's kind and size, or null when the bytes are not a JPEG or PNG a renderer can embed. */
export function printableImage(bytes: Uint8Array): PrintableImage | null {
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return jpegSize(bytes)
  if (bytes.length >= 24 && PNG_SIGNATURE.every((v, k) => bytes[k] === v) && u32(bytes, 12) === 0x49484452) {
    const width = u32(bytes, 16)
    const height = u32(bytes, 20)
    return width > 0 && height > 0 ? { type: 'png', width, height } : null
  }
  return null
}
