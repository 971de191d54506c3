/**
 * Evidence codes (mã minh chứng) as schools write them in the record: `MC1.3.01` is the first
 * evidence for criterion 1.3. Codes are editable by the school, so everything here also copes
 * with codes that do not follow the pattern.
 */
import type { Evidence } from '../model'

/** Longer codes break the evidence-list column of the printed record. */
export const EVIDENCE_CODE_MAX_LENGTH = 40

export type EvidenceCodeProblem = 'empty' | 'too-long' | 'duplicate' | 'bad-characters'

const PREFIX = 'MC'
/** Letters (Vietnamese ones included), digits, `.`, `-`, `_`: safe in file names and in the PDF. */
const ALLOWED = /^[\p{L}\p{M}\p{Nd}._-]+$/u
/** `MC` followed by dot-separated numbers: the codes that sort by their numbers. */
const MC_CODE = /^mc(\d+(?:\.\d+)*)$/i

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
 * The next code for a criterion: one more than the highest sequence already used for it, so a
 * deleted code is not handed out again while a higher one exists (printed lists stay stable).
 * The sequence has at least two digits: `MC1.3.01` … `MC1.3.99`, `MC1.3.100`.
 */
export function nextEvidenceCode(criterionId: string, existingCodes: Iterable<string>): string {
  const prefix = codeKey(`${PREFIX}${criterionId}.`)
  let max = 0
  for (const code of existingCodes) {
    const key = codeKey(code)
    if (!key.startsWith(prefix)) continue
    const seq = key.slice(prefix.length)
    // `MC1.30.01` also starts with `mc1.3`, but not with `mc1.3.` followed only by digits.
    if (/^\d+$/.test(seq)) max = Math.max(max, Number(seq))
  }
  return `${PREFIX}${criterionId}.${String(max + 1).padStart(2, '0')}`
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

function mcNumbers(code: string): number[] | undefined {
  const m = MC_CODE.exec(code.trim())
  return m?.[1] ? m[1].split('.').map(Number) : undefined
}

/**
 * Natural order for the evidence list: `MC1.3.2` < `MC1.3.10` < `MC1.10.1` (numbers compared as
 * numbers, part by part); codes not of the `MC…` form come after, alphabetically.
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
