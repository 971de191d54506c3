/**
 * Renders the record to a PDF Blob on the device. pdfmake and the fonts are loaded only here, when
 * the user exports; the font files are hashed build assets the service worker precaches, so export
 * works offline. The photos come in as bytes, already read: rendering does no I/O of its own
 * besides the fonts.
 */
import boldItalicUrl from '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf?url'
import boldUrl from '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf?url'
import italicUrl from '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf?url'
import regularUrl from '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf?url'
import type { RecordModel, RecordSectionId } from '@/domain'
import { RECORD_FONT, recordDocDefinition } from './docDefinition'

export interface RenderRecordOptions {
  /** The sections to print, in the record's order; all when absent or empty. */
  sections?: readonly RecordSectionId[]
  /** Evidence id → the photo's JPEG or PNG bytes; a photo not here prints as missing. */
  photos: ReadonlyMap<string, Uint8Array>
  /** Layout and writing, as a fraction from 0 to 1. */
  onProgress?: (fraction: number) => void
}

/** pdfmake's in-memory file system (not in its type declarations): files it reads by name. */
interface VirtualFs {
  writeFileSync(name: string, data: ArrayBuffer): void
  storage: Record<string, unknown>
}

/** Renders the record (or the chosen sections) to an A4 PDF. */
export async function renderRecordPdf(model: RecordModel, opts: RenderRecordOptions): Promise<Blob> {
  const { default: pdfMake } = await import('pdfmake/build/pdfmake')
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
  const { definition, files } = recordDocDefinition(model, opts.photos, opts.sections)
  const vfs = (pdfMake as unknown as { virtualfs: VirtualFs }).virtualfs
  for (const [name, data] of files) vfs.writeFileSync(name, data)
  pdfMake.setProgressCallback((fraction: number) => opts.onProgress?.(Math.min(1, Math.max(0, fraction))))
  try {
    const blob = await pdfMake.createPdf(definition).getBlob()
    opts.onProgress?.(1)
    return blob
  } finally {
    pdfMake.setProgressCallback(() => {})
    // The photos are not kept once the file is made.
    for (const name of files.keys()) delete vfs.storage[name]
  }
}
