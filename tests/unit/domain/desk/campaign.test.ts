import { describe, expect, it } from 'vitest'
import { checkCampaign, deadlineState, defaultDeadline, isLate, isSchoolYear, localDateOf } from '@/domain'

describe('campaign', () => {
  it.each<[string, boolean]>([
    ['2025-2026', true],
    ['2025-2027', false],
    ['2025–2026', false],
    ['25-26', false],
    ['', false],
  ])('school year "%s" → %s', (year, ok) => {
    expect(isSchoolYear(year)).toBe(ok)
  })

  it('the default deadline is the decision’s: 31 May of the school year’s second year', () => {
    expect(defaultDeadline('2025-2026')).toBe('2026-05-31')
    expect(defaultDeadline('nonsense')).toBe('')
  })

  it.each<{ why: string; given: Parameters<typeof checkCampaign>[0]; problems: string[] }>([
    { why: 'complete', given: { schoolYear: '2025-2026', deadline: '2026-05-31', setId: 'qd-4725', version: '1.0.0' }, problems: [] },
    { why: 'a year that is not a school year', given: { schoolYear: '2026', deadline: '2026-05-31', setId: 'qd-4725', version: '1.0.0' }, problems: ['school-year'] },
    { why: 'a deadline not on the calendar', given: { schoolYear: '2025-2026', deadline: '2026-02-30', setId: 'qd-4725', version: '1.0.0' }, problems: ['deadline'] },
    { why: 'no set chosen', given: { schoolYear: '2025-2026', deadline: '2026-05-31', setId: '', version: '' }, problems: ['set'] },
  ])('checks a campaign: $why', ({ given, problems }) => {
    expect(checkCampaign(given)).toEqual(problems)
  })

  it.each<{ today: string; daysLeft: number; overdue: boolean }>([
    { today: '2026-05-01', daysLeft: 30, overdue: false },
    { today: '2026-05-31', daysLeft: 0, overdue: false },
    { today: '2026-06-01', daysLeft: -1, overdue: true },
  ])('on $today the deadline is $daysLeft days away (overdue: $overdue)', ({ today, daysLeft, overdue }) => {
    expect(deadlineState('2026-05-31', today)).toEqual({ daysLeft, overdue })
  })

  it('a deadline that is not a date has no state', () => {
    expect(deadlineState('', '2026-05-31')).toBeNull()
  })

  it.each<{ at: string; day: string; late: boolean }>([
    { at: '2026-05-31T16:59:59.000Z', day: '2026-05-31', late: false },
    { at: '2026-05-31T17:00:00.000Z', day: '2026-06-01', late: true },
    { at: '2026-05-30T20:00:00.000Z', day: '2026-05-31', late: false },
  ])('submitted at $at is $day in Việt Nam, late: $late', ({ at, day, late }) => {
    expect(localDateOf(at, 420)).toBe(day)
    expect(isLate(at, '2026-05-31', 420)).toBe(late)
  })
})
