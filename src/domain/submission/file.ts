/**
 * The submission file and the decision file (return / acceptance) as exchange files: a zip with
 * `manifest.json` (format, version, who made it, when, every entry with its size and SHA-256) and
 * `data.json`, in the same shape, limits and error vocabulary as the other exchange files.
 *
 * - Submission (`chiso.submission`): `data.json` is the submission's canonical content, so its
 *   SHA-256 is the submission's identity; the manifest repeats that hash and the time the school
 *   submitted. Photos and documents the principal chose to attach are `files/<id>.<ext>`; the
 *   record PDF, when attached, is `record.pdf`.
 * - Decision (`chiso.decision`): `data.json` is the reviewer's decision; nothing else.
 *
 * Everything here is pure: the zip and the SHA-256 are the service's work. Nothing throws.
 */
import * as v from 'valibot'
import { SCHOOL_KINDS } from '../criteria/schema'
import { EVIDENCE_CODE_MAX_LENGTH } from '../evidence/codes'
import { EVIDENCE_KINDS } from '../model'
import type { Result } from '../errors'
import { exact, type Same } from '../typeProof'
import { entryPath, failWith, MAX_REPORTED_ERRORS, exchangeError, shown, type ExchangeError } from '../exchange/errors'
import {
  boundedArray,
  boundedInteger,
  boundedNumber,
  idSchema,
  isoDateTimeSchema,
  itemIdSchema,
  nonEmptyText,
  optionalIsoDateSchema,
  setIdSchema,
  setVersionSchema,
  sha256Schema,
  text,
} from '../exchange/fields'
import { issuesToErrors } from '../exchange/issues'
import { MAX_DATA_BYTES, MAX_FILE_BYTES, MiB, EXCHANGE_FORMAT_VERSION, CHISO_FORMATS, MAX_MANIFEST_BYTES, type ReviewFileFormat } from '../exchange/limits'
import { answerBasisSchema, answerValueSchema, ManifestEntrySchema, MAX_ASSIGNED_ITEMS, TEXT_LIMITS } from '../exchange/manifest'
import { checkEntryPath, DATA_PATH, dataField, evidenceFilePath, MANIFEST_PATH, printablePath } from '../exchange/paths'
import { SUBMISSION_CONTENT_FORMAT, SUBMISSION_CONTENT_VERSION, type SubmissionContent } from './content'
import { DECISIONS, type DecisionContent } from './decision'
import type { ReceivedDecision, SubmissionMark } from './receive'

export const SUBMISSION_FORMAT = 'chiso.submission' satisfies ReviewFileFormat
export const DECISION_FORMAT = 'chiso.decision' satisfies ReviewFileFormat

/** The record PDF inside a submission file. */
export const RECORD_PATH = 'record.pdf'

/** Most evidence one submission describes (a school has a few hundred). */
export const MAX_SUBMITTED_EVIDENCE = 20_000

export const REVIEW_FILE_LIMITS: Readonly<Record<ReviewFileFormat, { maxEntries: number; maxTotalBytes: number }>> = {
  [SUBMISSION_FORMAT]: { maxEntries: 5_000, maxTotalBytes: 500 * MiB },
  [DECISION_FORMAT]: { maxEntries: 1, maxTotalBytes: MAX_DATA_BYTES },
}

/** Largest archive that may hold a file of this format (entries, manifest, zip headers). */
export function maxReviewFileBytes(format: ReviewFileFormat): number {
  const l = REVIEW_FILE_LIMITS[format]
  return l.maxTotalBytes + MAX_MANIFEST_BYTES + (l.maxEntries + 1) * 512
}

const L = TEXT_LIMITS
const UNSAFE_URL = /^\s*(javascript|vbscript|data|file|blob):/i
const groupIdSchema = v.pipe(v.string(), v.regex(/^[0-9A-Za-z][0-9A-Za-z.()_-]{0,31}$/, 'not a valid group id'))

const GroupResultSchema = v.strictObject({
  id: groupIdSchema,
  points: boundedNumber(0, 1_000_000),
  level: v.nullable(boundedInteger(0, 100)),
})

const DeclaredResultSchema = v.strictObject({
  groups: boundedArray(GroupResultSchema, 100),
  answered: boundedInteger(0, MAX_ASSIGNED_ITEMS),
  total: boundedInteger(0, MAX_ASSIGNED_ITEMS),
})

