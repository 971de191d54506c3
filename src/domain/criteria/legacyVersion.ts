/**
 * Sets loaded before versions were limited to `SET_VERSION_MAX_LENGTH` may carry a longer one,
 * which no exchange file can name: such a device could not make a backup. The database upgrade that
 * brings these devices up to date gives each such version, once, a short one made by this rule, and
 * rewrites every row that names it (the set, its assessments, a campaign, a received assignment).
 *
 * Decision: shortened, not refused and not kept long. Refusing would hide the school's assessments
 * ("the set is not on this device"); keeping it long would keep backups impossible. The short form
 * keeps the numbers and as much of the tag as fits, and ends in a hash of the whole old version, so
 * two long versions never end up as one and every device makes the same short form: a backup or an
 * assignment made after the upgrade matches on every device. A new set with a longer version is
 * still refused when loaded.
 */
import { SET_VERSION_MAX_LENGTH, SET_VERSION_PATTERN } from './schema'

export function shortenedSetVersion(version: string): string {
  if (version.length <= SET_VERSION_MAX_LENGTH) return version
  const hash = `h${fnv1a32(version)}`
  const m = SET_VERSION_PATTERN.exec(version)
  const core = m ? `${m[1]}.${m[2]}.${m[3]}` : ''
  const room = SET_VERSION_MAX_LENGTH - core.length - 2 - hash.length
  if (!m || room < 0) return `0.0.0-legacy.${hash}`
  const tag = (m[4] ?? '').slice(1, 1 + room).replace(/[.-]+$/, '')
  return `${core}-${tag ? `${tag}.` : ''}${hash}`
}

/** FNV-1a, 32 bits, over UTF-16 code units: eight hex digits. Not for security, only to tell apart. */
function fnv1a32(s: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(16).padStart(8, '0')
}
