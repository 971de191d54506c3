/**
 * Lays the record out with pdfmake and writes the PDF. The same code runs in the PDF worker (the
 * usual way: the page stays responsive while a record of many photos is made) and on the main
 * thread where no worker can run. pdfmake is handed in, so each side loads it its own way. The
 * font files are hashed build assets the service worker precaches, so export works offline.
 */
import boldItalicUrl from '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf?url'
import boldUrl from '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf?url'
import italicUrl from '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf?url'
import regularUrl from '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf?url'
import type { RecordModel, RecordSectionId } from '@/domain'
import { RECORD_FONT, recordDocDefinition } from './docDefinition'

/** What the layout needs of pdfmake's browser build (the virtual file system is not in its type declarations). */
export interface PdfMakeApi {
  setUrlAccessPolicy(policy: (url: string) => boolean): void
  setFonts(fonts: Record<string, Record<string, string>>): void
  setProgressCallback(callback: (fraction: number) => void): void
  createPdf(definition: never): { getBlob(): Promise<Blob> }
}

/** pdfmake's in-memory file system: files it reads by name. */
interface VirtualFs {
  writeFileSync(name: string, data: ArrayBuffer): void
  storage: Record<string, unknown>
}

export interface LayoutOptions {
  /** The sections to print, in the record's order; all when absent or empty. */
  sections?: readonly RecordSectionId[]
  /** Evidence id → the photo's JPEG or PNG bytes; a photo not here prints as missing. */
  photos: ReadonlyMap<string, Uint8Array>
  /** Layout and writing, as a fraction from 0 to 1. */
  onProgress?: (fraction: number) => void
}

/** Registers the record's font (the four Tinos faces) with pdfmake; the app's own origin only. */
export function useRecordFont(pdfMake: PdfMakeApi, origin: string, base: string): void {
  const abs = (u: string) => new URL(u, base).href
  // pdfmake fetches only what this allows: the app's own font files.
  pdfMake.setUrlAccessPolicy((url: string) => url.startsWith(origin))
  pdfMake.setFonts({
    [RECORD_FONT]: {
      normal: abs(regularUrl),
      bold: abs(boldUrl),
      italics: abs(italicUrl),
      bolditalics: abs(boldItalicUrl),
    },
  })
}

/**
 * Makes a one-line PDF in each face of the record font, so the font files are fetched (pdfmake keeps
 * them) and the layout code is warm before the user asks for the record.
 */
export async function warmRecordFont(pdfMake: PdfMakeApi): Promise<void> {
  useRecordFont(pdfMake, location.origin, location.href)
  const faces = [{}, { bold: true }, { italics: true }, { bold: true, italics: true }]
  const definition = { content: faces.map((f) => ({ text: 'Đ', ...f })), defaultStyle: { font: RECORD_FONT } }
  await pdfMake.createPdf(definition as never).getBlob()
}

/** Renders the record (or the chosen sections) to an A4 PDF with the given pdfmake. */
export async function layOutRecordPdf(pdfMake: PdfMakeApi, model: RecordModel, opts: LayoutOptions): Promise<Blob> {
  useRecordFont(pdfMake, location.origin, location.href)
  const { definition, files } = recordDocDefinition(model, opts.photos, opts.sections)
  const vfs = (pdfMake as unknown as { virtualfs: VirtualFs }).virtualfs
  for (const [name, data] of files) vfs.writeFileSync(name, data)
  pdfMake.setProgressCallback((fraction: number) => opts.onProgress?.(Math.min(1, Math.max(0, fraction))))
  try {
    const blob = await pdfMake.createPdf(definition as never).getBlob()
    opts.onProgress?.(1)
    return blob
  } finally {
    pdfMake.setProgressCallback(() => {})
    // The photos are not kept once the file is made.
    for (const name of files.keys()) delete vfs.storage[name]
  }
}
