import type { LocalText } from '@/domain'

const EXTERNAL_LINK = 'liên kết ngoài'

/** Rows whose note (the set's "Ghi chú, minh chứng") asks for external links get the link form first. */
export function prefersLink(...notes: (LocalText | undefined)[]): boolean {
  return notes.some((n) => n !== undefined && n.vi.normalize('NFC').toLowerCase().includes(EXTERNAL_LINK))
}
