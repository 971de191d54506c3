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
  }
  const pdfMake = {
    setUrlAccessPolicy: (f: (url: string) => boolean) => (state.policy = f),
    setFonts: (f: unknown) => (state.fonts = f),
    setProgressCallback: (f: (fraction: number) => void) => (state.progress = f),
    createPdf: (definition: unknown) => {
      state.definition = definition
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

const model = build({
  evidence: [photo('p1', 'MC1.2.1', 'Phòng máy', ['1.2.1']), photo('p2', 'MC1.3.1', 'Máy chiếu', ['1.3'])],
}).model

afterEach(() => {
  fake.state.definition = null
})

describe('renderRecordPdf', () => {
  it('loads each photo once, reports progress to the end, and returns the PDF', async () => {
    const asked: string[] = []
    const progress: [number, number][] = []
    const blob = await renderRecordPdf(model, {
      images: (id) => {
        asked.push(id)
        return Promise.resolve(id === 'p1' ? LANDSCAPE_JPEG : null)
      },
      onProgress: (done, total) => progress.push([done, total]),
    })
    expect(blob.type).toBe('application/pdf')
    expect(asked).toEqual(['p1', 'p2'])
    const total = progress[0]![1]
    expect(progress[0]).toEqual([0, total])
    expect(progress.at(-1)).toEqual([total, total])
    const dones = progress.map(([d]) => d)
    expect([...dones].sort((a, b) => a - b)).toEqual(dones)
    const def = fake.state.definition as { images: Record<string, string> }
    expect(Object.values(def.images)).toEqual([LANDSCAPE_JPEG])
  })

  it('allows only the app origin and registers the four Noto Serif faces', async () => {
    await renderRecordPdf(model, { images: () => Promise.resolve(null) })
    expect(fake.state.policy?.(`${location.origin}/assets/x.ttf`)).toBe(true)
    expect(fake.state.policy?.('https://fonts.example.com/x.ttf')).toBe(false)
    const faces = (fake.state.fonts as Record<string, Record<string, string>>).NotoSerif!
    expect(Object.keys(faces).sort()).toEqual(['bold', 'bolditalics', 'italics', 'normal'])
    for (const url of Object.values(faces)) expect(url).toMatch(/^https?:\/\/.*NotoSerif_.*\.ttf/)
  })

  it('prints a photo that fails to load as missing instead of failing', async () => {
    await renderRecordPdf(model, {
      images: (id) => (id === 'p2' ? Promise.reject(new Error('gone')) : Promise.resolve(LANDSCAPE_JPEG)),
    })
    const def = fake.state.definition as { images: Record<string, string> }
    expect(Object.keys(def.images)).toHaveLength(1)
  })

  it('renders only the chosen sections and loads no photo they do not print', async () => {
    const asked: string[] = []
    await renderRecordPdf(model, {
      sections: ['decision'],
      images: (id) => {
        asked.push(id)
        return Promise.resolve(null)
      },
    })
    expect(asked).toEqual([])
    expect((fake.state.definition as { content: unknown[] }).content).toHaveLength(1)
  })
})
