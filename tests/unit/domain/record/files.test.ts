import { describe, expect, it } from 'vitest'
import { recordBaseName, recordFileName, type RecordFileFormat, type RecordSectionId } from '@/domain/record'

describe('record file names', () => {
  it.each<[string, string, string]>([
    ['THVT', '2025-2026', 'ho-so-tu-danh-gia-THVT-2025-2026'],
    ['THCSLQĐ', '2025-2026', 'ho-so-tu-danh-gia-THCSLQD-2025-2026'],
    ['TH&THCS Tân Phú', '2025 – 2026', 'ho-so-tu-danh-gia-TH-THCS-Tan-Phu-2025-2026'],
    ['', '2025-2026', 'ho-so-tu-danh-gia-truong-2025-2026'],
  ])('the record of %j in %j is %s', (abbr, year, name) => {
    expect(recordBaseName(abbr, year)).toBe(name)
  })

  const base = 'ho-so-tu-danh-gia-THVT-2025-2026'
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
  ])('sections %j as %s: %s', (sections, format, name) => {
    expect(recordFileName(base, sections, format)).toBe(name)
  })

  it('puts the document after a name that is not the record’s own', () => {
    expect(recordFileName('hoso', ['minutes'])).toBe('hoso-bien-ban-tu-danh-gia.pdf')
  })
})
