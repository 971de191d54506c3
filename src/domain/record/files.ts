/**
 * File names of the record, as a teacher recognises them in Zalo: ASCII only, the document's kind
 * first, then the school's abbreviation and the school year. The template names its documents
 * (`fileStem`); the model carries the names, so every renderer names its file the same way.
 */
import type { RecordModel, RecordSectionId } from './model'
import { stripMarks } from './text'

export type RecordFileFormat = 'pdf' | 'docx'

/** "Văn Tràng 2025–2026" → "Van-Trang-2025-2026": letters and digits, one dash between runs. */
export function asciiSlug(s: string): string {
  return stripMarks(s)
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** `ho-so-tu-danh-gia-THVT-2025-2026`: a file name without extension, for a stem, a school and a year. */
export function recordBaseName(stem: string, abbreviation: string, schoolYear: string): string {
  return `${stem}-${asciiSlug(abbreviation) || 'truong'}-${asciiSlug(schoolYear)}`
}

/**
 * `ho-so-tu-danh-gia-THVT-2025-2026.pdf` for the whole record (or several documents),
 * `bien-ban-tu-danh-gia-THVT-2025-2026.docx` for one document.
 */
export function recordFileName(
  model: Pick<RecordModel, 'fileName' | 'sections'>,
  sections?: readonly RecordSectionId[] | null,
  format: RecordFileFormat = 'pdf',
): string {
  const one = sections && sections.length === 1 ? model.sections.find((s) => s.id === sections[0]) : undefined
  return `${one ? one.fileName : model.fileName}.${format}`
}
