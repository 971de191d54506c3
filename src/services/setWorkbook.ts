/**
 * Criteria sets as Excel files (.xlsx): read with read-excel-file, written with write-excel-file.
 * Both libraries, and this module, are loaded only when a spreadsheet is opened or made (it is
 * reached through a dynamic `import()` and listed in `LAZY` in vite.config.ts).
 */
import {
  criteriaSetToWorkbook,
  templateExampleSet,
  workbookToCriteriaSet,
  type Cell,
  type CriteriaSet,
  type CriteriaSetError,
  type Result,
  type Workbook,
} from '@/domain'
import { XLSX_TYPE } from './criteriaSets'

/** Larger than any criteria-set workbook by far (the 4725 set is about 30 kB). */
export const MAX_SET_WORKBOOK_BYTES = 5_000_000

/** A cell as the domain reads it: dates become `yyyy-mm-dd` text. */
function cellOf(value: unknown): Cell {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10)
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  return null
}

const failure = (code: CriteriaSetError['code'], detail: string, params: CriteriaSetError['params'] = {}): Result<never, CriteriaSetError> => ({
  ok: false,
  errors: [{ code, path: '', detail, params }],
})

/** Reads and validates a set written as a spreadsheet. Never throws. */
export async function readSetWorkbook(file: Blob): Promise<Result<CriteriaSet, CriteriaSetError>> {
  if (file.size > MAX_SET_WORKBOOK_BYTES)
    return failure('too-large', `file is ${file.size} bytes, limit ${MAX_SET_WORKBOOK_BYTES}`, { size: file.size, limit: MAX_SET_WORKBOOK_BYTES })
  let book: Workbook
  try {
    const { default: readXlsxFile } = await import('read-excel-file/browser')
    const sheets = await readXlsxFile(await file.arrayBuffer(), { trim: false })
    book = sheets.map((s) => ({ name: s.sheet, rows: s.data.map((row) => row.map(cellOf)) }))
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e)
    return failure('not-a-workbook', `not a readable .xlsx file: ${detail}`, { detail: detail.slice(0, 80) })
  }
  return workbookToCriteriaSet(book)
}

/** Column widths (characters) per sheet, so the text can be read without resizing. */
const WIDTHS: Record<string, number[]> = {
  'Bộ tiêu chí': [34, 60, 50],
  Nguồn: [8, 60, 40, 24],
  'Chỉ số': [10, 10, 60, 12, 12, 10, 20, 10, 10, 16, 40, 30, 30, 30, 30, 30, 30, 12, 14, 16, 30, 30, 30, 30, 16],
  Mức: [10, 10, 8, 24, 8, 16, 8, 16, 24],
  'Quy tắc mức': [12, 8, 16, 16, 12, 10, 12],
  'Hướng dẫn': [16, 30, 100],
}

/** The workbook of a set as an .xlsx file: headers bold, the header row kept in view. */
export async function writeSetWorkbook(set: CriteriaSet): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser')
  const sheets = criteriaSetToWorkbook(set).map((s) => ({
    sheet: s.name,
    stickyRowsCount: 1,
    columns: (WIDTHS[s.name] ?? []).map((width) => ({ width })),
    data: s.rows.map((row, i) =>
      row.map((c) => {
        if (c === null || c === undefined || c === '') return null
        const header = i === 0
        if (typeof c === 'number') return { value: c, type: Number }
        return { value: String(c), type: String, wrap: true, ...(header ? { fontWeight: 'bold' as const } : {}) }
      }),
    ),
  }))
  const blob = await writeXlsxFile(sheets).toBlob()
  return blob.type ? blob : new Blob([blob], { type: XLSX_TYPE })
}

/** The template: the workbook of a small example set an author overwrites with their own. */
export function writeSetTemplate(): Promise<Blob> {
  return writeSetWorkbook(templateExampleSet())
}

/** `qd-4725-1.1.0.xlsx`. */
export const setWorkbookName = (set: Pick<CriteriaSet, 'id' | 'version'>): string => `${set.id}-${set.version}.xlsx`
export const TEMPLATE_NAME = 'mau-bo-tieu-chi.xlsx'
