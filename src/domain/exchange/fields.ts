/**
 * Field schemas shared by the manifest and `data.json`. Text is taken as it is (markup included:
 * the app renders it as text, never as HTML); only its length is bounded. Dates are checked
 * against the calendar, numbers for being finite and in range.
 */
import * as v from 'valibot'
import type { BaseIssue, BaseSchema } from 'valibot'
import { ID_PATTERN } from './paths'
import { SET_ID_PATTERN, SET_VERSION_MAX_LENGTH, SET_VERSION_PATTERN } from '../criteria/schema'

export const idSchema = v.pipe(v.string(), v.regex(ID_PATTERN, 'not a valid id'))
/** Item ids as criteria sets write them (`1.3.1`, `2.4(a)`). */
export const itemIdSchema = v.pipe(v.string(), v.regex(/^[0-9A-Za-z][0-9A-Za-z.()_-]{0,31}$/, 'not a valid item id'))
export const setIdSchema = v.pipe(v.string(), v.regex(SET_ID_PATTERN, 'not a valid criteria-set id'))
export const setVersionSchema = v.pipe(
  v.string(),
  v.maxLength(SET_VERSION_MAX_LENGTH, `longer than ${SET_VERSION_MAX_LENGTH} characters`),
  v.regex(SET_VERSION_PATTERN, 'not a valid version'),
)

export const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `longer than ${max} characters`))
export const nonEmptyText = (max: number) =>
  v.pipe(v.string(), v.minLength(1, 'empty'), v.maxLength(max, `longer than ${max} characters`))

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()

/** Years a school record can plausibly carry. */
const MIN_YEAR = 1900
const MAX_YEAR = 2200

function validDate(y: number, m: number, d: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

/** `2025-09-05`, a real calendar day. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  return !!m && validDate(Number(m[1]), Number(m[2]), Number(m[3]))
}

/** `2025-09-05T07:30:00.000Z` (or with an offset), a real moment. */
export function isIsoDateTime(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/.exec(s)
  if (!m || !validDate(Number(m[1]), Number(m[2]), Number(m[3]))) return false
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) return false
  if (m[8] !== undefined && (Number(m[8]) > 14 || Number(m[9]) > 59)) return false
  return Number.isFinite(Date.parse(s))
}

export const isoDateSchema = v.pipe(v.string(), v.check(isIsoDate, 'not a valid date (YYYY-MM-DD)'))
export const isoDateTimeSchema = v.pipe(v.string(), v.check(isIsoDateTime, 'not a valid date and time'))
/** A date or '' (not known). */
export const optionalIsoDateSchema = v.pipe(v.string(), v.check((s) => s === '' || isIsoDate(s), 'not a valid date'))

export const boundedNumber = (min: number, max: number) =>
  v.pipe(v.number('not a number'), v.finite('not a finite number'), v.minValue(min), v.maxValue(max))
export const boundedInteger = (min: number, max: number) =>
  v.pipe(v.number('not a number'), v.integer('not a whole number'), v.minValue(min), v.maxValue(max))

export const sha256Schema = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'not a SHA-256 in lowercase hex'))

/** An array with at most `max` elements (checked before the elements, so a huge list fails fast). */
export function boundedArray<T extends BaseSchema<unknown, unknown, BaseIssue<unknown>>>(item: T, max: number) {
  return v.pipe(
    v.array(v.unknown()),
    v.maxLength(max, `more than ${max} elements`),
    v.array(item),
  )
}
