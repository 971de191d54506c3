/**
 * Exchange files as zips: `manifest.json`, `data.json`, `files/<id>.<ext>`, `thumbs/<id>.jpg`.
 * Building checks the data with the same rules as reading, so a file this app writes is a file
 * it can read back. Reading checks everything — the archive, the manifest, every entry's path,
 * size, ratio and SHA-256, and the data — before returning anything. Nothing here throws.
 */
import {
  assignmentPackage,
  checkArchiveAgainstManifest,
  contributionPackage,
  DATA_PATH,
  entryKind,
  FORMAT_LIMITS,
  isCompressedPath,
  isLayoutFolder,
  makeManifest,
  MANIFEST_PATH,
  MAX_MANIFEST_BYTES,
  maxArchiveBytes,
  exchangeError,
  parseManifest,
  parseExchangeData,
  planFileEntries,
  printablePath,
  checkEntryPath,
  type AssignmentHeader,
  type AssignmentSource,
  type ContributionSource,
  type Manifest,
  type ManifestEntry,
  type ManifestOf,
  type ExchangeData,
  type ExchangeError,
  type ExchangeFormat,
  type ManifestHead,
} from '@/domain'
import { inflateEntry, openArchive, sha256Hex, ZipWriter, type ArchiveProblem, type CentralEntry, type Progress } from './archive'

export type { Progress } from './archive'

/** A stored photo or document with its thumbnail, as the device keeps it. */
export interface CarriedFile {
  id: string
  blob: Blob
  thumb?: Blob
}

export interface BuildOptions extends ManifestHead {
  onProgress?: Progress
}

export type BuildResult =
  | { ok: true; blob: Blob; manifest: Manifest; warnings: ExchangeError[] }
  | { ok: false; errors: ExchangeError[] }

export type ReadResult<F extends ExchangeFormat = ExchangeFormat> =
  | { ok: true; manifest: ManifestOf<F>; data: ExchangeData; files: Map<string, Blob> }
  | { ok: false; errors: ExchangeError[] }

const json = new TextEncoder()

/** Everything on the device, photos included. */
export function buildBackup(data: ExchangeData, files: readonly CarriedFile[], opts: BuildOptions): Promise<BuildResult> {
  return writeExchangeFile('chiso.backup', data, files, undefined, opts)
}

/** A member's assigned rows, for their phone. No photos. */
export async function buildAssignment(src: AssignmentSource, opts: BuildOptions): Promise<BuildResult> {
  const r = assignmentPackage(src)
  if (!r.ok) return r
  return writeExchangeFile('chiso.assignment', r.value.data, [], r.value.header, opts)
}

/** A member's work on their assigned rows, photos included, for the principal. */
export function buildContribution(
  src: ContributionSource,
  files: readonly CarriedFile[],
  opts: BuildOptions,
): Promise<BuildResult> {
  const { header, data } = contributionPackage(src)
  return writeExchangeFile('chiso.contribution', data, files, header, opts)
}

async function writeExchangeFile(
  format: ExchangeFormat,
  input: ExchangeData,
  files: readonly CarriedFile[],
  header: AssignmentHeader | undefined,
  opts: BuildOptions,
): Promise<BuildResult> {
  try {
    return await write(format, input, files, header, opts)
  } catch (e) {
    return {
      ok: false,
      errors: [exchangeError('storage-failed', '', `the file could not be made: ${e instanceof Error ? e.message : String(e)}`, {})],
    }
  }
}

