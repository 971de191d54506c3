/**
 * What can be wrong with an exchange file (backup, assignment, contribution), in the same shape as
 * criteria-set errors: `code` for the UI to translate, `path` for the place inside the package
 * (`data.json:answers[3].value`, `files/ab12.jpg`, or '' for the file as a whole), `detail` in
 * English for logs and tests, `params` for the values involved. Nothing here throws.
 */
import type { Result } from '../errors'

export const EXCHANGE_ERROR_CODES = [
  // the file as a whole
  'empty-file',
  'unreadable',
  'not-a-zip',
  'truncated',
  'corrupt-zip',
  'too-many-entries',
  // the manifest
  'no-manifest',
  'invalid-manifest',
  'wrong-format',
  'unsupported-version',
  // entries
  'unsafe-path',
  'unexpected-path',
  'too-large',
  'zip-bomb',
  'size-mismatch',
  'hash-mismatch',
  'missing-entry',
  'extra-entry',
  'duplicate-entry',
  // data.json
  'invalid-data',
  'invalid-field',
  'count-mismatch',
  'duplicate-id',
  'dangling-reference',
  'header-mismatch',
  'not-assigned',
  'invalid-criteria-set',
  'unknown-set-version',
  // the package against this device's data
  'wrong-school',
  'wrong-assessment',
  'wrong-set-version',
  'approved-revision',
  'not-for-this-device',
  'id-taken',
  'not-on-team',
  'unresolved-conflict',
  'changed-since-preview',
  'storage-failed',
] as const
export type ExchangeErrorCode = (typeof EXCHANGE_ERROR_CODES)[number]

export type ExchangeErrorParams = Record<string, string | number>

export interface ExchangeError {
  code: ExchangeErrorCode
  path: string
  detail: string
  params: ExchangeErrorParams
}

/** What every exchange-file step returns: the value, or the errors to show (each with a code the UI translates). */
export type ExchangeResult<T> = Result<T, ExchangeError>

/** More errors than this are not useful to a person; the list is cut and says so. */
export const MAX_REPORTED_ERRORS = 50

export function exchangeError(
  code: ExchangeErrorCode,
  path: string,
  detail: string,
  params: ExchangeErrorParams = {},
): ExchangeError {
  return { code, path, detail, params }
}

export function failWith<T = never>(
  code: ExchangeErrorCode,
  path: string,
  detail: string,
  params: ExchangeErrorParams = {},
): ExchangeResult<T> {
  return { ok: false, errors: [exchangeError(code, path, detail, params)] }
}

/** `data.json` + `answers[3].value` → `data.json:answers[3].value`. */
export function entryPath(entry: string, field: string): string {
  return field ? `${entry}:${field}` : entry
}

/** A short printable form of a value read from an untrusted file. */
export function shown(value: unknown): string {
  if (value === undefined) return ''
  let json: string | undefined
  try {
    json = JSON.stringify(value)
  } catch {
    json = undefined
  }
  return (json ?? typeof value).slice(0, 80)
}
