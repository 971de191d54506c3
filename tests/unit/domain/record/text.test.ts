import { describe, expect, it } from 'vitest'
import { compareCodes, placeDateLine } from '@/domain/record'
import { levelLabel } from '@/domain/record/text'

describe('compareCodes (natural order of evidence codes)', () => {
  it.each([
    { a: 'MC1.3.2', b: 'MC1.3.10', expected: -1 },
    { a: 'MC1.3.10', b: 'MC1.3.2', expected: 1 },
    { a: 'MC1.9.1', b: 'MC1.10.1', expected: -1 },
    { a: 'MC1.10.1', b: 'MC2.1.1', expected: -1 },
    { a: 'MC1.3', b: 'MC1.3.1', expected: -1 },
    { a: 'MC1.3.01', b: 'MC1.3.02', expected: -1 },
    // Equal as numbers: the plain string order decides, so the order is total and stable.
    { a: 'MC1.3.01', b: 'MC1.3.1', expected: -1 },
    { a: 'MC1.3.1', b: 'MC1.3.1', expected: 0 },
  ])('$a vs $b', ({ a, b, expected }) => {
    expect(Math.sign(compareCodes(a, b))).toBe(expected)
  })

  it('sorts a shuffled list', () => {
    const codes = ['MC2.1.1', 'MC1.3.10', 'MC1.10.1', 'MC1.3.2', 'MC1.3.1', 'MC1.1.1']
    expect([...codes].sort(compareCodes)).toEqual(['MC1.1.1', 'MC1.3.1', 'MC1.3.2', 'MC1.3.10', 'MC1.10.1', 'MC2.1.1'])
  })
})

describe('placeDateLine (Nghị định 30/2020)', () => {
  it.each([
    { place: 'An Phú', date: '2026-05-12', expected: 'An Phú, ngày 12 tháng 5 năm 2026' },
    { place: 'An Phú', date: '2026-02-05', expected: 'An Phú, ngày 05 tháng 02 năm 2026' },
    { place: 'An Phú', date: '2026-01-10', expected: 'An Phú, ngày 10 tháng 01 năm 2026' },
    { place: 'An Phú', date: '2026-12-09', expected: 'An Phú, ngày 09 tháng 12 năm 2026' },
    { place: 'An Phú', date: '9/3/2026', expected: 'An Phú, ngày 09 tháng 3 năm 2026' },
    { place: 'An Phú', date: '', expected: 'An Phú, ngày … tháng … năm …' },
    { place: 'An Phú', date: '2026-02-30', expected: 'An Phú, 2026-02-30' },
    { place: '', date: '2026-05-12', expected: 'Ngày 12 tháng 5 năm 2026' },
    { place: 'An Phú'.normalize('NFD'), date: '2026-05-12', expected: 'An Phú, ngày 12 tháng 5 năm 2026' },
  ])('"$place", "$date" → "$expected"', ({ place, date, expected }) => {
    expect(placeDateLine(place, date)).toBe(expected)
  })
})

describe('levelLabel (administrative style)', () => {
  it.each([
    ['Mức 2 — Đáp ứng cơ bản', 'Mức 2 (Đáp ứng cơ bản)'],
    ['Mức 1 – Chưa đáp ứng', 'Mức 1 (Chưa đáp ứng)'],
    ['Mức 1: dưới 4 điểm', 'Mức 1: dưới 4 điểm'],
  ])('"%s" → "%s"', (label, expected) => expect(levelLabel(label)).toBe(expected))
})
