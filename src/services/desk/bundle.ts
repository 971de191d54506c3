/**
 * Many submission files at once: the files picked together, or one zip that holds them (a
 * reviewer often gets a folder of files zipped by someone). A zip holding a `manifest.json` is one
 * exchange file and is given back as is; a zip of `.zip` files is unpacked into them. Nothing is
 * checked here beyond the outer zip: each inner file is read and checked on its own.
 */
import { exchangeError, maxReviewFileBytes, printablePath, SUBMISSION_FORMAT, type ExchangeError } from '@/domain'
import { inflateEntry, openArchive } from '@/services/exchange/archive'

/** Picked files up to this size are read into memory once (a submission without photos is a few dozen kB). */
const READ_AT_ONCE_BYTES = 16 * 1024 * 1024

/** Most files one bundle may hold (a province has a few thousand schools). */
export const MAX_BUNDLE_FILES = 10_000
/** Largest bundle read (photos make submissions large). */
export const MAX_BUNDLE_BYTES = 4 * 1024 * 1024 * 1024 - 1

export interface PickedFile {
  /** The name shown to the reviewer: the file's, or `bundle.zip › inner.zip`. */
  name: string
  blob: Blob
}

export type Unpacked = { ok: true; files: PickedFile[] } | { ok: false; name: string; errors: ExchangeError[] }

const isZipName = (name: string) => /\.zip$/i.test(name)
const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1)

/**
 * The submission files in what was picked: each picked file, with zips of zips unpacked (one
 * level; folders inside are walked, other entries ignored). A bundle that cannot be opened is
 * given back as refused, with its name.
 */
export async function unpackPicked(picked: readonly File[]): Promise<Unpacked[]> {
  const out: Unpacked[] = []
  for (const f of picked) {
    // A file of a usual size is read once here; the bundle check and the reader then use those bytes.
    const blob = f.size <= READ_AT_ONCE_BYTES ? await inMemory(f) : f
    if (!isZipName(f.name)) {
      out.push({ ok: true, files: [{ name: f.name, blob }] })
      continue
    }
    const archive = await openArchive(blob, MAX_BUNDLE_FILES + 1, MAX_BUNDLE_BYTES)
    if (!archive.ok) {
      // Not a zip we can open as a bundle: let the submission reader say what is wrong with it.
      out.push({ ok: true, files: [{ name: f.name, blob }] })
      continue
    }
    if (archive.entries.some((e) => e.path === 'manifest.json')) {
      out.push({ ok: true, files: [{ name: f.name, blob }] })
      continue
    }
    const inner = archive.entries.filter((e) => isZipName(e.path) && !e.path.endsWith('/'))
    const files: PickedFile[] = []
    const errors: ExchangeError[] = []
    for (const e of inner) {
      // Each inner file unpacks to exactly its declared size (checked while inflating): no larger than a submission may be.
      const limit = maxReviewFileBytes(SUBMISSION_FORMAT)
      if (e.size > limit) {
        errors.push(exchangeError('too-large', printablePath(e.path), `unpacks to ${e.size} bytes, limit ${limit}`, { size: e.size, limit }))
        continue
      }
      const r = await inflateEntry(archive, e)
      if (!r.ok) {
        errors.push(exchangeError(r.problem.code, printablePath(r.problem.path), r.problem.detail, r.problem.params ?? {}))
        continue
      }
      files.push({ name: `${f.name} › ${baseName(e.path)}`, blob: new BytesBlob(r.bytes) as unknown as Blob })
    }
    if (errors.length) out.push({ ok: false, name: f.name, errors })
    else if (files.length === 0) out.push({ ok: false, name: f.name, errors: [exchangeError('missing-entry', '', 'the zip holds no submission file', {})] })
    else out.push({ ok: true, files })
  }
  return out
}

/**
 * A file's bytes read once, offered as the Blob the readers take (`size`, `slice`, `arrayBuffer`):
 * the zip reader slices a file a dozen times, and in a browser every slice of a real Blob is a
 * round trip to the browser's file store — for two thousand files, most of the work.
 */
export class BytesBlob {
  constructor(private readonly bytes: Uint8Array) {}
  get size(): number {
    return this.bytes.length
  }
  get type(): string {
    return 'application/zip'
  }
  slice(start = 0, end = this.bytes.length): BytesBlob {
    return new BytesBlob(this.bytes.subarray(Math.max(0, start), Math.max(0, Math.min(end, this.bytes.length))))
  }
  arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.bytes.slice().buffer)
  }
}

/** The picked file's bytes, read once, as a Blob for the readers (as it is when already in memory). */
export async function inMemory(blob: Blob): Promise<Blob> {
  if ((blob as unknown) instanceof BytesBlob) return blob
  // The readers use only size, slice and arrayBuffer, which BytesBlob gives.
  return new BytesBlob(new Uint8Array(await blob.arrayBuffer())) as unknown as Blob
}
