import { describe, expect, it } from 'vitest'
import { deadlineFor } from '@/domain'

describe('deadlineFor', () => {
  it.each([
    { year: '2026-2027', today: '2026-12-05', expected: { date: '2027-05-31', daysLeft: 177 } },
    { year: '2026-2027', today: '2027-05-31', expected: { date: '2027-05-31', daysLeft: 0 } },
    { year: '2026-2027', today: '2027-06-02', expected: { date: '2027-05-31', daysLeft: -2 } },
    { year: '2027-2028', today: '2028-02-28', expected: { date: '2028-05-31', daysLeft: 93 } },
  ])('$year on $today: $expected.date, $expected.daysLeft days', ({ year, today, expected }) => {
    expect(deadlineFor(year, today)).toEqual(expected)
  })

  it('takes another month and day when the office sets one', () => {
    expect(deadlineFor('2026-2027', '2027-04-01', { month: 4, day: 30 })).toEqual({ date: '2027-04-30', daysLeft: 29 })
  })

  it.each([
    { year: '2026', today: '2026-12-05', monthDay: undefined },
    { year: '2026-2028', today: '2026-12-05', monthDay: undefined },
    { year: '2026-2027', today: '5/12/2026', monthDay: undefined },
    { year: '2026-2027', today: '2026-12-05', monthDay: { month: 2, day: 30 } },
  ])('says nothing for $year / $today / $monthDay', ({ year, today, monthDay }) => {
    expect(deadlineFor(year, today, monthDay)).toBeNull()
  })
})
