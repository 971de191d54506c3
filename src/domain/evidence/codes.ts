/**
 * Evidence codes (mã minh chứng) as schools write them in the record. A set says which form its
 * guidance uses (`evidenceCodes` in the set file):
 * - `MCa.b.nn` (the default): `MC1.3.01` is the first evidence for criterion 1.3;
 * - `MC.a.b.nn`: `MC.1.3.01`, the form of Thông tư 57/2026 (Phụ lục IV);
 * - `[Hn-a.b-nn]`: `[H1-1.3-01]`, box (hộp) n, the form of Công văn 5932/BGDĐT-QLCL (2018 circulars);
 *   the box is the standard's number.
 * Codes are editable by the school, so everything here also copes with codes that do not follow
 * any pattern.
 */
import type { Evidence } from '../model'

/** Longer codes break the evidence-list column of the printed record. */
export const EVIDENCE_CODE_MAX_LENGTH = 40

export type EvidenceCodeProblem = 'empty' | 'too-long' | 'duplicate' | 'bad-characters'

export const EVIDENCE_CODE_FORMATS = ['MCa.b.nn', 'MC.a.b.nn', '[Hn-a.b-nn]'] as const
export type EvidenceCodeFormat = (typeof EVIDENCE_CODE_FORMATS)[number]
export const DEFAULT_EVIDENCE_CODE_FORMAT: EvidenceCodeFormat = 'MCa.b.nn'

/**
 * Letters (Vietnamese ones included), digits, `.`, `-`, `_`, and the square brackets of the
 * `[H1-1.1-01]` form: safe in file names and in the PDF.
 */
const ALLOWED = /^[\p{L}\p{M}\p{Nd}._\-[\]]+$/u
/** `MC` (optionally `MC.`) followed by dot-separated numbers. */
const MC_CODE = /^mc\.?(\d+(?:\.\d+)*)$/i
/** `[Hn-a.b-c]`: box, criterion, sequence. */
const BOX_CODE = /^\[h(\d+)-(\d+(?:\.\d+)*)-(\d+)\]$/i

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The box of a criterion's evidence in the `[Hn-a.b-nn]` form: its standard's number (1 if none). */
function boxOf(criterionId: string): number {
  const n = /^(\d+)/.exec(criterionId)?.[1]
  return n ? Math.max(1, Number(n)) : 1
}

/** A code of `format` for a criterion and a sequence number (two digits at least). */
export function formatEvidenceCode(format: EvidenceCodeFormat, criterionId: string, seq: number): string {
  const nn = String(seq).padStart(2, '0')
  switch (format) {
    case 'MC.a.b.nn':
      return `MC.${criterionId}.${nn}`
    case '[Hn-a.b-nn]':
      return `[H${boxOf(criterionId)}-${criterionId}-${nn}]`
    default:
      return `MC${criterionId}.${nn}`
  }
}

/** The criterion and format a generated-looking code belongs to, or undefined for a hand-made code. */
export function parseEvidenceCode(code: string): { criterionId: string; format: EvidenceCodeFormat } | undefined {
  const c = normalizeEvidenceCode(code)
  const box = BOX_CODE.exec(c)
  if (box?.[2]) return { criterionId: box[2], format: '[Hn-a.b-nn]' }
  const mc = /^mc(\.?)(.+)\.(\d+)$/i.exec(c)
  if (mc?.[2] && ALLOWED.test(mc[2]) && !mc[2].startsWith('.')) return { criterionId: mc[2], format: mc[1] ? 'MC.a.b.nn' : 'MCa.b.nn' }
  return undefined
}

/**
 * The form to store a typed code in: trimmed, and with diacritics composed (NFC) so that codes
 * typed on different keyboards compare, sort and print the same.
 */
export function normalizeEvidenceCode(code: string): string {
  return code.trim().normalize('NFC')
}

/** Case must not make two codes look different either. */
function codeKey(code: string): string {
  return normalizeEvidenceCode(code).toLowerCase()
}

/**
 * The next code for a criterion in the set's format: one more than the highest sequence already
 * used for that criterion in any of the forms (a school that typed some codes by hand in another
 * form does not get the same number twice), so a deleted code is not handed out again while a
 * higher one exists (printed lists stay stable). The sequence has at least two digits:
 * `MC1.3.01` … `MC1.3.99`, `MC1.3.100`.
 */
