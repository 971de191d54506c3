/**
 * Turns exchange-file errors (`code`, `params`, `path`) into sentences a principal can read, in the
 * UI language: one vocabulary (`exchange.errors.*`) for every kind of exchange file and every screen.
 * Values quoted from the file are shortened and always rendered as text by the caller.
 */
import { isStorageErrorCode, type ExchangeError, type ExchangeErrorCode } from '@/domain'

export type Translate = (key: string, named?: Record<string, unknown>) => string

/**
 * Where the refused file came from, which decides the advice for a damaged file: `own` — a file the
 * user saved (a backup): get the original again; `received` — sent by someone else: ask them to
 * make it again.
 */
export type FileSource = 'own' | 'received'

export interface ExchangeErrorLine {
  /** What is wrong and what to do, in words. */
  text: string
  /** The place inside the file (`data.json:answers[3].value`), for whoever looks into it; may be empty. */
  path: string
}

const FORMATS = ['chiso.backup', 'chiso.assignment', 'chiso.contribution', 'chiso.submission', 'chiso.decision'] as const
/** Fields of a row named in the user's words (`exchange.fields.*`); others are shown as they are. */
const FIELDS: ReadonlySet<string> = new Set(['note', 'value', 'url', 'title', 'version', 'name'])
const MAX_QUOTE = 60

/** Codes that mean the file itself is damaged or altered: the cure is a good copy of it. */
const DAMAGED: ReadonlySet<ExchangeErrorCode> = new Set<ExchangeErrorCode>([
  'empty-file',
  'truncated',
  'corrupt-zip',
  'invalid-manifest',
  'unsafe-path',
  'unexpected-path',
  'size-mismatch',
  'hash-mismatch',
  'missing-entry',
  'extra-entry',
  'duplicate-entry',
  'invalid-data',
  'invalid-field',
  'count-mismatch',
  'duplicate-id',
  'dangling-reference',
  'header-mismatch',
  'invalid-criteria-set',
])

function quote(value: string | number | undefined): string {
  const s = String(value ?? '')
  return s.length > MAX_QUOTE ? `${s.slice(0, MAX_QUOTE - 1)}…` : s
}

/** `chiso.assignment` → "an assignment file"; anything else → "another kind of file". */
function formatName(value: string | number | undefined, t: Translate): string {
  const first = String(value ?? '').split(',')[0]?.trim() ?? ''
  return t(`exchange.formats.${(FORMATS as readonly string[]).includes(first) ? first.replace('chiso.', '') : 'other'}`)
}

/** The message key for an error: `exchange.errors.<code>`, with a few codes split by their params. */
export function messageKey(e: ExchangeError): string {
  if (e.code === 'unsupported-version' && e.params.newer === 0) return 'exchange.errors.unsupported-version-old'
  return `exchange.errors.${e.code}`
}

export function describeExchangeError(e: ExchangeError, t: Translate, source?: FileSource): ExchangeErrorLine {
  const named: Record<string, string | number> = {
    ...e.params,
    set: quote(e.params.set),
    found: quote(e.params.found),
    expected: quote(e.params.expected),
  }
  if (e.code === 'wrong-format') {
    named.found = formatName(e.params.found, t)
    named.expected = formatName(e.params.expected, t)
  }
  let text = t(messageKey(e), named)
  if (source && DAMAGED.has(e.code)) text = `${text} ${t(`exchange.advice.${source}`)}`
  const field = typeof e.params.field === 'string' && FIELDS.has(e.params.field) ? t(`exchange.fields.${e.params.field}`) : quote(e.params.field)
  if (typeof e.params.itemId === 'string' && e.params.itemId) text = `${text} ${t('exchange.where.indicator', { itemId: quote(e.params.itemId), field })}`
  else if (typeof e.params.evidenceCode === 'string' && e.params.evidenceCode) text = `${text} ${t('exchange.where.evidence', { code: quote(e.params.evidenceCode), field })}`
  const reason = e.params.reason
  if (e.code === 'storage-failed' && isStorageErrorCode(reason)) text = `${text} ${t(`common.storageError.${reason}`)}`
  return { text, path: e.path }
}
