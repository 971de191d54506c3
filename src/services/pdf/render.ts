/**
 * Renders the record to a PDF Blob on the device. pdfmake and the fonts are loaded only here, when
 * the user exports; the font files are hashed build assets the service worker precaches, so export
 * works offline.
 */
import boldItalicUrl from '@expo-google-fonts/noto-serif/700Bold_Italic/NotoSerif_700Bold_Italic.ttf?url'
import boldUrl from '@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf?url'
import italicUrl from '@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf?url'
import regularUrl from '@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf?url'
import type { RecordModel, RecordSectionId } from '@/domain/record'
import { photoIds, RECORD_FONT, recordDocDefinition, selectSections } from './docDefinition'

export interface RenderRecordOptions {
  /** The sections to print, in the record's order; all when absent or empty. */
  sections?: RecordSectionId[]
  /** A photo's image as a JPEG (or PNG) data URL, or null when it cannot be had. */
  images: (evidenceId: string) => Promise<string | null>
  /** Called as work is done: photos loaded, then layout and writing. `done` reaches `total` at the end. */
  onProgress?: (done: number, total: number) => void
}

/** Progress steps given to pdfmake's own layout and writing, after one step per photo. */
const RENDER_STEPS = 20

/**
 * Renders the record (or the chosen sections) to an A4 PDF. Photos are loaded one at a time so a
 * record with many photos never holds more than it needs while loading; a photo that fails to load
 * prints as "missing" rather than failing the export.
 */
export async function renderRecordPdf(model: RecordModel, opts: RenderRecordOptions): Promise<Blob> {
  const ids = [...new Set(photoIds(selectSections(model, opts.sections)))]
  const total = ids.length + RENDER_STEPS
  let done = 0
  const report = () => opts.onProgress?.(done, total)
  report()

  const { default: pdfMake } = await import('pdfmake/build/pdfmake')
  const images = new Map<string, string>()
  for (const id of ids) {
    try {
      const url = await opts.images(id)
      if (url) images.set(id, url)
    } catch {
      // A photo that cannot be read prints as missing; the rest of the record still comes out.
    }
    done++
    report()
  }

  const abs = (u: string) => new URL(u, location.href).href
  // pdfmake fetches only what this allows: the app's own font files.
  pdfMake.setUrlAccessPolicy((url: string) => url.startsWith(location.origin))
  pdfMake.setFonts({
    [RECORD_FONT]: {
      normal: abs(regularUrl),
      bold: abs(boldUrl),
      italics: abs(italicUrl),
      bolditalics: abs(boldItalicUrl),
    },
  })
  const base = done
  pdfMake.setProgressCallback((fraction: number) => {
    const next = base + Math.min(RENDER_STEPS - 1, Math.floor(fraction * RENDER_STEPS))
    if (next > done) {
      done = next
      report()
    }
  })
  try {
    const blob = await pdfMake.createPdf(recordDocDefinition(model, images, opts.sections)).getBlob()
    done = total
    report()
    return blob
  } finally {
    pdfMake.setProgressCallback(() => {})
  }
}
