import type { LocalText } from '../criteria/schema'

/** `k12online.vn/lop` → `https://k12online.vn/lop`; anything with its own scheme is left as typed. */
export function normalizeLink(input: string): string {
  const s = input.trim()
  return /^[a-z][a-z\d+.-]*:/i.test(s) || !/^[^\s/]+\.[^\s/]+/.test(s) ? s : `https://${s}`
}

/** The words of the set's note ("Ghi chú, minh chứng") that ask for external links. */
const EXTERNAL_LINK = 'liên kết ngoài'

/** Rows whose note asks for external links ("Liên kết ngoài") get the link form first. */
export function prefersLink(...notes: (LocalText | undefined)[]): boolean {
  return notes.some((n) => n !== undefined && n.vi.normalize('NFC').toLowerCase().includes(EXTERNAL_LINK))
}
