/** What the desk publishes, in each format it offers. */
export type RankingFormat = 'xlsx' | 'pdf' | 'docx' | 'html'

/** The stem of each published file: the workbook, the notice (PDF, Word), the portal page. */
const STEMS: Readonly<Record<RankingFormat, string>> = {
  xlsx: 'bang-xep-hang',
  pdf: 'thong-bao-ket-qua',
  docx: 'thong-bao-ket-qua',
  // The notice is "thông báo kết quả"; the portal page shows the rankings themselves.
  html: 'ket-qua-xep-hang',
}

/**
 * A published file's name, one a clerk recognises in Zalo: `bang-xep-hang-2025-2026.xlsx`,
 * `thong-bao-ket-qua-2025-2026.pdf`, `ket-qua-xep-hang-2025-2026.html`. Only the year's digits and
 * dashes are kept; without them the year reads `nam-hoc`.
 */
export function rankingFileName(schoolYear: string, format: RankingFormat): string {
  return `${STEMS[format]}-${schoolYear.replace(/[^0-9-]/g, '') || 'nam-hoc'}.${format}`
}
