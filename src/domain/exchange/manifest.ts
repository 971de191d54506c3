/**
 * `manifest.json`: what a package is (format, version, who made it, when), what it holds (counts)
 * and every entry with its size and SHA-256. An assignment and a contribution also carry the
 * assignment they belong to: the school, the assessment (id, set version, revision), the member,
 * the items assigned, and the baseline — the rows as they were when the assignment was made,
 * against which a contribution is merged.
 */
import * as v from 'valibot'
import { type AnswerValue } from '../scoring/score'
import type { AnswerBasis } from '../model'
import { MAX_COUNT } from '../scoring/suggest'
import {
  entryPath,
  failWith,
  MAX_REPORTED_ERRORS,
  exchangeError,
  shown,
  type ExchangeError,
} from './errors'
import type { Result } from '../errors'
import {
  boundedArray,
  boundedInteger,
  boundedNumber,
  idSchema,
  isoDateTimeSchema,
  itemIdSchema,
  nonEmptyText,
  setIdSchema,
  setVersionSchema,
  sha256Schema,
  text,
} from './fields'
import {
  FORMAT_LIMITS,
  MAX_DATA_BYTES,
  MAX_FILE_BYTES,
  MAX_MANIFEST_BYTES,
  EXCHANGE_FORMAT_VERSION,
  EXCHANGE_FORMATS,
  CHISO_FORMATS,
  type ChisoFormat,
  type ExchangeFormat,
} from './limits'
import { checkEntryPath, DATA_PATH, entryKind, MANIFEST_PATH, printablePath } from './paths'
import { issuesToErrors } from './issues'

/** Most items one member can be assigned (4725 has under a hundred). */
export const MAX_ASSIGNED_ITEMS = 2000

export const TEXT_LIMITS = {
  name: 300,
  code: 60,
  shortText: 500,
  note: 20_000,
  paragraph: 50_000,
  answerText: 20_000,
  url: 4000,
} as const

export const answerValueSchema = v.union([
  v.boolean(),
  v.null(),
  boundedNumber(0, 1000),
  text(TEXT_LIMITS.answerText),
])

export const answerBasisSchema = v.strictObject({
  yes: v.optional(v.boolean()),
  percentage: v.optional(boundedNumber(0, 100)),
  count: v.optional(boundedInteger(0, MAX_COUNT)),
})

/** One row as it was when the assignment was made; a row without an answer has value null and note ''. */
export const BaselineRowSchema = v.strictObject({
  itemId: itemIdSchema,
  value: answerValueSchema,
  note: text(TEXT_LIMITS.note),
  basis: v.optional(answerBasisSchema),
})
export interface BaselineRow {
  itemId: string
  value: AnswerValue
  note: string
  basis?: AnswerBasis
}

export const AssignmentHeaderSchema = v.strictObject({
  schoolId: idSchema,
  schoolName: text(TEXT_LIMITS.name),
  assessmentId: idSchema,
  setId: setIdSchema,
  version: setVersionSchema,
  revision: boundedInteger(1, 1000),
  memberId: idSchema,
  memberName: text(TEXT_LIMITS.name),
  assignedItemIds: v.pipe(boundedArray(itemIdSchema, MAX_ASSIGNED_ITEMS), v.minLength(1, 'no item is assigned')),
  baseline: boundedArray(BaselineRowSchema, MAX_ASSIGNED_ITEMS),
})
export interface AssignmentHeader {
  schoolId: string
  schoolName: string
  assessmentId: string
  setId: string
  version: string
  revision: number
  memberId: string
  memberName: string
  assignedItemIds: string[]
  baseline: BaselineRow[]
}

const count = boundedInteger(0, 10_000_000)

export const ManifestEntrySchema = v.strictObject({
  path: v.pipe(v.string(), v.maxLength(1000)),
  size: boundedInteger(0, Number.MAX_SAFE_INTEGER),
  sha256: sha256Schema,
})
export type ManifestEntry = v.InferOutput<typeof ManifestEntrySchema>

export const ExchangeCountsSchema = v.strictObject({
  schools: count,
  assessments: count,
  answers: count,
  members: count,
  evidence: count,
  criteriaSets: count,
  files: count,
})
export type ExchangeCounts = v.InferOutput<typeof ExchangeCountsSchema>

const base = {
  formatVersion: v.literal(EXCHANGE_FORMAT_VERSION),
  appVersion: nonEmptyText(40),
  createdAt: isoDateTimeSchema,
  /** Made once per file; lets a device recognise a file it has already imported. */
  packageId: idSchema,
  counts: ExchangeCountsSchema,
  entries: boundedArray(ManifestEntrySchema, FORMAT_LIMITS['chiso.backup'].maxEntries),
}