async function write(
  format: ExchangeFormat,
  input: ExchangeData,
  files: readonly CarriedFile[],
  header: AssignmentHeader | undefined,
  opts: BuildOptions,
): Promise<BuildResult> {
  const warnings: ExchangeError[] = []
  const byId = new Map(files.map((f) => [f.id, f]))
  // A photo whose stored file is gone cannot be carried: keep the evidence, say so.
  const data: ExchangeData = {
    ...input,
    evidence: input.evidence.map((e) => {
      if (!e.file || byId.has(e.file.id)) return e
      warnings.push(exchangeError('missing-entry', `files/${e.file.id}`, `the file of evidence ${e.code} is missing on this device`, { code: e.code }))
      const rest = { ...e }
      delete rest.file
      return rest
    }),
  }
  const plans = planFileEntries(data.evidence)
  const entriesToWrite: { path: string; source: Blob | Uint8Array }[] = []
  const dataBytes = json.encode(JSON.stringify(data))
  entriesToWrite.push({ path: DATA_PATH, source: dataBytes })
  for (const p of plans) {
    const f = byId.get(p.fileId) as CarriedFile
    entriesToWrite.push({ path: p.path, source: f.blob })
    if (f.thumb) entriesToWrite.push({ path: p.thumbPath, source: f.thumb })
  }

  // Check the data with the reader's rules first (hashes are not known yet, sizes are).
  const draftEntries = entriesToWrite.map((e) => ({ path: e.path, size: sizeOf(e.source), sha256: '0'.repeat(64) }))
  const draft = makeManifest(format, opts, data, draftEntries, header)
  const checked = parseManifest(draft, [format])
  if (!checked.ok) return checked
  const dataCheck = parseExchangeData(data, draft)
  if (!dataCheck.ok) return { ok: false, errors: dataCheck.errors.map((e) => namedRow(e, data)) }

  const total = draftEntries.reduce((s, e) => s + e.size, 0)
  let done = 0
  opts.onProgress?.(0, total)
  const mtime = new Date(Date.parse(opts.createdAt))
  const writer = new ZipWriter(Number.isFinite(mtime.getTime()) && mtime.getUTCFullYear() >= 1981 ? mtime : new Date(Date.UTC(2000, 0, 1)))
  const entries: ManifestEntry[] = []
  for (const e of entriesToWrite) {
    const bytes = e.source instanceof Uint8Array ? e.source : new Uint8Array(await e.source.arrayBuffer())
    entries.push({ path: e.path, size: bytes.length, sha256: await sha256Hex(bytes) })
    await writer.add({ path: e.path, bytes, store: isCompressedPath(e.path) }, (n) => {
      done += n
      opts.onProgress?.(done, total)
    })
  }
  const manifest = makeManifest(format, opts, data, entries, header)
  await writer.add({ path: MANIFEST_PATH, bytes: json.encode(JSON.stringify(manifest, null, 1)), store: false })
  return { ok: true, blob: writer.finish(), manifest, warnings }
}

/**
 * A problem the writer found in the device's own data, with the row it is about in the user's
 * words: the indicator (chỉ số) of an answer, the code of an evidence, the field's name.
 */
function namedRow(e: ExchangeError, data: ExchangeData): ExchangeError {
  const m = /^data\.json:(answers|evidence|assessments|schools|members)\[(\d+)\](?:\.(\w+))?/.exec(e.path)
  if (!m) return e
  const i = Number(m[2])
  const field = m[3] ?? ''
  const row: Record<string, string> =
    m[1] === 'answers'
      ? { itemId: data.answers[i]?.itemId ?? '' }
      : m[1] === 'evidence'
        ? { evidenceCode: data.evidence[i]?.code ?? '' }
        : {}
  return { ...e, params: { ...e.params, ...row, field } }
}

const sizeOf = (s: Blob | Uint8Array) => (s instanceof Uint8Array ? s.length : s.size)

/**
 * Reads and checks a package that should be one of `expected`. On success every entry has been
 * checked against the manifest's SHA-256 and `data` against its schema and rules; `files` maps
 * each `files/…` and `thumbs/…` path to its content, typed as its evidence says.
 */
export async function readExchangeFile<F extends ExchangeFormat>(
  file: Blob,
  expected: F | readonly F[],
  onProgress?: Progress,
): Promise<ReadResult<F>> {
  try {
    return await read(file, typeof expected === 'string' ? [expected] : expected, onProgress, true)
  } catch (e) {
    return { ok: false, errors: [exchangeError('unreadable', '', `the file could not be read: ${e instanceof Error ? e.message : String(e)}`, {})] }
  }
}

const fromProblem = (p: ArchiveProblem): { ok: false; errors: ExchangeError[] } => ({
  ok: false,
  errors: [exchangeError(p.code, printablePath(p.path), p.detail, p.params ?? {})],
})

const utf8 = new TextDecoder('utf-8', { fatal: true })

function parseJson(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false; detail: string } {
  try {
    return { ok: true, value: JSON.parse(utf8.decode(bytes)) as unknown }
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) }
  }
}

/**
 * Reads a file this app has just made with every check of `readExchangeFile`, keeping nothing:
 * photos are unpacked and hashed one at a time and dropped. A writer calls it before the file is
 * handed out, so a file the reader would refuse is never presented as made.
 */
export async function verifyExchangeFile(file: Blob, format: ExchangeFormat, onProgress?: Progress): Promise<{ ok: true } | { ok: false; errors: ExchangeError[] }> {
  try {
    const r = await read(file, [format], onProgress, false)
    return r.ok ? { ok: true } : r
  } catch (e) {
    return { ok: false, errors: [exchangeError('unreadable', '', `the file just made could not be read back: ${e instanceof Error ? e.message : String(e)}`, {})] }
  }
}

