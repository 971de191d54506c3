/**
 * The zip mechanics behind exchange files, on top of fflate's streaming deflate and inflate.
 *
 * Writing streams each entry through `Zip` (deflated, or stored for JPEGs and other compressed
 * content) and folds the output into Blobs as it grows, so the browser can keep a large backup
 * out of the JS heap.
 *
 * Reading does not use fflate's `Unzip`: for entries written with data descriptors (which fflate's
 * own `Zip` always writes) `Unzip` finds the end of an entry by scanning for a 4-byte signature,
 * so a photo that happens to contain those bytes comes back cut short. Instead the central
 * directory (the index at the end of the archive) is read first — names, sizes and offsets of
 * every entry, checked before anything is inflated — and each entry is then inflated on its own
 * from a slice of the file, in small steps, never beyond its declared size.
 */
import { Inflate, Zip, ZipDeflate, ZipPassThrough } from 'fflate'

export type Progress = (done: number, total: number) => void

/** Input is fed to the deflater in pieces of this size; output grows by at most ~1000× of it. */
const STEP = 16 * 1024
/** Slices read from the file at a time. */
const READ_SLICE = 1024 * 1024
/** Output is folded into a Blob every so often so it need not stay in the JS heap. */
const FOLD_BYTES = 8 * 1024 * 1024

/** Lets the page breathe between pieces of long work. */
export const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

export { sha256Hex } from '../hash'

const CRC_TABLE = (() => {
  const t = new Int32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t[n] = c
  }
  return t
})()

/** CRC-32 as zip files use it; call with the previous value to continue. */
export function crc32(bytes: Uint8Array, previous = 0): number {
  let c = ~previous
  for (let i = 0; i < bytes.length; i++) c = (CRC_TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8)
  return ~c >>> 0
}

// ---------------------------------------------------------------------------------------------
// Writing

export interface WriteEntry {
  path: string
  bytes: Uint8Array
  /** Store as is (already compressed content such as JPEG); otherwise deflate. */
  store: boolean
}

/**
 * A zip being written, entry after entry. `add` returns once the entry is in the archive; the
 * caller may drop its bytes then.
 */
export class ZipWriter {
  private readonly zip: Zip
  private parts: BlobPart[] = []
  private pending: Uint8Array[] = []
  private pendingBytes = 0
  private failure: unknown = null
  private done = false

  constructor(private readonly mtime: Date) {
    this.zip = new Zip((err, chunk, final) => {
      if (err) {
        this.failure = err
        return
      }
      this.pending.push(chunk)
      this.pendingBytes += chunk.length
      if (this.pendingBytes >= FOLD_BYTES) this.fold()
      if (final) this.done = true
    })
  }

  private fold() {
    if (!this.pending.length) return
    this.parts.push(new Blob(this.pending as Uint8Array<ArrayBuffer>[]))
    this.pending = []
    this.pendingBytes = 0
  }

  private check() {
    if (this.failure) throw this.failure instanceof Error ? this.failure : new Error('the zip could not be written', { cause: this.failure })
  }

  async add(entry: WriteEntry, onStep?: (bytes: number) => void): Promise<void> {
    const file = entry.store ? new ZipPassThrough(entry.path) : new ZipDeflate(entry.path, { level: 6 })
    file.mtime = this.mtime
    this.zip.add(file)
    const { bytes } = entry
    if (bytes.length === 0) file.push(bytes, true)
    const step = entry.store ? READ_SLICE : STEP * 16
    for (let at = 0; at < bytes.length; at += step) {
      const end = Math.min(at + step, bytes.length)
      file.push(bytes.subarray(at, end), end === bytes.length)
      this.check()
      onStep?.(end - at)
      if (end < bytes.length) await pause()
    }
    this.check()
  }

  /** Finishes the archive. */
  finish(): Blob {
    this.zip.end()
    this.check()
    if (!this.done) throw new Error('the zip did not finish')
    this.fold()
    return new Blob(this.parts, { type: 'application/zip' })
  }
}

// ---------------------------------------------------------------------------------------------
// Reading

export interface CentralEntry {
  path: string
  method: number
  crc: number
  compressedSize: number
  size: number
  localOffset: number
  /** Where the next entry (or the central directory) begins: this entry must end before it. */
  limit: number
  nameBytes: Uint8Array
}

export type ArchiveProblem = {
  code: 'empty-file' | 'unreadable' | 'not-a-zip' | 'truncated' | 'corrupt-zip' | 'too-large' | 'too-many-entries' | 'zip-bomb' | 'size-mismatch' | 'hash-mismatch'
  path: string
  detail: string
  params?: Record<string, string | number>
}

export type Archive = { ok: true; entries: CentralEntry[]; file: Blob } | { ok: false; problem: ArchiveProblem }

