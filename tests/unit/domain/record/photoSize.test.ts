/** The size each photo prints at in the appendix: chosen per photo, saved with the record, a default for screenshots. */
import { describe, expect, it } from 'vitest'
import { defaultPhotoSize, parsePhotoSizes, photoRows, withPhotoSize, type PhotoSize, type RecordPhoto } from '@/domain/record'
import { build, photo } from './fixtures'

const shot = (id: string, width: number, height: number) => ({ ...photo(id, `MC1.1.0${id}`, id, ['1.1']), file: { id: `f-${id}`, mime: 'image/jpeg', size: 1, width, height, name: 'x.jpg' } })

describe('photo print sizes', () => {
  it.each<{ case: string; width: number; height: number; size: PhotoSize }>([
    { case: 'a landscape photo prints small', width: 4000, height: 3000, size: 'small' },
    { case: 'a portrait photo prints small', width: 3000, height: 4000, size: 'small' },
    { case: 'a phone screenshot (tall, narrow) prints half a page', width: 1080, height: 2400, size: 'half' },
  ])('$case', ({ width, height, size }) => {
    expect(defaultPhotoSize(shot('1', width, height))).toBe(size)
  })

  it('keeps only the choices that differ from the photo’s default, and reads back what it wrote', () => {
    const a = shot('1', 400, 300)
    const s = shot('2', 1080, 2400)
    let text = withPhotoSize('', a, 'full')
    text = withPhotoSize(text, s, 'half')
    expect(text).toBe(`${a.id}=full`)
    text = withPhotoSize(text, s, 'small')
    expect(parsePhotoSizes(text)).toEqual(new Map([[a.id, 'full'], [s.id, 'small']]))
    expect(withPhotoSize(text, a, 'small')).toBe(`${s.id}=small`)
    // A line typed wrong is ignored, not fatal.
    expect(parsePhotoSizes('x=huge\n\ny')).toEqual(new Map())
  })

  it('puts two small photos side by side and any other alone, in order', () => {
    const p = (code: string, size: PhotoSize): RecordPhoto => ({ evidenceId: code, code, caption: '', size })
    const rows = photoRows([p('a', 'small'), p('b', 'half'), p('c', 'small'), p('d', 'small'), p('e', 'small'), p('f', 'full')])
    expect(rows.map((r) => r.map((x) => x.code).join('+'))).toEqual(['a', 'b', 'c+d', 'e', 'f'])
  })

  it('the appendix carries each photo’s size: chosen, else its default', () => {
    const a = shot('1', 400, 300)
    const s = shot('2', 1080, 2400)
    const c = shot('3', 400, 300)
    const { model } = build({ evidence: [a, s, c], overrides: { photoSizes: `${c.id}=full` } })
    const block = model.sections.find((x) => x.id === 'appendix')!.body.find((b) => b.kind === 'photos')
    expect(block?.kind === 'photos' && block.photos.map((x) => [x.code, x.size])).toEqual([
      ['MC1.1.01', 'small'],
      ['MC1.1.02', 'half'],
      ['MC1.1.03', 'full'],
    ])
  })
})
