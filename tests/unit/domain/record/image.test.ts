import { describe, expect, it } from 'vitest'
import { printableImage } from '@/domain/record'
import { LANDSCAPE_JPEG, PORTRAIT_JPEG } from '../../services/pdf/images'

const bytesOf = (dataUrl: string) => Uint8Array.from(atob(dataUrl.split(',')[1]!), (c) => c.charCodeAt(0))

/** A 3×2 PNG header (the renderer reads only the header). */
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 3, 0, 0, 0, 2, 8, 2, 0, 0, 0,
])

const GOOD = bytesOf(LANDSCAPE_JPEG)
/** Where the frame header (SOF0) starts in the landscape JPEG. */
const SOF0 = GOOD.findIndex((v, k) => v === 0xff && GOOD[k + 1] === 0xc0)
const patched = (at: number, ...bytes: number[]) => {
  const b = GOOD.slice()
  bytes.forEach((v, k) => (b[at + k] = v))
  return b
}

describe('printableImage', () => {
  it.each<[string, Uint8Array, ReturnType<typeof printableImage>]>([
    ['a landscape JPEG', bytesOf(LANDSCAPE_JPEG), { type: 'jpeg', width: 96, height: 72 }],
    ['a portrait JPEG', bytesOf(PORTRAIT_JPEG), { type: 'jpeg', width: 60, height: 80 }],
    ['a PNG', PNG, { type: 'png', width: 3, height: 2 }],
    ['a JPEG cut before its frame header', bytesOf(LANDSCAPE_JPEG).slice(0, 40), null],
    ['a JPEG cut after its frame header, before the scan', GOOD.slice(0, SOF0 + 19), null],
    ['a JPEG cut in the middle of a segment', GOOD.slice(0, SOF0 + 40), null],
    ['a JPEG whose segment runs past the end', patched(SOF0 + 21, 0xff, 0xff), null],
    ['a JPEG whose frame has 7 components', patched(SOF0 + 9, 7), null],
    ['a JPEG whose frame has no components', patched(SOF0 + 9, 0), null],
    ['a GIF', new TextEncoder().encode('GIF89a\u0001\u0000\u0001\u0000'), null],
    ['a path', new TextEncoder().encode('/etc/passwd'), null],
    ['nothing', new Uint8Array(), null],
  ])('%s', (_, bytes, expected) => {
    expect(printableImage(bytes)).toEqual(expected)
  })
})
