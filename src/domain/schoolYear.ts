import type { IsoDate } from './model'

/**
 * The school year a day falls in: a school year runs from September to August
 * (`2026-11-24` → `2026-2027`, `2026-08-31` → `2025-2026`). `today` is the local calendar day.
 */
export function schoolYearOf(today: IsoDate): string {
  const year = Number(today.slice(0, 4))
  const start = Number(today.slice(5, 7)) >= 9 ? year : year - 1
  return `${start}-${start + 1}`
}

/** The previous, the current and the next school year, in that order. */
export function schoolYearChoices(today: IsoDate): string[] {
  const start = Number(schoolYearOf(today).slice(0, 4))
  return [start - 1, start, start + 1].map((y) => `${y}-${y + 1}`)
}