export const BackupManifestSchema = v.strictObject({ format: v.literal('chiso.backup'), ...base })
export const AssignmentManifestSchema = v.strictObject({
  format: v.literal('chiso.assignment'),
  ...base,
  assignment: AssignmentHeaderSchema,
})
export const ContributionManifestSchema = v.strictObject({
  format: v.literal('chiso.contribution'),
  ...base,
  assignment: AssignmentHeaderSchema,
})
export const ManifestSchema = v.variant('format', [
  BackupManifestSchema,
  AssignmentManifestSchema,
  ContributionManifestSchema,
])

export type BackupManifest = v.InferOutput<typeof BackupManifestSchema>
export type AssignmentManifest = v.InferOutput<typeof AssignmentManifestSchema>
export type ContributionManifest = v.InferOutput<typeof ContributionManifestSchema>
export type Manifest = v.InferOutput<typeof ManifestSchema>
export type ManifestOf<F extends ExchangeFormat> = Extract<Manifest, { format: F }>

const isFormat = (x: unknown): x is ExchangeFormat => EXCHANGE_FORMATS.includes(x as ExchangeFormat)

/**
 * Validates a parsed `manifest.json` that should be one of `expected`: format and version first
 * (a clear message for the wrong kind of file), then the schema, then the entry list.
 */
export function parseManifest(input: unknown, expected: readonly ExchangeFormat[]): Result<Manifest, ExchangeError> {
  const at = (field: string) => entryPath(MANIFEST_PATH, field)
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return failWith('invalid-manifest', MANIFEST_PATH, 'manifest.json is not a JSON object')
  const head = input as Record<string, unknown>
  if (!isFormat(head.format))
    return failWith('wrong-format', at('format'), `${shown(head.format)} is not a chiso package format`, {
      found: CHISO_FORMATS.includes(head.format as ChisoFormat) ? (head.format as string) : shown(head.format),
      expected: expected.join(', '),
    })
  if (!expected.includes(head.format))
    return failWith('wrong-format', at('format'), `this is a ${head.format} file, expected ${expected.join(' or ')}`, {
      found: head.format,
      expected: expected.join(', '),
    })
  if (head.formatVersion !== EXCHANGE_FORMAT_VERSION) {
    const newer = typeof head.formatVersion === 'number' && head.formatVersion > EXCHANGE_FORMAT_VERSION
    return failWith(
      'unsupported-version',
      at('formatVersion'),
      newer
        ? `format version ${shown(head.formatVersion)} was made by a newer chiso; update the app`
        : `format version ${shown(head.formatVersion)} is not supported (this app reads ${EXCHANGE_FORMAT_VERSION})`,
      { found: shown(head.formatVersion), supported: EXCHANGE_FORMAT_VERSION, newer: newer ? 1 : 0 },
    )
  }
  const parsed = v.safeParse(ManifestSchema, input, { abortPipeEarly: true })
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.issues, MANIFEST_PATH) }
  const errors = checkManifestEntries(parsed.output)
  if (parsed.output.format !== 'chiso.backup') errors.push(...checkAssignmentHeader(parsed.output.assignment))
  return errors.length ? { ok: false, errors: cap(errors) } : { ok: true, value: parsed.output }
}

/** The declared entries: safe paths in the layout, each once, within the format's limits. */
export function checkManifestEntries(manifest: Manifest): ExchangeError[] {
  const errors: ExchangeError[] = []
  const limits = FORMAT_LIMITS[manifest.format]
  const seen = new Set<string>()
  let total = 0
  if (manifest.entries.length > limits.maxEntries)
    errors.push(
      exchangeError('too-many-entries', entryPath(MANIFEST_PATH, 'entries'), `${manifest.entries.length} entries, limit ${limits.maxEntries}`, {
        count: manifest.entries.length,
        limit: limits.maxEntries,
      }),
    )
  manifest.entries.forEach((e, i) => {
    const field = entryPath(MANIFEST_PATH, `entries[${i}]`)
    const problem = checkEntryPath(e.path)
    if (problem) {
      errors.push(exchangeError(problem.code, printablePath(e.path), problem.detail, { entry: field }))
      return
    }
    const kind = entryKind(e.path)
    if (kind === 'manifest') {
      errors.push(exchangeError('invalid-field', `${field}.path`, 'manifest.json does not list itself', {}))
      return
    }
    if ((kind === 'file' || kind === 'thumb') && !limits.files) {
      errors.push(exchangeError('unexpected-path', e.path, `a ${manifest.format} file holds no photos or documents`, {}))
      return
    }
    if (seen.has(e.path)) errors.push(exchangeError('duplicate-entry', e.path, 'the manifest lists this entry twice', {}))
    seen.add(e.path)
    const limit = unpackedCap(e.path)
    if (e.size > limit)
      errors.push(exchangeError('too-large', e.path, `declared size ${e.size} bytes, limit ${limit}`, { size: e.size, limit }))
    total += e.size
  })
  if (!seen.has(DATA_PATH))
    errors.push(exchangeError('missing-entry', DATA_PATH, 'the manifest does not list data.json', {}))
  if (total > limits.maxTotalBytes)
    errors.push(
      exchangeError('too-large', '', `entries add up to ${total} bytes, limit ${limits.maxTotalBytes} for a ${manifest.format} file`, {
        size: total,
        limit: limits.maxTotalBytes,
      }),
    )
  return errors
}

