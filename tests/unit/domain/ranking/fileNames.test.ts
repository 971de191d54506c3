import { describe, expect, it } from 'vitest'
import { rankingFileName, type RankingFormat } from '@/domain'

describe('the names of what the desk publishes', () => {
  it.each<[string, RankingFormat, string]>([
    ['2025-2026', 'xlsx', 'bang-xep-hang-2025-2026.xlsx'],
    ['2025-2026', 'pdf', 'thong-bao-ket-qua-2025-2026.pdf'],
    ['2025-2026', 'docx', 'thong-bao-ket-qua-2025-2026.docx'],
    ['2025-2026', 'html', 'ket-qua-xep-hang-2025-2026.html'],
    ['Năm học 2025 – 2026', 'xlsx', 'bang-xep-hang-20252026.xlsx'],
    ['2025/2026', 'pdf', 'thong-bao-ket-qua-20252026.pdf'],
    ['', 'html', 'ket-qua-xep-hang-nam-hoc.html'],
    ['năm nay', 'docx', 'thong-bao-ket-qua-nam-hoc.docx'],
  ])('%j as %s → %s', (year, format, name) => {
    expect(rankingFileName(year, format)).toBe(name)
  })
})
