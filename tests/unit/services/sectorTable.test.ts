import { describe, expect, it } from 'vitest'
import { SECTOR_COLUMNS, writeCsv } from '@/domain'
import { sectorFileName } from '@/services/sectorTable'
import { submission } from '../../builders/submission'

describe('sector table as CSV', () => {
  it.each([
    { why: 'plain text and numbers', row: ['TH01', 40, 'Đạt'], line: 'TH01,40,Đạt' },
    { why: 'a comma and a quote', row: ['Trường "A", cơ sở 2'], line: '"Trường ""A"", cơ sở 2"' },
    { why: 'a line break in a note', row: ['dòng 1\ndòng 2'], line: '"dòng 1\ndòng 2"' },
    { why: 'text a spreadsheet would take for a formula', row: ['=HYPERLINK("x")'], line: `"'=HYPERLINK(""x"")"` },
    { why: 'an empty cell', row: ['', 0], line: ',0' },
  ])('writes $why so a spreadsheet reads it back as written', ({ row, line }) => {
    expect(writeCsv([row])).toBe(`\ufeff${line}\r\n`)
  })

  it('keeps the documented columns in their order', () => {
    expect(SECTOR_COLUMNS.map((c) => c.id)).toEqual([
      'school_code', 'school_name', 'school_year', 'criteria_set', 'group', 'criterion', 'item',
      'content', 'kind', 'max_points', 'result', 'points', 'note', 'evidence',
    ])
  })

  it('names the file after the school, the year and the revision', () => {
    expect(sectorFileName(submission({ school: { code: 'TH01', name: 'Trường Tiểu học Xuân Hương' } }), 'xlsx')).toBe(
      'chiso-ket-qua-th01-truong-tieu-hoc-xuan-huong-2025-2026-lan-1.xlsx',
    )
  })
})
