/**
 * Exchange files as zips: `manifest.json`, `data.json`, `files/<id>.<ext>`, `thumbs/<id>.jpg`.
 * Building checks the data with the same rules as reading, so a file this app writes is a file
 * it can read back. Reading checks everything — the archive, the manifest, every entry's path,
 * size, ratio and SHA-256, and the data — before returning anything. Nothing here throws.
 */
import {
  assignmentPackage,
  contributionPackage,
  DATA_PATH,
  entryKind,
  FORMAT_LIMITS,
  makeManifest,
  maxArchiveBytes,
  exchangeError,
  parseManifest,
  parseExchangeData,
  planFileEntries,
  checkEntryPath,
  type AssignmentHeader,
  type AssignmentSource,
  type ContributionSource,
  type Manifest,
  type ManifestOf,
  type ExchangeData,
  type ExchangeError,
  type ExchangeFormat,
  type ManifestHead,
} from '@/domain'
import type { Progress } from './archive'
import { failed, guardRead, message, openManifestZip, sizeOf, writeManifestZip, type ZipSource } from './manifestZip'

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
    return failed('storage-failed', `the file could not be made: ${message(e)}`)
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
  const entriesToWrite: ZipSource[] = []
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

  const { blob, manifest } = await writeManifestZip(entriesToWrite, (entries) => makeManifest(format, opts, data, entries, header), opts)
  return { ok: true, blob, manifest, warnings }
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
  return guardRead(() => read(file, typeof expected === 'string' ? [expected] : expected, onProgress, true))
}

/**
 * Reads a file this app has just made with every check of `readExchangeFile`, keeping nothing:
 * photos are unpacked and hashed one at a time and dropped. A writer calls it before the file is
 * handed out, so a file the reader would refuse is never presented as made.
 */
export async function verifyExchangeFile(file: Blob, format: ExchangeFormat, onProgress?: Progress): Promise<{ ok: true } | { ok: false; errors: ExchangeError[] }> {
  const r = await guardRead(() => read(file, [format], onProgress, false), 'the file just made could not be read back')
  return r.ok ? { ok: true } : r
}

async function read<F extends ExchangeFormat>(
  file: Blob,
  expected: readonly F[],
  onProgress: Progress | undefined,
  keep: boolean,
): Promise<ReadResult<F>> {
  const opened = await openManifestZip(
    file,
    {
      maxEntries: Math.max(...expected.map((f) => FORMAT_LIMITS[f].maxEntries)) + 1,
      maxBytes: maxArchiveBytes(expected),
      checkPath: checkEntryPath,
      parseManifest: (json) => parseManifest(json, expected),
    },
    onProgress,
  )
  if (!opened.ok) return opened
  const { inflate } = opened.value
  const manifest = opened.value.manifest as ManifestOf<F>
  const dataJson = await opened.value.json(DATA_PATH)
  if (!dataJson.ok) return dataJson
  const data = parseExchangeData(dataJson.value, manifest)
  if (!data.ok) return data

  const mimes = new Map(planFileEntries(data.value.evidence).map((p) => [p.path, p.mime]))
  const files = new Map<string, Blob>()
  for (const entry of manifest.entries) {
    const kind = entryKind(entry.path)
    if (kind !== 'file' && kind !== 'thumb') continue
    const r = await inflate(entry.path)
    if (!r.ok) return r
    if (!keep) continue
    const type = kind === 'thumb' ? 'image/jpeg' : (mimes.get(entry.path) ?? 'application/octet-stream')
    files.set(entry.path, new Blob([r.value as Uint8Array<ArrayBuffer>], { type }))
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
