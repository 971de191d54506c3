/**
 * The rankings as an .xlsx file, written with write-excel-file. This module and the library are
 * loaded only when the reviewer asks for the file (reached through a dynamic `import()` and
 * listed in `LAZY` in vite.config.ts).
 */
import type { SheetModel } from '@/domain'
import { XLSX_TYPE } from './criteriaSets'

/** Every sheet with its header bold and kept in view, its columns sized, numbers as numbers. */
export async function writeRankingWorkbook(sheets: readonly SheetModel[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser')
  const data = sheets.map((s) => ({
    sheet: s.name,
    stickyRowsCount: 1,
    columns: s.widths.map((width) => ({ width })),
    data: [
      s.header.map((h) => ({ value: h, type: String, fontWeight: 'bold' as const, wrap: true })),
      ...s.rows.map((row) =>
        row.map((c) => (c === null || c === '' ? null : typeof c === 'number' ? { value: c, type: Number } : { value: c, type: String })),
      ),
    ],
  }))
  const blob = await writeXlsxFile(data).toBlob()
  return blob.type ? blob : new Blob([blob], { type: XLSX_TYPE })
}
