/**
 * Canonical content: one exact text for a piece of data, so the same content gives the same bytes —
 * and so the same SHA-256 — on any device, whatever order its keys were written in, whichever
 * Unicode form a keyboard produced, however a number was typed.
 *
 * The form is RFC 8785 (JSON Canonicalization Scheme) plus Unicode NFC:
 * - object keys sorted by UTF-16 code units; members whose value is `undefined` left out;
 * - strings (keys included) in NFC, escaped as `JSON.stringify` escapes them;
 * - numbers in ECMAScript's shortest round-trip form (`1`, `0.5`, `1e+21`), `-0` as `0`;
 * - no whitespace.
 * SHA-256 itself is a platform call (a service); this module defines what is hashed and how a
 * digest is shown to people.
 */

/** A value that has a canonical form. */
export type CanonicalValue =
  | null
  | boolean
  | number
  | string
  | readonly CanonicalValue[]
  | { readonly [key: string]: CanonicalValue | undefined }

/**
 * The canonical text of `value`. Throws a `TypeError` for what JSON cannot hold (a non-finite
 * number, `undefined` in an array, a function, two keys that are equal once in NFC): content is
 * validated before it is hashed, so this is a programming error, not bad input.
 */
export function canonicalJson(value: CanonicalValue): string {
  return write(value)
}

function write(value: CanonicalValue | undefined): string {
  if (value === null) return 'null'
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false'
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`${String(value)} has no canonical form`)
      return Object.is(value, -0) ? '0' : JSON.stringify(value)
    case 'string':
      return JSON.stringify(value.normalize('NFC'))
    case 'object': {
      if (Array.isArray(value))
        return `[${(value as readonly (CanonicalValue | undefined)[])
          .map((v) => {
            if (v === undefined) throw new TypeError('undefined in an array has no canonical form')
            return write(v)
          })
          .join(',')}]`
      const record = value as { readonly [key: string]: CanonicalValue | undefined }
      const members = new Map<string, CanonicalValue>()
      for (const [k, v] of Object.entries(record)) {
        if (v === undefined) continue
        const key = k.normalize('NFC')
        if (members.has(key)) throw new TypeError(`two keys are "${key}" once in NFC`)
        members.set(key, v)
      }
      const keys = [...members.keys()].sort(compareCodeUnits)
      return `{${keys.map((k) => `${JSON.stringify(k)}:${write(members.get(k) as CanonicalValue)}`).join(',')}}`
    }
    default:
      throw new TypeError(`a ${typeof value} has no canonical form`)
  }
}

/** RFC 8785 orders keys by their UTF-16 code units, not by locale or code points. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Hex digits shown in a fingerprint, in groups of four: 16 digits = 64 bits. */
export const FINGERPRINT_GROUPS = 4

/**
 * The short form of a SHA-256 people read to each other over the phone: the first
 * `FINGERPRINT_GROUPS` groups of four hex digits, upper case, e.g. `7F3A-91C2-5B0E-44D1`.
 * Returns '' for a string that is not a SHA-256 in hex.
 */
export function fingerprint(sha256Hex: string, groups: number = FINGERPRINT_GROUPS): string {
  if (!/^[0-9a-fA-F]{64}$/.test(sha256Hex)) return ''
  const digits = sha256Hex.toUpperCase().slice(0, Math.max(1, Math.min(16, groups)) * 4)
  return digits.match(/.{4}/g)?.join('-') ?? ''
}

/**
 * Whether what someone read out or typed (`7f3a 91c2…`, `7F3A-91C2-5B0E-44D1`) is the start of
 * this digest: spaces, dashes and case do not matter; at least two groups must be given.
 */
export function matchesFingerprint(sha256Hex: string, typed: string): boolean {
  const digits = typed.replace(/[\s-]/g, '').toLowerCase()
  return /^[0-9a-f]{8,64}$/.test(digits) && sha256Hex.toLowerCase().startsWith(digits)
}
