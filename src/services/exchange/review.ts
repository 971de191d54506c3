/**
 * Reporting-up files as zips: the school's **submission file** (`chiso.submission`) and the
 * reviewer's **decision file** (`chiso.decision`, a return or an acceptance). The same archive
 * rules as the other exchange files (`manifest.json` listing every entry with its size and
 * SHA-256, entries checked before anything is inflated, all-or-nothing), the formats and rules
 * of `domain/submission`.
 *
 * - Building checks the content with the reader's own rules first, so a file this app writes is a
 *   file it reads back.
 * - Reading checks everything — archive, entry names, manifest, each entry's size (capped by kind) and
 *   SHA-256, the data against its schema and rules, attachments against the evidence that
 *   describes them — before returning anything.
 * - Nothing here throws and nothing here touches the database: every function returns an
 *   `ExchangeResult` whose errors use the one exchange vocabulary (`exchange.errors.*`, shown by
 *   `components/exchange/ExchangeErrors.vue`). Reading a file of another kind gives one
 *   `wrong-format` error whose `params.found` names the kind (`foundKind` in the domain).
 */
import {
  canonicalSubmission,
  checkArchiveAgainstManifest,
  checkReviewEntryPath,
  DATA_PATH,
  DECISION_FORMAT,
  decisionFileName,
  decisionManifest,
  evidenceFilePath,
  exchangeError,
  isCompressedPath,
  MANIFEST_PATH,
  MAX_MANIFEST_BYTES,
  maxReviewFileBytes,
  parseDecisionData,
  parseReviewManifest,
  parseSubmissionData,
  printablePath,
  RECORD_PATH,
  REVIEW_FILE_LIMITS,
  SUBMISSION_FORMAT,
  submissionDataContent,
  submissionFileName,
  submissionManifest,
  type ArrivingSubmission,
  type DecisionContent,
  type DecisionManifest,
  type ExchangeError,
  type ExchangeResult,
  type ManifestHead,
  type ReviewFileFormat,
  type ReviewManifestOf,
  type SubmissionContent,
  type SubmissionManifest,
} from '@/domain'
import { inflateEntry, openArchive, sha256Hex, ZipWriter, type ArchiveProblem, type CentralEntry, type Progress } from './archive'

/** Who made a file and when: the manifest's head. */
export type ReviewFileHead = ManifestHead

const utf8 = new TextEncoder()

/** SHA-256 (hex) of a submission's canonical content: its identity, and the source of its fingerprint. */
export function submissionSha256(content: SubmissionContent): Promise<string> {
  return sha256Hex(utf8.encode(canonicalSubmission(content)))
}

// ---------------------------------------------------------------------------------------------
// Building

/** What the principal chose to attach to a submission. */
export interface SubmissionAttachments {
  /**
   * Stored evidence files to carry, by their file id (`Evidence.file.id`). Only files the content
   * describes are carried; a blob whose SHA-256 is not the one the content names is refused.
   */
  files: readonly { id: string; blob: Blob }[]
  /** The record PDF, carried as `record.pdf`. */
  record?: Blob
}

export interface SubmissionBuildOptions extends ReviewFileHead {
  /** When the school submitted: the first time this content was made into a file. */
  submittedAt: string
  onProgress?: Progress
}

/** A made submission file. */
export interface MadeSubmission {
  blob: Blob
  manifest: SubmissionManifest
  /** SHA-256 of the canonical content (`fingerprint(sha256)` is what the screen shows). */
  sha256: string
  /** A name a teacher or reviewer recognises in a chat (`chiso-nop-ket-qua-…-lan-1-7F3A91C2.zip`). */
  fileName: string
}

/**
 * Makes the submission file of `content` (from `submissionContent` in the domain) with the chosen
 * attachments. The content's canonical text is `data.json`, so its SHA-256 is the submission's
 * identity whatever is attached. Refused (`invalid-field`, `hash-mismatch`…) when the content or
 * an attachment does not pass the reader's checks; `storage-failed` when the zip cannot be made.
 */
