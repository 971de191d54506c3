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
  canonicalCriteriaSet,
  canonicalSubmission,
  checkReviewEntryPath,
  DATA_PATH,
  DECISION_FORMAT,
  decisionFileName,
  decisionManifest,
  evidenceFilePath,
  maxReviewFileBytes,
  parseDecisionData,
  parseReviewManifest,
  parseSubmissionData,
  RECORD_PATH,
  REVIEW_FILE_LIMITS,
  SUBMISSION_FORMAT,
  submissionDataContent,
  submissionFileName,
  submissionManifest,
  submissionTime,
  type ArrivingSubmission,
  type CriteriaSet,
  type DecisionContent,
  type DecisionManifest,
  type ExchangeResult,
  type ManifestHead,
  type ReviewFileFormat,
  type ReviewManifestOf,
  type SubmissionContent,
  type SubmissionManifest,
  type SubmissionMark,
  type ManifestEntry,
} from '@/domain'
import { sha256Hex, type Progress } from './archive'
import { failed, guardRead, message, openManifestZip, sizeOf, writeManifestZip, type ZipSource } from './manifestZip'

/** Who made a file and when: the manifest's head. */
export type ReviewFileHead = ManifestHead

const utf8 = new TextEncoder()

/** SHA-256 (hex) of a submission's canonical content: its identity, and the source of its fingerprint. */
export function submissionSha256(content: SubmissionContent): Promise<string> {
  return sha256Hex(utf8.encode(canonicalSubmission(content)))
}

/** SHA-256 (hex) of a criteria set's canonical text: how a submission names the set it was scored on. */
export function criteriaSetSha256(set: CriteriaSet): Promise<string> {
  return sha256Hex(utf8.encode(canonicalCriteriaSet(set)))
}

/** SHA-256 (hex) of a stored photo or document: how a submission names each file it describes. */
export async function blobSha256(blob: Blob): Promise<string> {
  return sha256Hex(new Uint8Array(await blob.arrayBuffer()))
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
  /** When the school submits: now, unless `earlier` already holds this very content. */
  submittedAt: string
  /** The assessment's mark of an earlier submission: the same content keeps its first time. */
  earlier?: SubmissionMark
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
    const dataBytes = utf8.encode(canonicalSubmission(content))
    const sha256 = await sha256Hex(dataBytes)
    const described = new Map(content.evidence.flatMap((e) => (e.file ? [[e.file.id, e.file] as const] : [])))
    const sources: ZipSource[] = [{ path: DATA_PATH, source: dataBytes, sha256 }]
    if (attachments.record) sources.push({ path: RECORD_PATH, source: attachments.record })
    const seen = new Set<string>()
    for (const f of attachments.files) {
      const d = described.get(f.id)
      if (!d || seen.has(f.id)) continue
      seen.add(f.id)
      sources.push({ path: evidenceFilePath(d.id, d.mime), source: f.blob })
    }
    const made = await writeChecked(SUBMISSION_FORMAT, sources, opts, (entries) =>
      submissionManifest(headOf(opts), sha256, submissionTime(opts.earlier, sha256, opts.submittedAt), content, entries),
      (manifest) => parseSubmissionData(roundTrip(content), manifest),
    )
    if (!made.ok) return made
    return { ok: true, value: { ...made.value, sha256, fileName: submissionFileName(content, sha256) } }
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
    const made = await writeChecked(
      DECISION_FORMAT,
      [{ path: DATA_PATH, source: utf8.encode(JSON.stringify(decision)) }],
      opts,
      (entries) => decisionManifest(headOf(opts), decision, entries),
      (manifest) => parseDecisionData(roundTrip(decision), manifest),
    )
    if (!made.ok) return made
    return { ok: true, value: { ...made.value, fileName: decisionFileName(decision) } }
  } catch (e) {
    return failed('storage-failed', `the file could not be made: ${message(e)}`)
  }
}

const headOf = (opts: ReviewFileHead): ReviewFileHead => ({ appVersion: opts.appVersion, createdAt: opts.createdAt, packageId: opts.packageId })

/** What a reader of the file would get: the value as JSON text read back. */
const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

/**
 * Writes a review file whose manifest and data pass the reader's own checks first, so a file this
 * app writes is a file it reads back. The entries are hashed before the manifest is checked
 * (it lists their SHA-256), and written only once both checks pass.
 */
async function writeChecked<F extends ReviewFileFormat>(
  format: F,
  sources: readonly ZipSource[],
  opts: { createdAt: string; onProgress?: Progress },
  manifestOf: (entries: ManifestEntry[]) => ReviewManifestOf<F>,
  checkData: (manifest: ReviewManifestOf<F>) => ExchangeResult<unknown>,
): Promise<ExchangeResult<{ blob: Blob; manifest: ReviewManifestOf<F> }>> {
  const hashed: ZipSource[] = []
  for (const s of sources)
    hashed.push({ ...s, sha256: s.sha256 ?? (await sha256Hex(s.source instanceof Uint8Array ? s.source : new Uint8Array(await s.source.arrayBuffer()))) })
  const manifest = manifestOf(hashed.map((s) => ({ path: s.path, size: sizeOf(s.source), sha256: s.sha256 as string })))
  const m = parseReviewManifest(roundTrip(manifest), format)
  if (!m.ok) return m
  const d = checkData(manifest)
  if (!d.ok) return d
  const { blob } = await writeManifestZip(hashed, () => manifest, opts)
  return { ok: true, value: { blob, manifest } }
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
  return guardRead(async () => {
    const r = await openReviewFile(file, SUBMISSION_FORMAT, onProgress)
    if (!r.ok) return r
    const { manifest, inflate } = r.value
    const json = await r.value.json(DATA_PATH)
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
  return guardRead(async () => {
    const r = await openReviewFile(file, DECISION_FORMAT, onProgress)
    if (!r.ok) return r
    const json = await r.value.json(DATA_PATH)
    if (!json.ok) return json
    const d = parseDecisionData(json.value, r.value.manifest)
    if (!d.ok) return d
    return { ok: true, value: { manifest: r.value.manifest, decision: d.value } }
  })
}

function openReviewFile<F extends ReviewFileFormat>(file: Blob, format: F, onProgress?: Progress) {
  return openManifestZip(
    file,
    {
      maxEntries: REVIEW_FILE_LIMITS[format].maxEntries + 2,
      maxBytes: maxReviewFileBytes(format),
      checkPath: checkReviewEntryPath,
      // The kind of file decides the message: a backup given here is named as one, whatever it holds.
      parseManifest: (json) => parseReviewManifest(json, format),
    },
    onProgress,
  )
}