const u16 = (b: Uint8Array, i: number) => (b[i] as number) | ((b[i + 1] as number) << 8)
const u32 = (b: Uint8Array, i: number) => (u16(b, i) | (u16(b, i + 2) << 16)) >>> 0

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const EOCD_SIZE = 22
const MAX_COMMENT = 0xffff
const MAX_CENTRAL_BYTES = 64 * 1024 * 1024

async function readBytes(file: Blob, start: number, end: number): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(start, end).arrayBuffer())
}

const names = new TextDecoder('utf-8')

/**
 * Reads the archive's index (end record and central directory) without inflating anything.
 * Refuses files that are not zips, are cut short, claim impossible offsets, use zip64,
 * encryption or an unknown compression, or hold more than `maxEntries` entries.
 */
export async function openArchive(file: Blob, maxEntries: number, maxBytes: number): Promise<Archive> {
  const fail = (code: ArchiveProblem['code'], detail: string, params: Record<string, string | number> = {}, path = ''): Archive => ({
    ok: false,
    problem: { code, path, detail, params },
  })
  const size = file.size
  if (size === 0) return fail('empty-file', 'the file is empty')
  if (size > maxBytes) return fail('too-large', `the file is ${size} bytes, limit ${maxBytes}`, { size, limit: maxBytes })
  let tail: Uint8Array
  let head: Uint8Array
  try {
    const tailStart = Math.max(0, size - (EOCD_SIZE + MAX_COMMENT))
    tail = await readBytes(file, tailStart, size)
    head = await readBytes(file, 0, Math.min(4, size))
  } catch {
    return fail('unreadable', 'the file could not be read')
  }
  let at = -1
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--)
    if (u32(tail, i) === EOCD && i + EOCD_SIZE + u16(tail, i + 20) === tail.length) {
      at = i
      break
    }
  if (at < 0) {
    const startsLikeZip = head.length === 4 && u32(head, 0) === LOCAL
    if (!startsLikeZip) return fail('not-a-zip', 'the file is not a zip archive')
    // An end record followed by more bytes than its comment holds: something was appended to a
    // whole archive (not the same as an archive cut short, whose end record is missing).
    for (let i = tail.length - EOCD_SIZE; i >= 0; i--)
      if (u32(tail, i) === EOCD && i + EOCD_SIZE + u16(tail, i + 20) < tail.length)
        return fail('corrupt-zip', `${tail.length - i - EOCD_SIZE - u16(tail, i + 20)} unexpected bytes follow the end of the archive`)
    return fail('truncated', 'the file is cut short: its end (the zip index) is missing; send it again')
  }
  const eocdPos = size - tail.length + at
  const disk = u16(tail, at + 4)
  const cdDisk = u16(tail, at + 6)
  const countHere = u16(tail, at + 8)
  const count = u16(tail, at + 10)
  const cdSize = u32(tail, at + 12)
  const cdOffset = u32(tail, at + 16)
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
    return fail('too-large', 'zip64 archives (over 4 GB or 65,535 entries) are not chiso packages')
  if (disk !== 0 || cdDisk !== 0 || countHere !== count) return fail('corrupt-zip', 'multi-part archives are not supported')
  if (count > maxEntries) return fail('too-many-entries', `${count} entries, limit ${maxEntries}`, { count, limit: maxEntries })
  if (cdOffset + cdSize > eocdPos)
    return fail(cdOffset + cdSize > size ? 'truncated' : 'corrupt-zip', 'the zip index points past the end of the file')
  if (cdOffset + cdSize !== eocdPos) return fail('corrupt-zip', 'unexpected bytes between the zip index and its end record')
  if (cdSize > MAX_CENTRAL_BYTES) return fail('too-large', 'the zip index is too large')

  let cd: Uint8Array
  try {
    cd = await readBytes(file, cdOffset, cdOffset + cdSize)
  } catch {
    return fail('unreadable', 'the file could not be read')
  }
  const entries: CentralEntry[] = []
  let p = 0
  for (let n = 0; n < count; n++) {
    if (p + 46 > cd.length || u32(cd, p) !== CENTRAL) return fail('corrupt-zip', 'the zip index is damaged')
    const flags = u16(cd, p + 8)
    const method = u16(cd, p + 10)
    const crc = u32(cd, p + 16)
    const compressedSize = u32(cd, p + 20)
    const usize = u32(cd, p + 24)
    const nameLen = u16(cd, p + 28)
    const extraLen = u16(cd, p + 30)
    const commentLen = u16(cd, p + 32)
    const localOffset = u32(cd, p + 42)
    if (p + 46 + nameLen + extraLen + commentLen > cd.length) return fail('corrupt-zip', 'the zip index is damaged')
    const nameBytes = cd.slice(p + 46, p + 46 + nameLen)
    const path = names.decode(nameBytes)
    p += 46 + nameLen + extraLen + commentLen
    if (flags & 1) return fail('corrupt-zip', 'encrypted entries are not supported', {}, path)
    if (method !== 0 && method !== 8)
      return fail('corrupt-zip', `compression method ${method} is not supported`, { method }, path)
    if (compressedSize === 0xffffffff || usize === 0xffffffff || localOffset === 0xffffffff)
      return fail('too-large', 'zip64 entries are not supported', {}, path)
    if (method === 0 && compressedSize !== usize)
      return fail('corrupt-zip', 'a stored entry has two different sizes', {}, path)
    entries.push({ path, method, crc, compressedSize, size: usize, localOffset, limit: 0, nameBytes })
  }
  if (p !== cd.length) return fail('corrupt-zip', 'the zip index is damaged')

  // Entries must lie one after another: overlapping entries are a known zip-bomb construction.
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset)
  for (let i = 0; i < byOffset.length; i++) {
    const e = byOffset[i] as CentralEntry
    e.limit = byOffset[i + 1]?.localOffset ?? cdOffset
    if (e.localOffset + 30 + e.nameBytes.length + e.compressedSize > e.limit)
      return fail('zip-bomb', 'entries of the archive overlap', {}, e.path)
  }
  return { ok: true, entries, file }
}

