/**
 * A different picture from the same JPEG: the first value of its first quantisation table is
 * changed, so every pixel decodes a little differently. The app keeps a picture once (by the hash
 * of the stored photo), so tests that need several photos need several pictures.
 */
export function otherPicture(jpeg: Buffer, n: number): Buffer {
  const copy = Buffer.from(jpeg)
  const dqt = copy.indexOf(Buffer.from([0xff, 0xdb]))
  if (dqt < 0) throw new Error('no quantisation table in this JPEG')
  const at = dqt + 5 // marker (2), length (2), precision and table id (1)
  copy[at] = ((copy[at]! + n - 1) % 254) + 1
  return copy
}
