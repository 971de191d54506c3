/**
 * Small text helpers for the record: normalisation, Vietnamese date and number forms, natural
 * ordering of evidence codes. Pure functions; no clock, no locale lookups.
 */

/** C0/C1 control characters other than tab and newline: they print as boxes or nothing at all. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g

/**
 * Text as the record prints it: NFC (decomposed input from some keyboards and files becomes the
 * precomposed letters the fonts shape reliably), Windows line ends unified, control characters removed.
 * Markup stays literal text: nothing here or in the renderer interprets it.
 */
export function cleanText(s: string): string {
  return s.normalize('NFC').replace(/\r\n?/g, '\n').replace(CONTROL, '')
}

/** The non-empty lines of a multi-line field, trimmed. */
export function lines(s: string): string[] {
  return cleanText(s)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
}

/** Removes combining marks (the tones and vowel marks); Đ/đ is a letter of its own and stays. */
export function stripMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC')
}

/** Upper case as Vietnamese documents print names: "Trường Tiểu học Văn Tràng" → "TRƯỜNG TIỂU HỌC VĂN TRÀNG". */
export function upper(s: string): string {
  return cleanText(s).toLocaleUpperCase('vi')
}

/** First letter upper case, the rest as written. */
export function capitalize(s: string): string {
  const [first, ...rest] = [...s]
  return first === undefined ? '' : first.toLocaleUpperCase('vi') + rest.join('')
}

/** Points as Vietnamese writes them: 7,5 rather than 7.5. */
export function formatPoints(n: number): string {
  const rounded = Math.round(n * 100) / 100
  return String(rounded).replace('.', ',')
}

export interface DateParts {
  year: number
  month: number
  day: number
}

/** Reads `2026-05-12` (ISO) or `12/5/2026` (as typed on a phone); null for anything else. */
export function parseDate(s: string): DateParts | null {
  const t = s.trim()
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t)
  const parts = m
    ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
    : (m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t))
      ? { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) }
      : null
  if (!parts) return null
  const check = new Date(Date.UTC(parts.year, parts.month - 1, parts.day))
  return check.getUTCFullYear() === parts.year &&
    check.getUTCMonth() === parts.month - 1 &&
    check.getUTCDate() === parts.day
    ? parts
    : null
}

const pad2 = (n: number) => String(n).padStart(2, '0')

export function toIsoDate(p: DateParts): string {
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}`
}

/** Adds days to an ISO date (calendar arithmetic in UTC, so no time zone can shift it). */
export function addDays(iso: string, days: number): string {
  const p = parseDate(iso)
  if (!p) return iso
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days))
  return toIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() })
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  const p = parseDate(iso)
  return p ? new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay() : 1
}

/** The same day, or the Friday before when it falls on a weekend. */
export function workdayOnOrBefore(iso: string): string {
  const wd = weekday(iso)
  return wd === 0 ? addDays(iso, -2) : wd === 6 ? addDays(iso, -1) : iso
}

/** Vietnam has one time zone, UTC+7, and no daylight saving: the day an instant fell on there. */
export function vietnamDate(isoDateTime: string): string {
  const t = Date.parse(isoDateTime)
  if (Number.isNaN(t)) return isoDateTime.slice(0, 10)
  return new Date(t + 7 * 3600_000).toISOString().slice(0, 10)
}

export const minDate = (a: string, b: string) => (a <= b ? a : b)
export const maxDate = (a: string, b: string) => (a >= b ? a : b)

/**
 * Nghị định 30/2020: a day below 10 and the months 1 and 2 take a leading zero
 * ("ngày 05 tháng 02 năm 2026", "ngày 12 tháng 5 năm 2026").
 */
function decreeDay(p: DateParts) {
  return { day: p.day < 10 ? pad2(p.day) : String(p.day), month: p.month < 3 ? pad2(p.month) : String(p.month) }
}

/** What a date nobody entered prints: a line the clerk fills by hand, never a date the app made up. */
export const BLANK_LONG_DATE = 'ngày … tháng … năm …'

/** "ngày 12 tháng 5 năm 2026"; blanks to fill by hand when the date is not known. */
export function longDate(s: string): string {
  const p = parseDate(s)
  if (!p) return s.trim() === '' ? BLANK_LONG_DATE : cleanText(s.trim())
  const { day, month } = decreeDay(p)
  return `ngày ${day} tháng ${month} năm ${p.year}`
}

/** "An Phú, ngày 12 tháng 5 năm 2026": the place and date line under the national motto. */
export function placeDateLine(place: string, date: string): string {
  const where = cleanText(place.trim())
  return where === '' ? capitalize(longDate(date)) : `${where}, ${longDate(date)}`
}

/** "12/5/2026" in running text; the text as typed when it is not a date. */
export function shortDate(s: string): string {
  const p = parseDate(s)
  if (!p) return s.trim() === '' ? '…/…/…' : cleanText(s.trim())
  const { day, month } = decreeDay(p)
  return `${day}/${month}/${p.year}`
}

/**
 * A level's name in administrative style: "Mức 2 — Đáp ứng cơ bản" → "Mức 2 (Đáp ứng cơ bản)".
 * Other forms ("Mức 1: dưới 4 điểm") are kept as the set writes them.
 */
export function levelLabel(label: string): string {
  const m = /^(Mức\s+\d+)\s+[—–-]\s+(.+)$/u.exec(cleanText(label).trim())
  return m ? `${m[1]} (${m[2]})` : cleanText(label).trim()
}

/** Reads "14:00" or "7:30" (a phone's time input, or typed); null for anything else. */
export function parseTime(s: string): { hour: number; minute: number } | null {
  const m = /^(\d{1,2})[:hg.](\d{2})$/iu.exec(s.trim())
  if (!m) return null
  const hour = Number(m[1])
  const minute = Number(m[2])
  return hour < 24 && minute < 60 ? { hour, minute } : null
}

/** "14 giờ 00 phút" as a biên bản writes the hour; "… giờ … phút" to fill by hand when not known. */
export function hourText(s: string): string {
  const t = parseTime(s)
  return t ? `${pad2(t.hour)} giờ ${pad2(t.minute)} phút` : '… giờ … phút'
}

/**
 * Natural order for codes: digit runs compare as numbers, so MC1.3.2 comes before MC1.3.10.
 * Equal by that rule (MC1.3.01 and MC1.3.1), the plain string order decides.
 */
export function compareNatural(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? []
  const pb = b.match(/\d+|\D+/g) ?? []
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] as string
    const y = pb[i] as string
    const nx = /^\d/.test(x)
    const ny = /^\d/.test(y)
    if (nx && ny) {
      const d = Number(x) - Number(y)
      if (d !== 0) return d
    } else if (x !== y) {
      const c = x.localeCompare(y, 'vi')
      if (c !== 0) return c
    }
  }
  if (pa.length !== pb.length) return pa.length - pb.length
  return a < b ? -1 : a > b ? 1 : 0
}