export type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; problem: ArchiveProblem }

/**
 * Inflates one entry into exactly its declared `size` bytes, checking its CRC-32. Stops as soon
 * as the output would exceed that size, so a lying entry cannot fill memory.
 */
export async function inflateEntry(
  archive: { file: Blob },
  e: CentralEntry,
  /** Called with the number of bytes produced since the last call. */
  onStep?: (bytes: number) => void,
): Promise<Inflated> {
  const fail = (code: ArchiveProblem['code'], detail: string, params: Record<string, string | number> = {}): Inflated => ({
    ok: false,
    problem: { code, path: e.path, detail, params },
  })
  let header: Uint8Array
  try {
    header = await readBytes(archive.file, e.localOffset, e.localOffset + 30)
  } catch {
    return fail('unreadable', 'the file could not be read')
  }
  if (header.length < 30 || u32(header, 0) !== LOCAL) return fail('corrupt-zip', 'the entry header is damaged')
  const nameLen = u16(header, 26)
  const extraLen = u16(header, 28)
  const start = e.localOffset + 30 + nameLen + extraLen
  const end = start + e.compressedSize
  if (end > e.limit) return fail('corrupt-zip', 'the entry runs into the next one')
  const localName = await readBytes(archive.file, e.localOffset + 30, e.localOffset + 30 + nameLen)
  if (localName.length !== e.nameBytes.length || localName.some((b, i) => b !== e.nameBytes[i]))
    return fail('corrupt-zip', 'the entry has two different names')

  const out = new Uint8Array(e.size)
  let written = 0
  let overflow = false
  let inflateError: unknown = null
  const sink = (chunk: Uint8Array) => {
    if (written + chunk.length > out.length) {
      overflow = true
      return
    }
    out.set(chunk, written)
    written += chunk.length
  }
  const inflater = e.method === 8 ? new Inflate((chunk) => sink(chunk)) : null
  let finished = false
  let reported = 0
  try {
    for (let at = start; at < end; at += READ_SLICE) {
      const sliceEnd = Math.min(at + READ_SLICE, end)
      const slice = await readBytes(archive.file, at, sliceEnd)
      if (slice.length !== sliceEnd - at) return fail('truncated', 'the entry is cut short')
      for (let i = 0; i < slice.length; i += STEP) {
        const piece = slice.subarray(i, Math.min(i + STEP, slice.length))
        const last = sliceEnd === end && i + STEP >= slice.length
        if (inflater) inflater.push(piece, last)
        else sink(piece)
        if (last) finished = true
        if (overflow) return fail('size-mismatch', `the entry expands beyond its declared ${e.size} bytes`, { declared: e.size })
      }
      onStep?.(written - reported)
      reported = written
    }
    if (inflater && !finished) inflater.push(new Uint8Array(0), true)
  } catch (err) {
    inflateError = err
  }
  if (inflateError) return fail('corrupt-zip', 'the entry is damaged and cannot be unpacked')
  if (overflow) return fail('size-mismatch', `the entry expands beyond its declared ${e.size} bytes`, { declared: e.size })
  if (written !== e.size)
    return fail('size-mismatch', `the entry holds ${written} bytes, not the declared ${e.size}`, { size: written, declared: e.size })
  if (crc32(out) !== e.crc) return fail('hash-mismatch', 'the entry is damaged (its zip checksum does not match)')
  return { ok: true, bytes: out }
}
