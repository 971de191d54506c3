/**
 * The yearly date by which a school's self-assessment must be in the sector database (CSDL ngành).
 * The default is 31 May of the school year's second calendar year (school year 2026-2027 → 2027-05-31);
 * a different month and day can be passed when the Sở/Phòng sets another one.
 */
export interface Deadline {
  /** ISO date, yyyy-mm-dd. */
  date: string
  /** Whole days from `today` to the deadline: 0 on the day, negative once past. */
  daysLeft: number
}

export const DEFAULT_DEADLINE = { month: 5, day: 31 } as const

/** Null when `schoolYear` is not of the form "2026-2027" or the month/day does not exist. */
export function deadlineFor(
  schoolYear: string,
  today: string,
  monthDay: { month: number; day: number } = DEFAULT_DEADLINE,
): Deadline | null {
  const m = /^(\d{4})-(\d{4})$/.exec(schoolYear)
  const t = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today)
  if (!m || !t || Number(m[2]) !== Number(m[1]) + 1) return null
  const year = Number(m[2])
  const end = Date.UTC(year, monthDay.month - 1, monthDay.day)
  const check = new Date(end)
  if (check.getUTCMonth() !== monthDay.month - 1 || check.getUTCDate() !== monthDay.day) return null
  const start = Date.UTC(Number(t[1]), Number(t[2]) - 1, Number(t[3]))
  const pad = (n: number) => String(n).padStart(2, '0')
  return { date: `${year}-${pad(monthDay.month)}-${pad(monthDay.day)}`, daysLeft: Math.round((end - start) / 86_400_000) }
}
