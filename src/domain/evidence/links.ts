import type { LocalText } from '../criteria/schema'

/** `k12online.vn/lop` → `https://k12online.vn/lop`; anything with its own scheme is left as typed. */
export function normalizeLink(input: string): string {
  const s = input.trim()
  return /^[a-z][a-z\d+.-]*:/i.test(s) || !/^[^\s/]+\.[^\s/]+/.test(s) ? s : `https://${s}`
}

/**
 * Whether a stored link is one the app would have stored: an absolute http or https address in the
 * form a browser's URL parser writes it (`new URL(...).href`), which begins with the scheme itself.
 * Browsers parse leniently — they drop leading control characters and spaces and remove tabs and
 * newlines anywhere, so `\u0001javascript:` or `java\tscript:` run script — so any control
 * character, space or backslash refuses the link, and the scheme must be the first thing in it.
 * (The domain has no `URL`; the screens judge links with the browser's own parser as well.)
 */
export function isWebLink(s: string): boolean {
  return /^https?:\/\/[^\s\\/?#]/i.test(s) && !/[\u0000-\u0020\u007f-\u009f\\]/.test(s)
}

/** The words of the set's note ("Ghi chú, minh chứng") that ask for external links. */
const EXTERNAL_LINK = 'liên kết ngoài'

/** Rows whose note asks for external links ("Liên kết ngoài") get the link form first. */
export function prefersLink(...notes: (LocalText | undefined)[]): boolean {
  return notes.some((n) => n !== undefined && n.vi.normalize('NFC').toLowerCase().includes(EXTERNAL_LINK))
}
