/**
 * Turns exchange-file errors (`code`, `params`, `path`) into sentences a principal can read, in the
 * UI language. Values quoted from the file are shortened and always rendered as text by the caller.
 */
import { isStorageErrorCode, type ExchangeError } from '@/domain'

export type Translate = (key: string, named?: Record<string, unknown>) => string

export interface ExchangeErrorLine {
  /** What is wrong and what to do, in words. */
  text: string
  /** The place inside the file (`data.json:answers[3].value`), for whoever looks into it; may be empty. */
  path: string
}

const FORMATS = ['chiso.backup', 'chiso.assignment', 'chiso.contribution'] as const
const MAX_QUOTE = 60

function quote(value: string | number | undefined): string {
  const s = String(value ?? '')
  return s.length > MAX_QUOTE ? `${s.slice(0, MAX_QUOTE - 1)}…` : s
}

/** `chiso.assignment` → "an assignment file"; anything else → "another kind of file". */
function formatName(value: string | number | undefined, t: Translate): string {
  const first = String(value ?? '').split(',')[0]?.trim() ?? ''
  return t(`backup.formats.${(FORMATS as readonly string[]).includes(first) ? first.replace('chiso.', '') : 'other'}`)
}

/** The message key for an error: `backup.errors.<code>`, with a few codes split by their params. */
export function messageKey(e: ExchangeError): string {
  if (e.code === 'unsupported-version' && e.params.newer === 0) return 'backup.errors.unsupported-version-old'
  return `backup.errors.${e.code}`
}

export function describeExchangeError(e: ExchangeError, t: Translate): ExchangeErrorLine {
  const named: Record<string, string> = {
    set: quote(e.params.set),
    found: quote(e.params.found),
    expected: quote(e.params.expected),
  }
  if (e.code === 'wrong-format') {
    named.found = formatName(e.params.found, t)
    named.expected = formatName(e.params.expected, t)
  }
  let text = t(messageKey(e), named)
  const reason = e.params.reason
  if (e.code === 'storage-failed' && isStorageErrorCode(reason)) text = `${text} ${t(`common.storageError.${reason}`)}`
  return { text, path: e.path }
}
