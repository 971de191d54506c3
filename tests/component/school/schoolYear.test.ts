import { describe, expect, it } from 'vitest'
import { instant, isoDay, localDay } from '@/components/school/schoolYear'

describe('calendar days on the screen', () => {
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
