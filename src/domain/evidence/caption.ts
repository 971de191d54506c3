/**
 * Evidence titles a record can print. A phone names a photo after its camera ("IMG_20261117_101500",
 * "Screenshot_20261118-091200"); printed in the evidence list, such a name proves nothing. A new
 * photo is titled from its indicator instead, and titles still named like a file are listed before
 * the record is made.
 */
import type { Evidence } from '../model'

/** Longest caption made from an indicator's text: the printed list stays one or two lines. */
export const CAPTION_TEXT_MAX = 90

const CAMERA_PREFIX =
  /^(img|image|dsc|dscn|dscf|dcim|pxl|mvimg|vid|photo|picture|pic|screenshot|screen shot|scr|snapshot|received|zalo|fb_img|cimg|sam|wp|ảnh chụp màn hình)(?=[\s_.()-]*\d|$)/iu

/**
 * Whether a title is a device's file name rather than words: a camera or screenshot prefix followed
 * by digits, a long run of digits (a date-time stamp), or a random-looking id.
 */
export function looksLikeFileName(title: string): boolean {
  const s = title.trim().replace(/\.(jpe?g|png|heic|webp|gif|pdf)$/i, '')
  if (s === '') return true
  if (CAMERA_PREFIX.test(s)) return true
  if (/\d{8,}/.test(s.replace(/[\s_.-]/g, '')) && !/\p{L}{3,}\s+\p{L}{2,}/u.test(s)) return true
  return /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}/i.test(s)
}

/** "Ảnh minh chứng chỉ số 1.6.1 – Tỷ lệ giáo viên có tài khoản…": the default title of a new photo. */
export function photoCaption(itemId: string, itemText: string): string {
  const words = itemText.trim().replace(/\s+/g, ' ')
  const short = words.length <= CAPTION_TEXT_MAX ? words : `${words.slice(0, CAPTION_TEXT_MAX).replace(/\s+\S*$/, '')}…`
  return short === '' ? `Ảnh minh chứng chỉ số ${itemId}` : `Ảnh minh chứng chỉ số ${itemId} – ${short}`
}

/** Photos and documents still titled like a file (or by their bare code), in the order given. */
export function fileNamedEvidence(list: readonly Evidence[]): Evidence[] {
  return list.filter((e) => (e.kind === 'photo' || e.kind === 'document') && (e.title.trim() === e.code || looksLikeFileName(e.title)))
}
