/**
 * File names of the record, as a teacher recognises them in Zalo: ASCII only, the document's kind
 * first, then the school's abbreviation and the school year.
 */
import type { RecordSectionId } from './model'
import { stripMarks } from './text'

/** The whole record's prefix. */
export const RECORD_PREFIX = 'ho-so-tu-danh-gia'

/** The prefix of one document of the record, in place of the whole record's. */
export const SECTION_PREFIX: Record<RecordSectionId, string> = {
  plan: 'ke-hoach-tu-danh-gia',
  minutes: 'bien-ban-tu-danh-gia',
  report: 'bao-cao-tu-danh-gia',
  decision: 'quyet-dinh-phe-duyet',
  appendix: 'phu-luc-tu-danh-gia',
}

export type RecordFileFormat = 'pdf' | 'docx'

/** "Văn Tràng 2025–2026" → "Van-Trang-2025-2026": letters and digits, one dash between runs. */
export function asciiSlug(s: string): string {
  return stripMarks(s)
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** `ho-so-tu-danh-gia-THVT-2025-2026`: the record's file name without extension. */
export function recordBaseName(abbreviation: string, schoolYear: string): string {
  return `${RECORD_PREFIX}-${asciiSlug(abbreviation) || 'truong'}-${asciiSlug(schoolYear)}`
}

/**
 * `ho-so-tu-danh-gia-THVT-2025-2026.pdf` for the whole record (or several documents),
 * `bien-ban-tu-danh-gia-THVT-2025-2026.pdf` for one document.
 */
export function recordFileName(
  baseName: string,
  sections?: readonly RecordSectionId[] | null,
  format: RecordFileFormat = 'pdf',
): string {
  const one = sections && sections.length === 1 ? sections[0] : undefined
  if (!one) return `${baseName}.${format}`
  const name = baseName.startsWith(RECORD_PREFIX)
    ? SECTION_PREFIX[one] + baseName.slice(RECORD_PREFIX.length)
    : `${baseName}-${SECTION_PREFIX[one]}`
  return `${name}.${format}`
}