export async function buildSubmissionFile(
  content: SubmissionContent,
  attachments: SubmissionAttachments,
  opts: SubmissionBuildOptions,
): Promise<ExchangeResult<MadeSubmission>> {
  try {
    const text = canonicalSubmission(content)
    const dataBytes = utf8.encode(text)
    const sha256 = await sha256Hex(dataBytes)
    const described = new Map(content.evidence.flatMap((e) => (e.file ? [[e.file.id, e.file] as const] : [])))
    const entries: { path: string; bytes: Uint8Array; sha256: string }[] = [{ path: DATA_PATH, bytes: dataBytes, sha256 }]
    if (attachments.record) {
      const bytes = new Uint8Array(await attachments.record.arrayBuffer())
      entries.push({ path: RECORD_PATH, bytes, sha256: await sha256Hex(bytes) })
    }
    const seen = new Set<string>()
    for (const f of attachments.files) {
      const d = described.get(f.id)
      if (!d || seen.has(f.id)) continue
      seen.add(f.id)
      const bytes = new Uint8Array(await f.blob.arrayBuffer())
      entries.push({ path: evidenceFilePath(d.id, d.mime), bytes, sha256: await sha256Hex(bytes) })
    }
    const manifest = submissionManifest(
      { appVersion: opts.appVersion, createdAt: opts.createdAt, packageId: opts.packageId },
      sha256,
      opts.submittedAt,
      content,
      entries.map((e) => ({ path: e.path, size: e.bytes.length, sha256: e.sha256 })),
    )
    const m = parseReviewManifest(JSON.parse(JSON.stringify(manifest)) as unknown, SUBMISSION_FORMAT)
    if (!m.ok) return m
    const d = parseSubmissionData(JSON.parse(JSON.stringify(content)) as unknown, manifest)
    if (!d.ok) return d
    const blob = await writeZip(entries, manifest, opts)
    return { ok: true, value: { blob, manifest, sha256, fileName: submissionFileName(content, sha256) } }
  } catch (e) {
    return failed('storage-failed', `the file could not be made: ${message(e)}`)
  }
}

/** A made decision file. */
export interface MadeDecision {
  blob: Blob
  manifest: DecisionManifest
  /** `chiso-tra-lai-…-lan-1.zip` / `chiso-chap-nhan-…-lan-1.zip`. */
  fileName: string
}

/**
 * Makes the decision file (return or acceptance) of `decision` (from `makeDecision` in the
 * domain). Refused when it does not pass the reader's checks (a return without a reason, rows
 * twice…); `storage-failed` when the zip cannot be made.
 */
export async function buildDecisionFile(decision: DecisionContent, opts: ReviewFileHead & { onProgress?: Progress }): Promise<ExchangeResult<MadeDecision>> {
  try {
    const bytes = utf8.encode(JSON.stringify(decision))
    const entries = [{ path: DATA_PATH, bytes, sha256: await sha256Hex(bytes) }]
    const manifest = decisionManifest(
      { appVersion: opts.appVersion, createdAt: opts.createdAt, packageId: opts.packageId },
      decision,
      entries.map((e) => ({ path: e.path, size: e.bytes.length, sha256: e.sha256 })),
    )
    const m = parseReviewManifest(JSON.parse(JSON.stringify(manifest)) as unknown, DECISION_FORMAT)
    if (!m.ok) return m
    const d = parseDecisionData(JSON.parse(JSON.stringify(decision)) as unknown, manifest)
    if (!d.ok) return d
    const blob = await writeZip(entries, manifest, opts)
    return { ok: true, value: { blob, manifest, fileName: decisionFileName(decision) } }
  } catch (e) {
    return failed('storage-failed', `the file could not be made: ${message(e)}`)
  }
}

async function writeZip(entries: readonly { path: string; bytes: Uint8Array }[], manifest: unknown, opts: { createdAt: string; onProgress?: Progress }): Promise<Blob> {
  const mtime = new Date(Date.parse(opts.createdAt))
  const writer = new ZipWriter(Number.isFinite(mtime.getTime()) && mtime.getUTCFullYear() >= 1981 ? mtime : new Date(Date.UTC(2000, 0, 1)))
  const total = entries.reduce((s, e) => s + e.bytes.length, 0)
  let done = 0
  opts.onProgress?.(0, total)
  for (const e of entries)
    await writer.add({ path: e.path, bytes: e.bytes, store: isCompressedPath(e.path) }, (n) => {
      done += n
      opts.onProgress?.(done, total)
    })
  await writer.add({ path: MANIFEST_PATH, bytes: utf8.encode(JSON.stringify(manifest, null, 1)), store: false })
  return writer.finish()
}

// ---------------------------------------------------------------------------------------------
// Reading

/**
 * A submission file that passed every check. It is an `ArrivingSubmission` (what the desk's
 * intake takes) plus the manifest and the attachments themselves.
 */
export interface ReadSubmission extends ArrivingSubmission {
  manifest: SubmissionManifest
  /** Attached photos and documents by evidence file id, typed as their evidence says. */
  files: Map<string, Blob>
  /** The record PDF, when the school attached it. */
  record?: Blob
}

/**
 * Reads and checks a submission file completely. `sha256` is computed here from the content;
 * `declaredSha256` is what the file's manifest says (what the school's phone showed): a difference
 * is not a refusal but a flag the desk's intake raises (`hash-differs`). Any other problem refuses
 * the file with its errors.
 */
