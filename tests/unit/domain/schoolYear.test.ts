import { describe, expect, it } from 'vitest'
import { schoolYearChoices, schoolYearOf } from '@/domain'

describe('school years run from September to August', () => {
  it.each([
    ['2026-11-24', '2026-2027'],
    ['2026-09-01', '2026-2027'],
    ['2026-08-31', '2025-2026'],
    ['2027-01-01', '2026-2027'],
    ['2026-05-31', '2025-2026'],
  ])('%s falls in %s', (day, year) => {
    expect(schoolYearOf(day)).toBe(year)
  })

  it('offers the previous, the current and the next school year', () => {
    expect(schoolYearChoices('2026-11-24')).toEqual(['2025-2026', '2026-2027', '2027-2028'])
  })
})
