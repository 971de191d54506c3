/**
 * The per-row result table for the sector database (`sectorTable` in the domain) as files:
 * CSV (UTF-8 with a byte-order mark so Excel reads the Vietnamese right, comma-separated, every
 * text cell quoted when it needs to be) and .xlsx (write-excel-file, loaded on demand: this module
 * is listed in `LAZY` in vite.config.ts).
 */
import { fileNamePart, writeCsv, type SectorCell, type SubmissionContent } from '@/domain'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The table as CSV: the one CSV writer of the app (byte-order mark, CRLF, formula-safe). */
export function sectorCsv(rows: readonly (readonly SectorCell[])[]): Blob {
  return new Blob([writeCsv(rows)], { type: 'text/csv;charset=utf-8' })
}

const WIDTHS = [12, 28, 11, 16, 7, 9, 9, 60, 11, 10, 10, 8, 40, 24]

/** The table as an .xlsx workbook of one sheet, "Kết quả": header bold and kept in view. */
export async function sectorXlsx(rows: readonly (readonly SectorCell[])[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser')
  const blob = await writeXlsxFile([
    {
      sheet: 'Kết quả',
      stickyRowsCount: 1,
      columns: WIDTHS.map((width) => ({ width })),
      data: rows.map((row, i) =>
        row.map((c) => {
          if (c === '') return null
          if (typeof c === 'number') return { value: c, type: Number }
          return { value: c, type: String, ...(i === 0 ? { fontWeight: 'bold' as const } : {}) }
        }),
      ),
    },
  ]).toBlob()
  return blob.type ? blob : new Blob([blob], { type: XLSX_TYPE })
}

/** `chiso-ket-qua-th01-truong-xuan-huong-2025-2026-lan-1.csv` */
export function sectorFileName(content: SubmissionContent, ext: 'csv' | 'xlsx'): string {
  const school = fileNamePart(content.school.code ? `${content.school.code} ${content.school.name}` : content.school.name) || 'truong'
  return `chiso-ket-qua-${school}-${fileNamePart(content.assessment.schoolYear)}-lan-${content.assessment.revision}.${ext}`
}
