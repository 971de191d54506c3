import { afterEach, describe, expect, it, vi } from 'vitest'
import { build, photo } from '../../domain/record/fixtures'
import { LANDSCAPE_JPEG } from './images'

/** pdfmake's browser build, replaced: what matters here is what the service hands it and reports. */
const fake = vi.hoisted(() => {
  const state = {
    definition: null as unknown,
    fonts: null as unknown,
    policy: null as ((url: string) => boolean) | null,
    progress: null as ((fraction: number) => void) | null,
    filesAtRender: [] as string[],
  }
  const virtualfs = {
    storage: {} as Record<string, unknown>,
    writeFileSync(name: string, data: unknown) {
      this.storage[name] = data
    },
  }
  const pdfMake = {
    virtualfs,
    setUrlAccessPolicy: (f: (url: string) => boolean) => (state.policy = f),
    setFonts: (f: unknown) => (state.fonts = f),
    setProgressCallback: (f: (fraction: number) => void) => (state.progress = f),
    createPdf: (definition: unknown) => {
      state.definition = definition
      state.filesAtRender = Object.keys(virtualfs.storage)
      return {
        getBlob: () => {
          for (const f of [0.25, 0.5, 1]) state.progress?.(f)
          return Promise.resolve(new Blob(['%PDF-1.7'], { type: 'application/pdf' }))
        },
      }
    },
  }
  return { state, pdfMake }
})
vi.mock('pdfmake/build/pdfmake', () => ({ default: fake.pdfMake }))

const { renderRecordPdf } = await import('@/services/pdf/render')

const bytesOf = (dataUrl: string) => Uint8Array.from(atob(dataUrl.split(',')[1]!), (c) => c.charCodeAt(0))
const model = build({
  evidence: [photo('p1', 'MC1.2.1', 'Phòng máy', ['1.2.1']), photo('p2', 'MC1.3.1', 'Máy chiếu', ['1.3'])],
}).model

afterEach(() => {
  fake.state.definition = null
})

describe('renderRecordPdf', () => {
  it('hands the photos to pdfmake as files, reports progress to the end, and forgets the photos after', async () => {
    const progress: number[] = []
    const blob = await renderRecordPdf(model, {
      photos: new Map([['p1', bytesOf(LANDSCAPE_JPEG)]]),
      onProgress: (f) => progress.push(f),
    })
    expect(blob.type).toBe('application/pdf')
    expect(fake.state.filesAtRender).toEqual(['chiso-photo0.jpg'])
    expect((fake.state.definition as { images: Record<string, string> }).images).toEqual({ photo0: 'chiso-photo0.jpg' })
    expect(Object.keys(fake.pdfMake.virtualfs.storage)).toEqual([])
    expect(progress.at(-1)).toBe(1)
    expect([...progress].sort((a, b) => a - b)).toEqual(progress)
  })

  it('allows only the app origin and registers the four faces of the record font', async () => {
    await renderRecordPdf(model, { photos: new Map() })
    expect(fake.state.policy?.(`${location.origin}/assets/x.ttf`)).toBe(true)
    expect(fake.state.policy?.('https://fonts.example.com/x.ttf')).toBe(false)
    const faces = Object.values(fake.state.fonts as Record<string, Record<string, string>>)[0]!
    expect(Object.keys(faces).sort()).toEqual(['bold', 'bolditalics', 'italics', 'normal'])
    for (const url of Object.values(faces)) expect(url).toMatch(/^https?:\/\/.*\.ttf/)
  })

  it('renders only the chosen sections', async () => {
    await renderRecordPdf(model, { sections: ['decision'], photos: new Map([['p1', bytesOf(LANDSCAPE_JPEG)]]) })
    const def = fake.state.definition as { content: unknown[]; images: Record<string, string> }
    expect(def.content).toHaveLength(1)
    expect(def.images).toEqual({})
  })
})
