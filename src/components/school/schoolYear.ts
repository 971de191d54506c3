import type { IsoDate } from '@/domain'

/** `YYYY-MM-DD` of a day in local time (what a person means by "today"). */
export function isoDay(day: Date): IsoDate {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${day.getFullYear()}-${p(day.getMonth() + 1)}-${p(day.getDate())}`
}

/**
 * A `YYYY-MM-DD` date as local midnight, so formatting never shifts it by a time zone;
 * null for anything that is not such a date (stored data may come from a file).
 */
export function localDay(iso: IsoDate): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) return null
  const day = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  return day.getDate() === Number(m[3]) ? day : null
}

/** An ISO date-time as a Date; null when it is not one. */
export function instant(iso: string): Date | null {
  const t = new Date(iso)
  return Number.isNaN(t.getTime()) ? null : t
}