export const SubmissionContentSchema = v.strictObject({
  school: v.strictObject({
    id: idSchema,
    name: nonEmptyText(L.name),
    code: text(L.code),
    kind: v.picklist(SCHOOL_KINDS),
    province: text(L.name),
    commune: text(L.name),
    managingBody: text(L.name),
    headName: text(L.name),
  }),
  assessment: v.strictObject({
    id: idSchema,
    schoolYear: nonEmptyText(20),
    revision: boundedInteger(1, 1000),
    amends: v.optional(idSchema),
    approval: v.strictObject({ date: optionalIsoDateSchema, decisionNumber: text(L.shortText) }),
  }),
  set: v.strictObject({ setId: setIdSchema, version: setVersionSchema, sha256: sha256Schema }),
  answers: boundedArray(
    v.strictObject({ itemId: itemIdSchema, value: answerValueSchema, note: text(L.note), basis: v.optional(answerBasisSchema) }),
    MAX_ASSIGNED_ITEMS,
  ),
  evidence: boundedArray(
    v.strictObject({
      id: idSchema,
      code: nonEmptyText(EVIDENCE_CODE_MAX_LENGTH),
      title: text(L.shortText),
      kind: v.picklist(EVIDENCE_KINDS),
      itemIds: boundedArray(itemIdSchema, MAX_ASSIGNED_ITEMS),
      capturedAt: v.optional(isoDateTimeSchema),
      url: v.optional(v.pipe(text(L.url), v.check((s) => !UNSAFE_URL.test(s), 'a link of this kind is not allowed'))),
      paper: v.optional(
        v.strictObject({ number: text(L.shortText), date: optionalIsoDateSchema, issuer: text(L.shortText), summary: text(L.note) }),
      ),
      file: v.optional(
        v.strictObject({
          id: idSchema,
          mime: v.pipe(v.string(), v.regex(/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/i, 'not a media type'), v.maxLength(200)),
          size: boundedInteger(0, MAX_FILE_BYTES),
          name: text(L.name),
          sha256: sha256Schema,
        }),
      ),
    }),
    MAX_SUBMITTED_EVIDENCE,
  ),
  declared: DeclaredResultSchema,
})

const SubmissionRefSchema = v.strictObject({
  sha256: sha256Schema,
  schoolId: idSchema,
  schoolName: text(L.name),
  schoolCode: text(L.code),
  assessmentId: idSchema,
  revision: boundedInteger(1, 1000),
  schoolYear: nonEmptyText(20),
  setId: setIdSchema,
  version: setVersionSchema,
})

export const DecisionContentSchema = v.strictObject({
  submission: SubmissionRefSchema,
  decision: v.picklist(DECISIONS),
  reason: text(L.note),
  rows: boundedArray(v.strictObject({ itemId: itemIdSchema, score: answerValueSchema, comment: text(L.note) }), MAX_ASSIGNED_ITEMS),
  reviewed: v.nullable(DeclaredResultSchema),
  unit: v.strictObject({ name: text(L.name), headName: text(L.name) }),
  decidedAt: isoDateTimeSchema,
})

/** The decision as the school's phone keeps it on the assessment (`Assessment.review`). */
export const ReceivedDecisionSchema = v.strictObject({
  decision: v.picklist(DECISIONS),
  reason: text(L.note),
  rows: DecisionContentSchema.entries.rows,
  reviewed: v.nullable(DeclaredResultSchema),
  unit: v.strictObject({ name: text(L.name), headName: text(L.name) }),
  decidedAt: isoDateTimeSchema,
  receivedAt: isoDateTimeSchema,
})

/** What the school's phone keeps of its submission on the assessment (`Assessment.submission`). */
export const SubmissionMarkSchema = v.strictObject({ sha256: sha256Schema, submittedAt: isoDateTimeSchema })

// The schemas describe exactly the domain's shapes: a field added there stops this compiling.
exact<Same<v.InferOutput<typeof SubmissionContentSchema>, SubmissionContent>>(true)
exact<Same<v.InferOutput<typeof DecisionContentSchema>, DecisionContent>>(true)
exact<Same<v.InferOutput<typeof ReceivedDecisionSchema>, ReceivedDecision>>(true)
exact<Same<v.InferOutput<typeof SubmissionMarkSchema>, SubmissionMark>>(true)

const head = {
  formatVersion: v.literal(EXCHANGE_FORMAT_VERSION),
  appVersion: nonEmptyText(40),
  createdAt: isoDateTimeSchema,
  packageId: idSchema,
}

