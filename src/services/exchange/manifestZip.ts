/**
 * The archive every exchange file is: a zip whose `manifest.json` lists every other entry with its
 * size and SHA-256. Reading opens it entry by entry, each checked against the manifest; writing
 * adds the entries, then the manifest last. What the manifest and the entries must say is the
 * caller's (`zip.ts` for backups, assignments and contributions; `review.ts` for submissions and
 * decisions). Failures are `ExchangeResult`s in the one exchange vocabulary.
 */
import {
  checkArchiveAgainstManifest,
  exchangeError,
  isCompressedPath,
  isLayoutFolder,
  MANIFEST_PATH,
  MAX_MANIFEST_BYTES,
  printablePath,
  type ExchangeError,
  type ExchangeErrorCode,
  type ExchangeResult,
  type ManifestEntry,
  type PathProblem,
} from '@/domain'
import { inflateEntry, openArchive, sha256Hex, ZipWriter, type ArchiveProblem, type CentralEntry, type Progress } from './archive'

export type Failed = { ok: false; errors: ExchangeError[] }

export const message = (e: unknown) => (e instanceof Error ? e.message : String(e))

export function failed(code: ExchangeErrorCode, detail: string, path = '', params: Record<string, string | number> = {}): Failed {
  return { ok: false, errors: [exchangeError(code, path, detail, params)] }
}

const fromProblem = (p: ArchiveProblem): Failed => failed(p.code, p.detail, printablePath(p.path), p.params ?? {})

/** Runs a read; anything thrown (a file gone, memory) becomes one `unreadable` error. */
export async function guardRead<T>(work: () => Promise<T | Failed>, what = 'the file could not be read'): Promise<T | Failed> {
  try {
    return await work()
  } catch (e) {
    return failed('unreadable', `${what}: ${message(e)}`)
  }
}

// ---------------------------------------------------------------------------------------------
// Reading

/** What a kind of file allows: how many entries, how large, which names, which manifest. */
export interface ManifestZipRules<M extends { readonly entries: readonly ManifestEntry[] }> {
  maxEntries: number
  maxBytes: number
  /** Why an entry other than `manifest.json` may not be in this kind of file, or null. */
  checkPath: (path: string) => PathProblem | null
  /** The manifest's JSON checked as this kind of file's manifest. */
  parseManifest: (json: unknown) => ExchangeResult<M>
}

export interface OpenedZip<M> {
  manifest: M
  /** One listed entry's bytes, checked against the manifest's size and SHA-256. */
  inflate: (path: string) => Promise<ExchangeResult<Uint8Array>>
  /** One listed entry read as JSON (`invalid-data` when it is not). */
  json: (path: string) => Promise<ExchangeResult<unknown>>
}

/**
 * Opens an exchange file's archive: its index, every entry's name, then its manifest — nothing
 * else is inflated until all of these pass. The manifest is read before names are refused, so a
 * file of another kind is named as what it is rather than by the names it holds. Empty folder
 * entries of the layout (`files/`, added by some zip tools) are ignored.
 */
