/**
 * The roster as a spreadsheet: read from .xlsx (read-excel-file) or .csv, and its template written
 * with write-excel-file. Both libraries, and this module, are loaded only when a roster is opened
 * or the template is asked for (reached through a dynamic `import()`, listed in `LAZY`).
 */
import { parseCsv, rosterTemplate, type Cell } from '@/domain'

/** Larger than any roster by far (10,000 schools in .xlsx is about 1 MB). */
export const MAX_ROSTER_FILE_BYTES = 10_000_000
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export type RosterFileProblem =
  | { code: 'too-large'; size: number; limit: number }
  | { code: 'not-a-sheet'; detail: string }
  | { code: 'bad-csv'; line: number; detail: string }

/** Whether the file is a CSV (by name or type); anything else is read as .xlsx. */
export const isCsvFile = (f: { name: string; type: string }) => /\.csv$/i.test(f.name) || f.type === 'text/csv'

function cellOf(value: unknown): Cell {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10)
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  return null
}

/** The cells of the roster's first sheet (or of the CSV). Never throws. */
export async function readRosterCells(file: File): Promise<{ ok: true; rows: Cell[][] } | { ok: false; problem: RosterFileProblem }> {
  if (file.size > MAX_ROSTER_FILE_BYTES) return { ok: false, problem: { code: 'too-large', size: file.size, limit: MAX_ROSTER_FILE_BYTES } }
  try {
    if (isCsvFile(file)) {
      // A BOM (Excel writes one for UTF-8) is not part of the first header.
      const text = (await file.text()).replace(/^\uFEFF/, '')
      const r = parseCsv(text)
      return r.ok ? { ok: true, rows: r.rows } : { ok: false, problem: { code: 'bad-csv', line: r.line, detail: r.detail } }
    }
    const { default: readXlsxFile } = await import('read-excel-file/browser')
    const sheets = await readXlsxFile(await file.arrayBuffer(), { trim: false })
    const first = sheets[0]
    return { ok: true, rows: first ? first.data.map((row) => row.map(cellOf)) : [] }
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e)
    return { ok: false, problem: { code: 'not-a-sheet', detail: detail.slice(0, 80) } }
  }
}

/** The roster template: its header line, bold, with columns wide enough to type in. */
export async function writeRosterTemplate(): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser')
  const [header = []] = rosterTemplate()
  const blob = await writeXlsxFile([
    {
      sheet: 'Danh sách trường',
      stickyRowsCount: 1,
      columns: [{ width: 40 }, { width: 16 }, { width: 16 }, { width: 30 }],
      data: [header.map((h) => ({ value: h, type: String, fontWeight: 'bold' as const }))],
    },
  ]).toBlob()
  return blob.type ? blob : new Blob([blob], { type: XLSX_TYPE })
}