export const SubmissionManifestSchema = v.strictObject({
  format: v.literal(SUBMISSION_FORMAT),
  ...head,
  submission: v.strictObject({
    /** SHA-256 of the canonical content (`data.json`): what the school's phone shows as the fingerprint. */
    sha256: sha256Schema,
    /** When the school submitted (made this file for the first time). */
    submittedAt: isoDateTimeSchema,
    schoolName: text(L.name),
    revision: boundedInteger(1, 1000),
  }),
  entries: boundedArray(ManifestEntrySchema, REVIEW_FILE_LIMITS[SUBMISSION_FORMAT].maxEntries + 10),
})

export const DecisionManifestSchema = v.strictObject({
  format: v.literal(DECISION_FORMAT),
  ...head,
  decision: v.strictObject({ decision: v.picklist(DECISIONS), submissionSha256: sha256Schema, schoolName: text(L.name) }),
  entries: boundedArray(ManifestEntrySchema, 10),
})

export type SubmissionManifest = v.InferOutput<typeof SubmissionManifestSchema>
export type DecisionManifest = v.InferOutput<typeof DecisionManifestSchema>
export type ReviewFileManifest = SubmissionManifest | DecisionManifest
export type ReviewManifestOf<F extends ReviewFileFormat> = Extract<ReviewFileManifest, { format: F }>

const ALL_FORMATS: readonly string[] = CHISO_FORMATS

/** What part of a review file's layout a path is: `manifest.json`, `data.json`, `record.pdf`, `files/…`. */
export function reviewEntryKind(path: string): 'manifest' | 'data' | 'record' | 'file' | null {
  if (path === MANIFEST_PATH) return 'manifest'
  if (path === DATA_PATH) return 'data'
  if (path === RECORD_PATH) return 'record'
  return /^files\/[A-Za-z0-9][A-Za-z0-9_.-]{0,79}\.[a-z0-9]{1,8}$/.test(path) ? 'file' : null
}

/** Why an entry name must not be read (unsafe, or outside the layout), or null. */
export function checkReviewEntryPath(path: string): { code: 'unsafe-path' | 'unexpected-path'; detail: string } | null {
  if (path === RECORD_PATH) return null
  const problem = checkEntryPath(path)
  if (problem) return problem
  return reviewEntryKind(path) === null ? { code: 'unexpected-path', detail: 'no entry of this name belongs in this file' } : null
}

const cap = (errors: ExchangeError[]) => errors.slice(0, MAX_REPORTED_ERRORS)

/**
 * Validates a parsed `manifest.json` that should be of format `expected`: format and version first
 * (a clear message for the wrong kind of file), then the schema, then the entries (safe names in
 * the layout, each once, within the format's limits, `data.json` listed).
 */
export function parseReviewManifest<F extends ReviewFileFormat>(input: unknown, expected: F): Result<ReviewManifestOf<F>, ExchangeError> {
  const at = (field: string) => entryPath(MANIFEST_PATH, field)
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return failWith('invalid-manifest', MANIFEST_PATH, 'manifest.json is not a JSON object')
  const h = input as Record<string, unknown>
  if (h.format !== expected)
    return failWith(
      'wrong-format',
      at('format'),
      ALL_FORMATS.includes(h.format as string) ? `this is a ${String(h.format)} file, expected ${expected}` : `${shown(h.format)} is not a chiso file format`,
      { found: ALL_FORMATS.includes(h.format as string) ? (h.format as string) : shown(h.format), expected },
    )
  if (h.formatVersion !== EXCHANGE_FORMAT_VERSION) {
    const newer = typeof h.formatVersion === 'number' && h.formatVersion > EXCHANGE_FORMAT_VERSION
    return failWith(
      'unsupported-version',
      at('formatVersion'),
      newer
        ? `format version ${shown(h.formatVersion)} was made by a newer chiso; update the app`
        : `format version ${shown(h.formatVersion)} is not supported (this app reads ${EXCHANGE_FORMAT_VERSION})`,
      { found: shown(h.formatVersion), supported: EXCHANGE_FORMAT_VERSION, newer: newer ? 1 : 0 },
    )
  }
  const schema = expected === SUBMISSION_FORMAT ? SubmissionManifestSchema : DecisionManifestSchema
  const parsed = v.safeParse(schema, input, { abortPipeEarly: true })
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.issues, MANIFEST_PATH) }
  const manifest = parsed.output as ReviewManifestOf<F>
  const limits = REVIEW_FILE_LIMITS[expected]
  const errors: ExchangeError[] = []
  const seen = new Set<string>()
  let total = 0
  if (manifest.entries.length > limits.maxEntries + 1)
    errors.push(exchangeError('too-many-entries', at('entries'), `${manifest.entries.length} entries, limit ${limits.maxEntries}`, { count: manifest.entries.length, limit: limits.maxEntries }))
  manifest.entries.forEach((e, i) => {
    const problem = checkReviewEntryPath(e.path)
    if (problem) {
      errors.push(exchangeError(problem.code, printablePath(e.path), problem.detail, { entry: at(`entries[${i}]`) }))
      return
    }
    const kind = reviewEntryKind(e.path)
    if (kind === 'manifest') errors.push(exchangeError('invalid-field', at(`entries[${i}].path`), 'manifest.json does not list itself', {}))
    else if (kind !== 'data' && expected === DECISION_FORMAT)
      errors.push(exchangeError('unexpected-path', e.path, 'a decision file holds nothing but data.json', {}))
    else if (seen.has(e.path)) errors.push(exchangeError('duplicate-entry', e.path, 'the manifest lists this entry twice', {}))
    const limit = kind === 'data' ? MAX_DATA_BYTES : MAX_FILE_BYTES
    if (e.size > limit) errors.push(exchangeError('too-large', e.path, `declared size ${e.size} bytes, limit ${limit}`, { size: e.size, limit }))
    seen.add(e.path)
    total += e.size
  })
  if (!seen.has(DATA_PATH)) errors.push(exchangeError('missing-entry', DATA_PATH, 'the manifest does not list data.json', {}))
  if (total > limits.maxTotalBytes)
    errors.push(exchangeError('too-large', '', `entries add up to ${total} bytes, limit ${limits.maxTotalBytes}`, { size: total, limit: limits.maxTotalBytes }))
  return errors.length ? { ok: false, errors: cap(errors) } : { ok: true, value: manifest }
}

