/** Sentences for the desk's refusals, in the UI language; values from files are rendered as text by the caller. */
import type { RosterError } from '@/domain'

export type Translate = (key: string, named?: Record<string, unknown>) => string

const MAX_QUOTE = 60
const quote = (v: string | number) => {
  const s = String(v)
  return s.length > MAX_QUOTE ? `${s.slice(0, MAX_QUOTE - 1)}…` : s
}

/** What is wrong with one cell or line of a roster, and what to do. */
export function rosterErrorText(e: RosterError, t: Translate): string {
  const params = Object.fromEntries(Object.entries(e.params).map(([k, v]) => [k, quote(v)]))
  return t(`desk.roster.errors.${e.code}`, params)
}
