import { describe, expect, it } from 'vitest'
import { recordBaseName, recordFileName, type RecordFileFormat, type RecordSectionId } from '@/domain/record'
import { build } from './fixtures'

describe('record file names', () => {
  it.each<[string, string, string, string]>([
    ['ho-so-tu-danh-gia', 'THVT', '2025-2026', 'ho-so-tu-danh-gia-THVT-2025-2026'],
    ['ho-so-tu-danh-gia', 'THCSLQĐ', '2025-2026', 'ho-so-tu-danh-gia-THCSLQD-2025-2026'],
    ['bien-ban-tu-danh-gia', 'TH&THCS Tân Phú', '2025 – 2026', 'bien-ban-tu-danh-gia-TH-THCS-Tan-Phu-2025-2026'],
    ['ho-so-tu-danh-gia', '', '2025-2026', 'ho-so-tu-danh-gia-truong-2025-2026'],
  ])('%s for %j in %j is %s', (stem, abbr, year, name) => {
    expect(recordBaseName(stem, abbr, year)).toBe(name)
  })

  const { model } = build()
  it.each<[readonly RecordSectionId[] | null, RecordFileFormat, string]>([
    [null, 'pdf', 'ho-so-tu-danh-gia-THVT-2025-2026.pdf'],
    [[], 'pdf', 'ho-so-tu-danh-gia-THVT-2025-2026.pdf'],
    [['plan'], 'pdf', 'ke-hoach-tu-danh-gia-THVT-2025-2026.pdf'],
    [['minutes'], 'pdf', 'bien-ban-tu-danh-gia-THVT-2025-2026.pdf'],
    [['report'], 'docx', 'bao-cao-tu-danh-gia-THVT-2025-2026.docx'],
    [['decision'], 'pdf', 'quyet-dinh-phe-duyet-THVT-2025-2026.pdf'],
    [['appendix'], 'pdf', 'phu-luc-tu-danh-gia-THVT-2025-2026.pdf'],
    [['plan', 'report'], 'pdf', 'ho-so-tu-danh-gia-THVT-2025-2026.pdf'],
    [null, 'docx', 'ho-so-tu-danh-gia-THVT-2025-2026.docx'],
  ])('the 4725 record, sections %j as %s: %s', (sections, format, name) => {
    expect(recordFileName(model, sections, format)).toBe(name)
  })
})