/** A submission's content as its file carries it, and which of its files came along. */
export interface SubmissionFileData {
  content: SubmissionContent
  /** Evidence file ids whose photo or document is in the file. */
  attachedFiles: string[]
  record: boolean
}

/**
 * Validates `data.json` of a submission against its schema, its own rules (each row answered
 * once, each evidence id, code and file once, evidence pointing at rows the content has or the
 * set may have) and the manifest (every attached file is one the evidence describes, with the
 * same size and SHA-256; nothing attached that is not described).
 */
export function parseSubmissionData(input: unknown, manifest: SubmissionManifest): Result<SubmissionFileData, ExchangeError> {
  const parsed = v.safeParse(SubmissionContentSchema, input, { abortPipeEarly: true })
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.issues, DATA_PATH) }
  const content = parsed.output
  const errors: ExchangeError[] = []
  const dup = (field: string, what: string, id: string) => errors.push(exchangeError('duplicate-id', dataField(field), `${what} "${id}" appears twice`, { id }))
  const answered = new Set<string>()
  content.answers.forEach((a, i) => {
    if (answered.has(a.itemId)) dup(`answers[${i}].itemId`, 'row', a.itemId)
    answered.add(a.itemId)
  })
  const ids = new Set<string>()
  const codes = new Set<string>()
  const files = new Map<string, { size: number; sha256: string; index: number }>()
  content.evidence.forEach((e, i) => {
    if (ids.has(e.id)) dup(`evidence[${i}].id`, 'evidence', e.id)
    ids.add(e.id)
    if (codes.has(e.code)) dup(`evidence[${i}].code`, 'evidence code', e.code)
    codes.add(e.code)
    if (e.file) {
      const path = evidenceFilePath(e.file.id, e.file.mime)
      if (files.has(path)) dup(`evidence[${i}].file.id`, 'file', e.file.id)
      files.set(path, { size: e.file.size, sha256: e.file.sha256, index: i })
    }
  })
  const attachedFiles: string[] = []
  let record = false
  for (const entry of manifest.entries) {
    const kind = reviewEntryKind(entry.path)
    if (kind === 'record') record = true
    if (kind !== 'file') continue
    const f = files.get(entry.path)
    if (!f) {
      errors.push(exchangeError('extra-entry', entry.path, 'no evidence of the submission describes this file', {}))
      continue
    }
    if (f.size !== entry.size)
      errors.push(exchangeError('size-mismatch', entry.path, `the evidence says ${f.size} bytes, the file is ${entry.size}`, { size: entry.size, declared: f.size }))
    if (f.sha256 !== entry.sha256)
      errors.push(
        exchangeError('hash-mismatch', entry.path, 'the attached file is not the one the evidence describes (its SHA-256 differs)', {
          expected: f.sha256,
          found: entry.sha256,
        }),
      )
    attachedFiles.push(entry.path.slice('files/'.length, entry.path.lastIndexOf('.')))
  }
  if (content.school.name !== manifest.submission.schoolName || content.assessment.revision !== manifest.submission.revision)
    errors.push(exchangeError('header-mismatch', entryPath(MANIFEST_PATH, 'submission'), 'the manifest names another school or revision than data.json', {}))
  return errors.length ? { ok: false, errors: cap(errors) } : { ok: true, value: { content, attachedFiles, record } }
}