export function nextEvidenceCode(
  criterionId: string,
  existingCodes: Iterable<string>,
  format: EvidenceCodeFormat = DEFAULT_EVIDENCE_CODE_FORMAT,
): string {
  const id = escapeRegExp(criterionId.toLowerCase())
  // `MC1.30.01` also starts with `mc1.3`, but is not `mc1.3.` followed only by digits.
  const forms = [new RegExp(`^mc\\.?${id}\\.(\\d+)$`), new RegExp(`^\\[h\\d+-${id}-(\\d+)\\]$`)]
  let max = 0
  for (const code of existingCodes) {
    const key = codeKey(code)
    for (const form of forms) {
      const seq = form.exec(key)?.[1]
      if (seq) max = Math.max(max, Number(seq))
    }
  }
  return formatEvidenceCode(format, criterionId, max + 1)
}

/**
 * What is wrong with a code the user typed, or null when it can be saved.
 * `existingCodesOfOthers` must not contain the evidence's own current code. Save the code as
 * `normalizeEvidenceCode` gives it.
 */
export function checkEvidenceCode(
  code: string,
  existingCodesOfOthers: Iterable<string>,
): EvidenceCodeProblem | null {
  const trimmed = normalizeEvidenceCode(code)
  if (trimmed === '') return 'empty'
  if (trimmed.length > EVIDENCE_CODE_MAX_LENGTH) return 'too-long'
  if (!ALLOWED.test(trimmed)) return 'bad-characters'
  const key = codeKey(trimmed)
  for (const other of existingCodesOfOthers) {
    if (codeKey(other) === key) return 'duplicate'
  }
  return null
}

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' })

/** The numbers a code sorts by: criterion parts, then sequence (then box, for `[Hn-…]`). */
function mcNumbers(code: string): number[] | undefined {
  const c = code.trim()
  const m = MC_CODE.exec(c)
  if (m?.[1]) return m[1].split('.').map(Number)
  const box = BOX_CODE.exec(c)
  if (box?.[1] && box[2] && box[3]) return [...box[2].split('.').map(Number), Number(box[3]), Number(box[1])]
  return undefined
}

/**
 * Natural order for the evidence list: `MC1.3.2` < `MC1.3.10` < `MC1.10.1` (numbers compared as
 * numbers, part by part; `MC.1.3.01` and `[H1-1.3-01]` by the same numbers); codes of none of
 * these forms come after, alphabetically.
 */
export function compareEvidenceCodes(a: string, b: string): number {
  const na = mcNumbers(a)
  const nb = mcNumbers(b)
  if (na && !nb) return -1
  if (!na && nb) return 1
  if (na && nb) {
    const n = Math.min(na.length, nb.length)
    for (let i = 0; i < n; i++) {
      const d = (na[i] ?? 0) - (nb[i] ?? 0)
      if (d !== 0) return d
    }
    if (na.length !== nb.length) return na.length - nb.length
  } else {
    const c = collator.compare(a.trim(), b.trim())
    if (c !== 0) return c
  }
  // Equal by the rules above (`MC1.3.1` and `MC1.3.01`, `a` and `A`): still a fixed order.
  return a < b ? -1 : a > b ? 1 : 0
}

/** A sorted copy, in evidence-list order. */
export function sortEvidence<T extends { code: string }>(list: readonly T[]): T[] {
  return [...list].sort((x, y) => compareEvidenceCodes(x.code, y.code))
}

type ItemEvidence = Pick<Evidence, 'code' | 'itemIds'>

/** Item id → the evidence supporting it, each list in code order. Items without evidence are absent. */
export function evidenceByItem<T extends ItemEvidence>(evidence: readonly T[]): Map<string, T[]> {
  const byItem = new Map<string, T[]>()
  for (const e of sortEvidence(evidence)) {
    for (const itemId of new Set(e.itemIds)) {
      const list = byItem.get(itemId)
      if (list) list.push(e)
      else byItem.set(itemId, [e])
    }
  }
  return byItem
}

/** How many pieces of evidence support an item. */
export function evidenceCountFor(itemId: string, evidence: readonly Pick<Evidence, 'itemIds'>[]): number {
  return evidence.filter((e) => e.itemIds.includes(itemId)).length
}
