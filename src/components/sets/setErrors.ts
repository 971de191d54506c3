/**
 * Turns the parser's errors (`code`, `params`, `path`) into sentences a principal can read, in the
 * UI language. Values quoted from the file are shortened and always rendered as text by the caller.
 */
import type { CriteriaSetError } from '@/domain'
import { formatBytes, formatNumber } from '@/components/ui/format'

export type Translate = (key: string, named: Record<string, unknown>) => string

export interface SetErrorLine {
  /** What is wrong, in words. */
  text: string
  /** Where, in words (`Nhóm 2 › Tiêu chí 1 › Dòng 3`); empty for the whole file. */
  where: string
  /** Where, exactly as in the file (`groups[1].criteria[0].items[2].max`), for whoever edits it. */
  path: string
}

const PLACES: Record<string, string> = {
  groups: 'group',
  criteria: 'criterion',
  items: 'item',
  bands: 'band',
  sources: 'source',
  schoolKinds: 'schoolKind',
}
const INDEXED = /^(\w+)\[(\d+)\]$/
const MAX_QUOTE = 60

/** `groups[1].criteria[0].max` → places `Nhóm 2 › Tiêu chí 1`, field `max`. */
export function describePath(path: string, t: Translate): { where: string; field: string } {
  const tokens = path ? path.split('.') : []
  let lastPlace = -1
  const places: string[] = []
  tokens.forEach((token, i) => {
    const m = INDEXED.exec(token)
    const place = m?.[1] ? PLACES[m[1]] : undefined
    if (m && place) {
      places.push(t(`sets.where.${place}`, { n: Number(m[2]) + 1 }))
      lastPlace = i
    }
  })
  const field = tokens.slice(lastPlace + 1).join('.') || (tokens.at(-1) ?? '')
  return { where: places.join(' › '), field }
}

/** A value quoted from the file, cut to a readable length. */
function quote(value: string | number | undefined): string {
  const s = String(value ?? '')
  return s.length > MAX_QUOTE ? `${s.slice(0, MAX_QUOTE - 1)}…` : s
}

function messageKey(e: CriteriaSetError): string {
  const expected = String(e.params.expected ?? '')
  switch (e.code) {
    case 'wrong-type':
      return expected === 'number' ? 'wrong-type-number' : expected === 'boolean' ? 'wrong-type-boolean' : e.code
    case 'band-coverage':
      return e.path.endsWith('.min') ? 'band-coverage-start' : 'band-coverage-end'
    case 'invalid-value':
      if (e.path === 'version') return 'invalid-version'
      if (e.path === 'legalBasis.date') return 'invalid-date'
      if (e.cell && !e.path) return 'invalid-value'
      return expected === '' || expected.startsWith('/') ? 'invalid-value-plain' : 'invalid-value'
    case 'level-unknown':
      return e.cell ? 'level-unknown-workbook' : e.code
    default:
      return e.code
  }
}

/** `Trang ‘Chỉ số’, ô D12` for a value read from a spreadsheet. */
function describeCell(cell: NonNullable<CriteriaSetError['cell']>, t: Translate): string {
  return cell.cell ? t('sets.where.cell', { sheet: cell.sheet, cell: cell.cell }) : t('sets.where.sheet', { sheet: cell.sheet })
}

export function describeSetError(e: CriteriaSetError, t: Translate, locale: string): SetErrorLine {
  const place = describePath(e.path, t)
  // A spreadsheet's error names its sheet and cell, and the column header instead of the file's field.
  const where = e.cell ? describeCell(e.cell, t) : place.where
  const field = e.cell?.column || place.field
  const named: Record<string, unknown> = { field }
  for (const [k, v] of Object.entries(e.params)) named[k] = typeof v === 'number' ? formatNumber(v, locale) : quote(v)
  if (e.code === 'too-large') {
    named.size = formatBytes(Number(e.params.size), locale)
    named.limit = formatBytes(Number(e.params.limit), locale)
  }
  // A file that does not say its format (version) at all: say so, not an empty quote.
  if ((e.code === 'wrong-format' || e.code === 'unsupported-format-version') && !e.params.found) named.found = t('sets.errors.nothing', {})
  if (e.code === 'duplicate-id') named.first = describePath(String(e.params.first ?? ''), t).where || quote(e.params.first)
  if (e.code === 'not-a-workbook') named.detail = quote(e.params.detail)
  return { text: t(`sets.errors.${messageKey(e)}`, named), where, path: e.path }
}