async function read<F extends ExchangeFormat>(
  file: Blob,
  expected: readonly F[],
  onProgress: Progress | undefined,
  keep: boolean,
): Promise<ReadResult<F>> {
  const maxEntries = Math.max(...expected.map((f) => FORMAT_LIMITS[f].maxEntries)) + 1
  const opened = await openArchive(file, maxEntries, maxArchiveBytes(expected))
  if (!opened.ok) return fromProblem(opened.problem)
  const archive = { ...opened, entries: opened.entries.filter((e) => !isLayoutFolder(e.path, e.size)) }

  // Names first: a dangerous or foreign name refuses the file before anything is inflated.
  const errors: ExchangeError[] = []
  const byPath = new Map<string, CentralEntry>()
  for (const e of archive.entries) {
    const problem = checkEntryPath(e.path)
    if (problem) errors.push(exchangeError(problem.code, printablePath(e.path), problem.detail, {}))
    else if (byPath.has(e.path)) errors.push(exchangeError('duplicate-entry', e.path, 'the archive holds two entries of this name', {}))
    else byPath.set(e.path, e)
  }
  if (errors.length) return { ok: false, errors }

  const manifestEntry = byPath.get(MANIFEST_PATH)
  if (!manifestEntry) return { ok: false, errors: [exchangeError('no-manifest', MANIFEST_PATH, 'the archive has no manifest.json: it is not a chiso file', {})] }
  if (manifestEntry.size > MAX_MANIFEST_BYTES)
    return {
      ok: false,
      errors: [exchangeError('too-large', MANIFEST_PATH, `manifest.json is ${manifestEntry.size} bytes, limit ${MAX_MANIFEST_BYTES}`, { size: manifestEntry.size, limit: MAX_MANIFEST_BYTES })],
    }
  const rawManifest = await inflateEntry(archive, manifestEntry)
  if (!rawManifest.ok) return fromProblem(rawManifest.problem)
  const manifestJson = parseJson(rawManifest.bytes)
  if (!manifestJson.ok)
    return { ok: false, errors: [exchangeError('invalid-manifest', MANIFEST_PATH, `manifest.json is not valid JSON: ${manifestJson.detail}`, {})] }
  const parsed = parseManifest(manifestJson.value, expected)
  if (!parsed.ok) return parsed
  const manifest = parsed.value as ManifestOf<F>

  const mismatch = checkArchiveAgainstManifest(manifest, archive.entries)
  if (mismatch.length) return { ok: false, errors: mismatch }

  const declared = new Map(manifest.entries.map((e) => [e.path, e]))
  const total = manifest.entries.reduce((s, e) => s + e.size, 0)
  let done = 0
  onProgress?.(0, total)
  const step = (n: number) => {
    done += n
    onProgress?.(Math.min(done, total), total)
  }
  const inflateChecked = async (path: string): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; errors: ExchangeError[] }> => {
    const e = byPath.get(path) as CentralEntry
    const r = await inflateEntry(archive, e, step)
    if (!r.ok) return fromProblem(r.problem)
    const want = (declared.get(path) as ManifestEntry).sha256
    const got = await sha256Hex(r.bytes)
    if (got !== want)
      return { ok: false, errors: [exchangeError('hash-mismatch', path, 'the content does not match its SHA-256 in the manifest: the file was changed or damaged', { expected: want, found: got })] }
    return r
  }

  const rawData = await inflateChecked(DATA_PATH)
  if (!rawData.ok) return rawData
  const dataJson = parseJson(rawData.bytes)
  if (!dataJson.ok) return { ok: false, errors: [exchangeError('invalid-data', DATA_PATH, `data.json is not valid JSON: ${dataJson.detail}`, {})] }
  const data = parseExchangeData(dataJson.value, manifest)
  if (!data.ok) return data

  const mimes = new Map(planFileEntries(data.value.evidence).map((p) => [p.path, p.mime]))
  const files = new Map<string, Blob>()
  for (const entry of manifest.entries) {
    const kind = entryKind(entry.path)
    if (kind !== 'file' && kind !== 'thumb') continue
    const r = await inflateChecked(entry.path)
    if (!r.ok) return r
    if (!keep) continue
    const type = kind === 'thumb' ? 'image/jpeg' : (mimes.get(entry.path) ?? 'application/octet-stream')
    files.set(entry.path, new Blob([r.bytes as Uint8Array<ArrayBuffer>], { type }))
  }
  return { ok: true, manifest, data: data.value, files }
}

/** The stored files of a package read back, one per evidence file with its thumbnail. */
export function carriedFiles(data: ExchangeData, files: ReadonlyMap<string, Blob>): CarriedFile[] {
  return planFileEntries(data.evidence).flatMap((p) => {
    const blob = files.get(p.path)
    if (!blob) return []
    const thumb = files.get(p.thumbPath)
    return [thumb ? { id: p.fileId, blob, thumb } : { id: p.fileId, blob }]
  })
}
