import { describe, expect, it } from 'vitest'
import { parseCsv, SECTOR_COLUMNS, sectorTable, writeCsv, type Evidence } from '@/domain'
import { tinySet } from '../../../builders/criteriaSet'
import { submission } from '../../../builders/submission'

const ev = (id: string, code: string, itemIds: string[]): Evidence => ({
  id,
  assessmentId: 'x',
  code,
  title: code,
  kind: 'link',
  itemIds,
  url: 'https://truong.edu.vn',
  addedAt: '2026-04-01T00:00:00.000Z',
  updatedAt: '2026-04-01T00:00:00.000Z',
})

describe('the per-row table for the sector database', () => {
  const content = submission({
    answers: { A1: true, 'A2.1': 40, B1: false, 'B2.1': 'VnEdu; "LMS"' },
    notes: { A1: 'Kế hoạch số 5' },
    evidence: [ev('e2', 'MC1.2.02', ['A2.1']), ev('e1', 'MC1.2.01', ['A2.1', 'A1'])],
  })
  const table = sectorTable(content, tinySet())

  it('has the documented columns, in their stable order', () => {
    expect(table[0]).toEqual(SECTOR_COLUMNS.map((c) => c.header))
    expect(SECTOR_COLUMNS.map((c) => c.id)).toEqual([
      'school_code', 'school_name', 'school_year', 'criteria_set', 'group', 'criterion', 'item', 'content', 'kind', 'max_points', 'result', 'points', 'note', 'evidence',
    ])
  })

  it('has one line per row of the set, answered or not, then one per group', () => {
    expect(table.slice(1).map((l) => l[6] || `total ${String(l[4])}`)).toEqual(['A1', 'A2.1', 'A2.2', 'B1', 'B2.1', 'B2.2', 'total A', 'total B'])
  })

  it.each<{ item: string; result: string | number; points: number; note: string; evidence: string }>([
    { item: 'A1', result: 'Đạt', points: 0, note: 'Kế hoạch số 5', evidence: 'MC1.2.01' },
    { item: 'A2.1', result: 40, points: 40, note: '', evidence: 'MC1.2.01; MC1.2.02' },
    { item: 'A2.2', result: '', points: 0, note: '', evidence: '' },
    { item: 'B1', result: 'Chưa đạt', points: 0, note: '', evidence: '' },
    { item: 'B2.1', result: 'VnEdu; "LMS"', points: 0, note: '', evidence: '' },
  ])('row $item: result $result, points $points', ({ item, result, points, note, evidence }) => {
    const line = table.find((l) => l[6] === item)
    expect(line?.slice(10)).toEqual([result, points, note, evidence])
    expect(line?.slice(0, 4)).toEqual(['TH01', 'Trường Tiểu học Võ Thị Sáu', '2025-2026', 'tiny@1.0.0'])
  })

  it('gives each group its total and level (an unmet condition caps it as the set says)', () => {
    expect(table.filter((l) => l[8] === 'Tổng nhóm').map((l) => [l[4], l[9], l[10], l[11]])).toEqual([
      ['A', 100, 'Mức 1', 40],
      ['B', 100, 'Mức 1', 0],
    ])
  })

  it('survives the trip through CSV, quotes and separators included', () => {
    const back = parseCsv(writeCsv(table))
    expect(back.ok && back.rows).toEqual(table.map((l) => l.map(String)))
  })
})