export async function openManifestZip<M extends { readonly entries: readonly ManifestEntry[] }>(
  file: Blob,
  rules: ManifestZipRules<M>,
  onProgress?: Progress,
): Promise<ExchangeResult<OpenedZip<M>>> {
  const opened = await openArchive(file, rules.maxEntries, rules.maxBytes)
  if (!opened.ok) return fromProblem(opened.problem)
  const archive = { ...opened, entries: opened.entries.filter((e) => !isLayoutFolder(e.path, e.size)) }

  const errors: ExchangeError[] = []
  const byPath = new Map<string, CentralEntry>()
  for (const e of archive.entries) {
    const problem = e.path === MANIFEST_PATH ? null : rules.checkPath(e.path)
    if (problem) errors.push(exchangeError(problem.code, printablePath(e.path), problem.detail, {}))
    else if (byPath.has(e.path)) errors.push(exchangeError('duplicate-entry', e.path, 'the archive holds two entries of this name', {}))
    else byPath.set(e.path, e)
  }
  const manifestEntry = byPath.get(MANIFEST_PATH)
  if (!manifestEntry)
    return errors.length ? { ok: false, errors } : failed('no-manifest', 'the archive has no manifest.json: it is not a chiso file', MANIFEST_PATH)
  if (manifestEntry.size > MAX_MANIFEST_BYTES)
    return failed('too-large', `manifest.json is ${manifestEntry.size} bytes, limit ${MAX_MANIFEST_BYTES}`, MANIFEST_PATH, {
      size: manifestEntry.size,
      limit: MAX_MANIFEST_BYTES,
    })
  const rawManifest = await inflateEntry(archive, manifestEntry)
  if (!rawManifest.ok) return fromProblem(rawManifest.problem)
  const manifestJson = parseJson(rawManifest.bytes, MANIFEST_PATH)
  if (!manifestJson.ok) return manifestJson
  const parsed = rules.parseManifest(manifestJson.value)
  if (!parsed.ok) return parsed
  if (errors.length) return { ok: false, errors }
  const manifest = parsed.value
  const mismatch = checkArchiveAgainstManifest(manifest, archive.entries)
  if (mismatch.length) return { ok: false, errors: mismatch }

  const declared = new Map(manifest.entries.map((e) => [e.path, e]))
  const total = manifest.entries.reduce((s, e) => s + e.size, 0)
  let done = 0
  onProgress?.(0, total)
  const inflate = async (path: string): Promise<ExchangeResult<Uint8Array>> => {
    const e = byPath.get(path)
    const d = declared.get(path)
    if (!e || !d) return failed('missing-entry', 'the manifest lists an entry the archive does not hold', path)
    const r = await inflateEntry(archive, e, (n) => {
      done += n
      onProgress?.(Math.min(done, total), total)
    })
    if (!r.ok) return fromProblem(r.problem)
    const got = await sha256Hex(r.bytes)
    if (got !== d.sha256)
      return failed('hash-mismatch', 'the content does not match its SHA-256 in the manifest: the file was changed or damaged', path, {
        expected: d.sha256,
        found: got,
      })
    return { ok: true, value: r.bytes }
  }
  const json = async (path: string): Promise<ExchangeResult<unknown>> => {
    const raw = await inflate(path)
    return raw.ok ? parseJson(raw.value, path) : raw
  }
  return { ok: true, value: { manifest, inflate, json } }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

function parseJson(bytes: Uint8Array, path: string): ExchangeResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(strictUtf8.decode(bytes)) as unknown }
  } catch (e) {
    return path === MANIFEST_PATH
      ? failed('invalid-manifest', `manifest.json is not valid JSON: ${message(e)}`, path)
      : failed('invalid-data', `${path} is not valid JSON: ${message(e)}`, path)
  }
}

// ---------------------------------------------------------------------------------------------
// Writing

export interface ZipSource {
  path: string
  source: Blob | Uint8Array
  /** Its SHA-256 when already known; otherwise computed as it is written. */
  sha256?: string
}

export const sizeOf = (s: Blob | Uint8Array) => (s instanceof Uint8Array ? s.length : s.size)

const encoder = new TextEncoder()

/** A zip entry's time: when the file was made (zip times start in 1980; 2000 when unknown). */
function zipTime(createdAt: string): Date {
  const t = new Date(Date.parse(createdAt))
  return Number.isFinite(t.getTime()) && t.getUTCFullYear() >= 1981 ? t : new Date(Date.UTC(2000, 0, 1))
}

/**
 * Writes the entries one at a time (a photo's bytes are read only when its turn comes), then the
 * manifest `manifestOf` makes from the entries as written (path, size, SHA-256).
 */
export async function writeManifestZip<M>(
  sources: readonly ZipSource[],
  manifestOf: (entries: ManifestEntry[]) => M,
  opts: { createdAt: string; onProgress?: Progress },
): Promise<{ blob: Blob; manifest: M }> {
  const writer = new ZipWriter(zipTime(opts.createdAt))
  const total = sources.reduce((s, e) => s + sizeOf(e.source), 0)
  let done = 0
  opts.onProgress?.(0, total)
  const entries: ManifestEntry[] = []
  for (const e of sources) {
    const bytes = e.source instanceof Uint8Array ? e.source : new Uint8Array(await e.source.arrayBuffer())
    entries.push({ path: e.path, size: bytes.length, sha256: e.sha256 ?? (await sha256Hex(bytes)) })
    await writer.add({ path: e.path, bytes, store: isCompressedPath(e.path) }, (n) => {
      done += n
      opts.onProgress?.(done, total)
    })
  }
  const manifest = manifestOf(entries)
  await writer.add({ path: MANIFEST_PATH, bytes: encoder.encode(JSON.stringify(manifest, null, 1)), store: false })
  return { blob: writer.finish(), manifest }
}