export async function readSubmissionFile(file: Blob, onProgress?: Progress): Promise<ExchangeResult<ReadSubmission>> {
  return guard(async () => {
    const r = await openReviewFile(file, SUBMISSION_FORMAT, onProgress)
    if (!r.ok) return r
    const { manifest, inflate } = r.value
    const raw = await inflate(DATA_PATH)
    if (!raw.ok) return raw
    const json = parseJson(raw.value, DATA_PATH)
    if (!json.ok) return json
    const inner = submissionDataContent(json.value)
    if (!inner.ok) return inner
    const data = parseSubmissionData(inner.value, manifest)
    if (!data.ok) return data
    const content = data.value.content
    const mimes = new Map(content.evidence.flatMap((e) => (e.file ? [[e.file.id, e.file.mime] as const] : [])))
    const files = new Map<string, Blob>()
    for (const id of data.value.attachedFiles) {
      const mime = mimes.get(id) ?? 'application/octet-stream'
      const bytes = await inflate(evidenceFilePath(id, mime))
      if (!bytes.ok) return bytes
      files.set(id, new Blob([bytes.value as Uint8Array<ArrayBuffer>], { type: mime }))
    }
    let record: Blob | undefined
    if (data.value.record) {
      const bytes = await inflate(RECORD_PATH)
      if (!bytes.ok) return bytes
      record = new Blob([bytes.value as Uint8Array<ArrayBuffer>], { type: 'application/pdf' })
    }
    const value: ReadSubmission = {
      fileName: file instanceof File ? file.name : '',
      sha256: await submissionSha256(content),
      declaredSha256: manifest.submission.sha256,
      submittedAt: manifest.submission.submittedAt,
      content,
      attachments: { files: [...files.keys()], record: record !== undefined },
      manifest,
      files,
      ...(record ? { record } : {}),
    }
    return { ok: true, value }
  })
}

/** A decision file that passed every check. */
export interface ReadDecision {
  manifest: DecisionManifest
  decision: DecisionContent
}

/**
 * Reads and checks a decision file completely (archive, manifest, data and its rules: a return
 * gives a reason and no scores, an acceptance the reviewed totals). Whether it is for this
 * school's submission is the domain's `receiveDecision`.
 */
export async function readDecisionFile(file: Blob, onProgress?: Progress): Promise<ExchangeResult<ReadDecision>> {
  return guard(async () => {
    const r = await openReviewFile(file, DECISION_FORMAT, onProgress)
    if (!r.ok) return r
    const raw = await r.value.inflate(DATA_PATH)
    if (!raw.ok) return raw
    const json = parseJson(raw.value, DATA_PATH)
    if (!json.ok) return json
    const d = parseDecisionData(json.value, r.value.manifest)
    if (!d.ok) return d
    return { ok: true, value: { manifest: r.value.manifest, decision: d.value } }
  })
}

interface OpenedReviewFile<F extends ReviewFileFormat> {
  manifest: ReviewManifestOf<F>
  /** One listed entry's bytes, checked against the manifest's size and SHA-256. */
  inflate: (path: string) => Promise<ExchangeResult<Uint8Array>>
}

async function openReviewFile<F extends ReviewFileFormat>(file: Blob, format: F, onProgress?: Progress): Promise<ExchangeResult<OpenedReviewFile<F>>> {
  const archive = await openArchive(file, REVIEW_FILE_LIMITS[format].maxEntries + 2, maxReviewFileBytes(format))
  if (!archive.ok) return fromProblem(archive.problem)

  // Names first: nothing but the manifest is inflated while a dangerous or foreign name is present;
  // those refuse the file once its manifest has said which kind of file it is.
  const errors: ExchangeError[] = []
  const byPath = new Map<string, CentralEntry>()
  for (const e of archive.entries) {
    const problem = e.path === MANIFEST_PATH ? null : checkReviewEntryPath(e.path)
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
  // The kind of file decides the message: a backup given here is named as one, whatever it holds.
  const parsed = parseReviewManifest(manifestJson.value, format)
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
  return { ok: true, value: { manifest, inflate } }
}

// ---------------------------------------------------------------------------------------------

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

const message = (e: unknown) => (e instanceof Error ? e.message : String(e))

function failed(code: ExchangeError['code'], detail: string, path = '', params: Record<string, string | number> = {}): { ok: false; errors: ExchangeError[] } {
  return { ok: false, errors: [exchangeError(code, path, detail, params)] }
}

const fromProblem = (p: ArchiveProblem): { ok: false; errors: ExchangeError[] } => ({
  ok: false,
  errors: [exchangeError(p.code, printablePath(p.path), p.detail, p.params ?? {})],
})

async function guard<T>(work: () => Promise<ExchangeResult<T>>): Promise<ExchangeResult<T>> {
  try {
    return await work()
  } catch (e) {
    return failed('unreadable', `the file could not be read: ${message(e)}`)
  }
}