function checkAssignmentHeader(h: AssignmentHeader): ExchangeError[] {
  const errors: ExchangeError[] = []
  const at = (field: string) => entryPath(MANIFEST_PATH, `assignment.${field}`)
  const assigned = new Set<string>()
  h.assignedItemIds.forEach((id, i) => {
    if (assigned.has(id)) errors.push(exchangeError('duplicate-id', at(`assignedItemIds[${i}]`), `item "${id}" is assigned twice`, { id }))
    assigned.add(id)
  })
  const inBaseline = new Set<string>()
  h.baseline.forEach((row, i) => {
    if (inBaseline.has(row.itemId))
      errors.push(exchangeError('duplicate-id', at(`baseline[${i}].itemId`), `item "${row.itemId}" has two baseline rows`, { id: row.itemId }))
    inBaseline.add(row.itemId)
    if (!assigned.has(row.itemId))
      errors.push(exchangeError('not-assigned', at(`baseline[${i}].itemId`), `item "${row.itemId}" is not assigned`, { id: row.itemId }))
  })
  return errors
}

/** What the zip itself says about an entry (from its central directory). */
export interface ZipEntryInfo {
  path: string
  size: number
  compressedSize: number
}

/**
 * Compares the archive's entries with the manifest: every entry listed and present, nothing
 * more, sizes equal, and no entry unpacking beyond the cap for its kind (`checkUnpackedSize`).
 */
export function checkArchiveAgainstManifest(manifest: { readonly entries: readonly ManifestEntry[] }, zipEntries: readonly ZipEntryInfo[]): ExchangeError[] {
  const errors: ExchangeError[] = []
  const declared = new Map(manifest.entries.map((e) => [e.path, e]))
  const present = new Set<string>()
  for (const z of zipEntries) {
    if (z.path === MANIFEST_PATH) continue
    present.add(z.path)
    const d = declared.get(z.path)
    if (!d) {
      errors.push(exchangeError('extra-entry', z.path, 'the archive holds an entry the manifest does not list', {}))
      continue
    }
    if (z.size !== d.size)
      errors.push(
        exchangeError('size-mismatch', z.path, `the archive says ${z.size} bytes, the manifest ${d.size}`, {
          size: z.size,
          declared: d.size,
        }),
      )
    errors.push(...checkUnpackedSize(z))
  }
  for (const d of manifest.entries)
    if (!present.has(d.path))
      errors.push(exchangeError('missing-entry', d.path, 'the manifest lists an entry the archive does not hold', {}))
  return cap(errors)
}

/** The most an entry of this path may unpack to, whatever it compresses to. */
export function unpackedCap(path: string): number {
  const kind = entryKind(path)
  return kind === 'manifest' ? MAX_MANIFEST_BYTES : kind === 'data' ? MAX_DATA_BYTES : MAX_FILE_BYTES
}

/**
 * An entry the zip says unpacks to more than the cap for its kind (a zip bomb, or simply too big).
 * Judged by absolute size only: a ratio would refuse honest, very repetitive text.
 */
export function checkUnpackedSize(z: ZipEntryInfo): ExchangeError[] {
  const limit = unpackedCap(z.path)
  if (z.size <= limit) return []
  return [exchangeError('too-large', z.path, `unpacks to ${z.size} bytes, limit ${limit}`, { size: z.size, limit })]
}

export function cap(errors: ExchangeError[]): ExchangeError[] {
  return errors.length > MAX_REPORTED_ERRORS ? errors.slice(0, MAX_REPORTED_ERRORS) : errors
}
