import { describe, expect, it } from 'vitest'
import { instant, isoDay, localDay, schoolYearChoices, schoolYearOf } from '@/components/school/schoolYear'

describe('school years', () => {
  it.each([
    [new Date(2026, 10, 24), '2026-2027'],
    [new Date(2026, 8, 1), '2026-2027'],
    [new Date(2026, 7, 31), '2025-2026'],
    [new Date(2027, 0, 1), '2026-2027'],
    [new Date(2026, 4, 31), '2025-2026'],
  ])('%s falls in %s (September to August)', (day, year) => {
    expect(schoolYearOf(day)).toBe(year)
  })

  it('offers the previous, the current and the next school year', () => {
    expect(schoolYearChoices(new Date(2026, 10, 24))).toEqual(['2025-2026', '2026-2027', '2027-2028'])
  })

  it('reads and writes a calendar day in local time', () => {
    expect(isoDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
    const d = localDay('2026-05-20')
    expect([d?.getFullYear(), d?.getMonth(), d?.getDate(), d?.getHours()]).toEqual([2026, 4, 20, 0])
  })

  it('gives null for what is not a date, so a stray value never breaks a screen', () => {
    expect(localDay('20/05/2026')).toBeNull()
    expect(localDay('2026-02-30')).toBeNull()
    expect(instant('x')).toBeNull()
    expect(instant('2026-05-20T03:00:00.000Z')?.toISOString()).toBe('2026-05-20T03:00:00.000Z')
  })
})
