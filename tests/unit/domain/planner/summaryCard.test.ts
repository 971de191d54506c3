import { describe, expect, it } from 'vitest'
import { scoreAssessment, summaryCard, type SummaryCardWords } from '@/domain'
import { band, tinySet } from '../../../builders/criteriaSet'

const words: SummaryCardWords = {
  year: (y) => `Năm học ${y}`,
  group: (id, title) => `Nhóm ${id} — ${title}`,
  result: (p, m, level, label) => (level === null ? `${p}/${m} điểm — chưa chấm` : `${p}/${m} điểm — Mức ${level}${label ? ` (${label})` : ''}`),
  points: (p, m) => `${p}/${m} điểm`,
  provisional: (n) => `Còn ${n} chỉ số chưa trả lời`,
}
const school = { name: 'Trường Tiểu học Văn Tràng', kind: 'tieu-hoc' as const }

describe('summaryCard', () => {
  it('says the school, the year and each group with its level, and names the file for Zalo', () => {
    const set = tinySet()
    const card = summaryCard(set, scoreAssessment(set, { A1: true, 'A2.1': 40, 'A2.2': 20, B1: true, 'B2.1': 'SMAS', 'B2.2': 30 }), school, '2025-2026', words)
    expect(card).toMatchObject({
      school: 'Trường Tiểu học Văn Tràng',
      year: 'Năm học 2025-2026',
      provisional: null,
      groups: [
        { title: 'Nhóm A — Nhóm A', result: '60/100 điểm — Mức 2 (Mức 2)' },
        { title: 'Nhóm B — Nhóm B', result: '30/100 điểm — Mức 1 (Mức 1)' },
      ],
    })
    expect(card.fileName).toMatch(/^ket-qua-cds-[A-Za-z0-9-]+-2025-2026\.png$/)
  })

  it('a group nobody answered is "not scored", and open rows make it provisional', () => {
    const set = tinySet()
    const card = summaryCard(set, scoreAssessment(set, { A1: true }), school, '2025-2026', words)
    expect(card.groups.map((g) => g.result)).toEqual(['0/100 điểm — Mức 1 (Mức 1)', '0/100 điểm — chưa chấm'])
    expect(card.provisional).toBe('Còn 5 chỉ số chưa trả lời')
  })

  it('a level lowered by an unmet condition shows without the band label of the points', () => {
    const set = tinySet()
    const card = summaryCard(set, scoreAssessment(set, { A1: false, 'A2.1': 40, 'A2.2': 20 }), school, '2025-2026', words)
    expect(card.groups[0]!.result).toBe('60/100 điểm — Mức 1')
  })

  it('a set with one band for every score (a checklist) shows its points and no level', () => {
    const base = tinySet()
    const set = { ...base, groups: base.groups.map((g) => ({ ...g, bands: [{ ...band(1, 0, true, 100, true), label: { vi: 'Không chia mức' } }] })) }
    const card = summaryCard(set, scoreAssessment(set, { A1: true, 'A2.1': 40 }), school, '2025-2026', words)
    expect(card.groups.map((g) => g.result)).toEqual(['40/100 điểm', '0/100 điểm — chưa chấm'])
  })
})