/**
 * Validates `data.json` of a decision: its schema and its own rules — a return has a reason and
 * no reviewed totals or scores, an acceptance has reviewed totals; each row once.
 */
export function parseDecisionData(input: unknown, manifest: DecisionManifest): Result<DecisionContent, ExchangeError> {
  const parsed = v.safeParse(DecisionContentSchema, input, { abortPipeEarly: true })
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.issues, DATA_PATH) }
  const d = parsed.output
  const errors: ExchangeError[] = []
  if (d.decision === 'returned') {
    if (d.reason.trim() === '') errors.push(exchangeError('invalid-field', dataField('reason'), 'a return gives its reason', {}))
    if (d.reviewed !== null) errors.push(exchangeError('invalid-field', dataField('reviewed'), 'a return carries no reviewed totals', {}))
    d.rows.forEach((r, i) => {
      if (r.score !== null) errors.push(exchangeError('invalid-field', dataField(`rows[${i}].score`), 'a return carries comments, not scores', {}))
    })
  } else if (d.reviewed === null) errors.push(exchangeError('invalid-field', dataField('reviewed'), 'an acceptance carries the reviewed totals', {}))
  const seen = new Set<string>()
  d.rows.forEach((r, i) => {
    if (seen.has(r.itemId)) errors.push(exchangeError('duplicate-id', dataField(`rows[${i}].itemId`), `row "${r.itemId}" appears twice`, { id: r.itemId }))
    seen.add(r.itemId)
  })
  if (d.decision !== manifest.decision.decision || d.submission.sha256 !== manifest.decision.submissionSha256)
    errors.push(exchangeError('header-mismatch', entryPath(MANIFEST_PATH, 'decision'), 'the manifest says another decision than data.json', {}))
  return errors.length ? { ok: false, errors: cap(errors) } : { ok: true, value: d }
}

/**
 * `data.json` of a submission is the canonical text (`canonicalSubmission`): the content inside an
 * envelope naming its shape. This opens the envelope, or says why the file's data is not one.
 */
export function submissionDataContent(json: unknown): Result<unknown, ExchangeError> {
  const env = json as Record<string, unknown> | null
  if (typeof env !== 'object' || env === null || Array.isArray(env))
    return failWith('invalid-data', DATA_PATH, 'data.json is not a JSON object')
  if (env.format !== SUBMISSION_CONTENT_FORMAT)
    return failWith('invalid-field', dataField('format'), `data.json holds ${shown(env.format)}, not a submission's content`)
  if (env.version !== SUBMISSION_CONTENT_VERSION)
    return failWith('unsupported-version', dataField('version'), `content version ${shown(env.version)} is not supported`, {
      found: shown(env.version),
      supported: SUBMISSION_CONTENT_VERSION,
      newer: typeof env.version === 'number' && env.version > SUBMISSION_CONTENT_VERSION ? 1 : 0,
    })
  const extra = Object.keys(env).filter((k) => k !== 'format' && k !== 'version' && k !== 'content')
  if (extra.length) return failWith('invalid-field', dataField(extra[0] as string), 'data.json holds a field a submission does not have')
  return { ok: true, value: env.content }
}

/** The manifest of a submission file, given its entries (data.json first). */
export function submissionManifest(
  h: { appVersion: string; createdAt: string; packageId: string },
  sha256: string,
  submittedAt: string,
  content: SubmissionContent,
  entries: { path: string; size: number; sha256: string }[],
): SubmissionManifest {
  return {
    format: SUBMISSION_FORMAT,
    formatVersion: EXCHANGE_FORMAT_VERSION,
    ...h,
    submission: { sha256, submittedAt, schoolName: content.school.name, revision: content.assessment.revision },
    entries,
  }
}

export function decisionManifest(
  h: { appVersion: string; createdAt: string; packageId: string },
  d: DecisionContent,
  entries: { path: string; size: number; sha256: string }[],
): DecisionManifest {
  return {
    format: DECISION_FORMAT,
    formatVersion: EXCHANGE_FORMAT_VERSION,
    ...h,
    decision: { decision: d.decision, submissionSha256: d.submission.sha256, schoolName: d.submission.schoolName },
    entries,
  }
}

