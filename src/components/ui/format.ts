/**
 * Number, size and date formats for the app's two UI languages (Vietnamese uses `12,3` and
 * `30/12/2022`). Pure functions of their inputs, so they are easy to test and reuse.
 */

/** The Intl locale for the app's UI language. */
export const intlTag = (locale: string): string => (locale === 'en' ? 'en' : 'vi-VN')

export function formatNumber(value: number, locale: string, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits }).format(value)
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const

/** A byte count in decimal units, as phones show storage: `12,3 MB`, `1,2 GB`. */
export function formatBytes(bytes: number, locale: string): string {
  let value = Math.max(0, bytes)
  let unit = 0
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000
    unit++
  }
  return `${formatNumber(value, locale, unit === 0 ? 0 : 1)} ${UNITS[unit]}`
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/**
 * A date for people: `30/12/2022` (vi) or `Dec 30, 2022` (en). A date-only value (`2022-12-30`) is
 * a calendar date and is shown as written; a date-time is shown in the device's time zone.
 */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const options: Intl.DateTimeFormatOptions =
    locale === 'en' ? { year: 'numeric', month: 'short', day: 'numeric' } : { year: 'numeric', month: '2-digit', day: '2-digit' }
  if (DATE_ONLY.test(iso)) options.timeZone = 'UTC'
  return new Intl.DateTimeFormat(intlTag(locale), options).format(date)
}
