import type { Band, Item, PointsItem } from '../criteria/schema'

/**
 * A checklist row: a points row whose yes/no answer decides everything — it can only be worth 0 or
 * its maximum (TT 37's "the item is on the portal: 1 point"). It is asked as met / not met, with no
 * number to type, since a number could only repeat the answer.
 */
export function isChecklistItem(item: Item): item is PointsItem {
  return item.kind === 'points' && item.suggest?.from === 'yes-no' && item.step >= item.max
}

/** Whether a set's bands rate anything: one band for every score ("no levels") rates nothing. */
export function hasLevels(bands: readonly Band[] | undefined): boolean {
  return new Set((bands ?? []).map((b) => b.level)).size > 1
}

/**
 * How a level reads among its set's levels: the lowest is `low` (to work on), the highest `high`,
 * any between `mid`; `none` when the bands rate nothing or there is no level yet. A set with five
 * levels (Yếu … Xuất sắc) is coloured by position, not by the numbers 1–3 of 4725.
 */
export type LevelTone = 'none' | 'low' | 'mid' | 'high'

export function levelTone(bands: readonly Band[] | undefined, level: number | null): LevelTone {
  if (level === null || !bands || !hasLevels(bands)) return 'none'
  const levels = bands.map((b) => b.level)
  if (level <= Math.min(...levels)) return 'low'
  if (level >= Math.max(...levels)) return 'high'
  return 'mid'
}

/**
 * What an information row asks the school to declare, from its official wording: "Triển khai hệ
 * thống LMS (cung cấp thông tin: tên giải pháp, tự xây dựng/thuê/mua)" asks for "Tên giải pháp, tự
 * xây dựng/thuê/mua". Null when the wording names nothing; the screen then uses a general label.
 */
export function infoPrompt(text: string): string | null {
  const m = /\((?:cung cấp |khai báo )?thông tin\s*:\s*([^()]+?)\s*\)/iu.exec(text.normalize('NFC'))
  const what = m?.[1]?.trim()
  return what ? what.charAt(0).toLocaleUpperCase('vi') + what.slice(1) : null
}
