/**
 * `data.json`: the rows a package carries, in exactly the shapes the app stores (`model.ts`), and
 * the rules that make them one consistent whole: ids unique, every row belongs to an assessment
 * in the file, every photo or document present, and — for assignments and contributions — the
 * rows match the manifest's assignment.
 */
import * as v from 'valibot'
import { parseCriteriaSet } from '../criteria/parse'
import { SCHOOL_KINDS, type SchoolTotal } from '../criteria/schema'
import { MAX_COUNT } from '../scoring/suggest'
import { findItem, setKey } from '../criteria/lookup'
import type { CriteriaSet } from '../criteria/schema'
import { checkAnswer } from '../scoring/score'
import {
  EVIDENCE_KINDS,
  MEMBER_ROLES,
  type Answer,
  type Assessment,
  type Evidence,
  type Member,
  type School,
} from '../model'
import type { RecordFields } from '../record/fields'
import { EVIDENCE_CODE_MAX_LENGTH } from '../evidence/codes'
import { isWebLink } from '../evidence/links'
import { entryPath, exchangeError, shown, type ExchangeError } from './errors'
import type { Result } from '../errors'
import {
  boundedArray,
  boundedInteger,
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  itemIdSchema,
  nonEmptyText,
  optionalIsoDateSchema,
  setIdSchema,
  setVersionSchema,
  text,
} from './fields'
import { MAX_FILE_BYTES, type ExchangeFormat } from './limits'
import { IMPROVEMENT_LIMITS } from '../planner/actions'
import {
  answerBasisSchema,
  answerValueSchema,
  AssignmentHeaderSchema,
  cap,
  MAX_ASSIGNED_ITEMS,
  TEXT_LIMITS,
  type AssignmentHeader,
  type Manifest,
  type ExchangeCounts,
} from './manifest'
import { issuesToErrors } from './issues'
import { DATA_PATH, entryKind, evidenceFilePath, fileIdOfPath, thumbPath } from './paths'
import { MAX_CRITERIA_SET_CHARS } from '../criteria/parse'
import { ReceivedDecisionSchema, SubmissionMarkSchema } from '../submission/file'

const L = TEXT_LIMITS

export const SchoolRowSchema = v.strictObject({
  id: idSchema,
  name: text(L.name),
  code: text(L.code),
  kind: v.picklist(SCHOOL_KINDS),
  province: text(L.name),
  commune: text(L.name),
  managingBody: text(L.name),
  headName: text(L.name),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
})

const recordText = v.optional(text(L.paragraph))
const recordEntries = {
  governingBody: recordText,
  managingBody: recordText,
  place: recordText,
  schoolAbbreviation: recordText,
  planNumber: recordText,
  planDate: recordText,
  minutesNumber: recordText,
  minutesDate: recordText,
  meetingStart: recordText,
  meetingEnd: recordText,
  meetingPlace: recordText,
  attendees: recordText,
  chair: recordText,
  secretary: recordText,
  reportNumber: recordText,
  reportDate: recordText,
  decisionNumber: recordText,
  decisionDate: recordText,
  signer: recordText,
  deputyName: recordText,
  recipients: recordText,
  purpose: recordText,
  timeline: recordText,
  conclusion: recordText,
  opinions: recordText,
  votesFor: recordText,
  difficulties: recordText,
  proposals: recordText,
  teamDecision: recordText,
  teamDecisionNumber: recordText,
  teamDecisionDate: recordText,
  checklistDate: recordText,
  portalUrl: recordText,
  preparedBy: recordText,
  setReviewedAt: recordText,
} satisfies Record<keyof RecordFields, typeof recordText>

const schoolTotal = v.optional(boundedInteger(0, MAX_COUNT))
const totalEntries = {
  teachers: schoolTotal,
  classes: schoolTotal,
  classrooms: schoolTotal,
} satisfies Record<SchoolTotal, typeof schoolTotal>

export const AssessmentRowSchema = v.strictObject({
  id: idSchema,
  schoolId: idSchema,
  setId: setIdSchema,
  version: setVersionSchema,
  schoolYear: nonEmptyText(20),
  status: v.picklist(['draft', 'approved', 'submitted']),
  revision: boundedInteger(1, 1000),
  amends: v.optional(idSchema),
  copiedFrom: v.optional(idSchema),
  approval: v.optional(
    v.strictObject({
      date: isoDateSchema,
      decisionNumber: text(L.shortText),
      approvedAt: isoDateTimeSchema,
      copiedReviewed: v.optional(boundedInteger(0, MAX_ASSIGNED_ITEMS)),
    }),
  ),
  totals: v.optional(v.strictObject(totalEntries)),
  improvement: v.optional(
    v.pipe(
      v.array(
        v.strictObject({
          id: idSchema,
          itemId: v.optional(itemIdSchema),
          what: text(IMPROVEMENT_LIMITS.what),
          who: v.pipe(v.string(), v.maxLength(IMPROVEMENT_LIMITS.who)),
          by: v.union([v.literal(''), isoDateSchema]),
          targetPoints: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1000))),
          fromYear: v.optional(nonEmptyText(20)),
        }),
      ),
      v.maxLength(IMPROVEMENT_LIMITS.actions),
    ),
  ),
  record: v.strictObject(recordEntries),
  submission: v.optional(SubmissionMarkSchema),
  review: v.optional(ReceivedDecisionSchema),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
})

export const AnswerRowSchema = v.strictObject({
  assessmentId: idSchema,
  itemId: itemIdSchema,
  value: answerValueSchema,
  basis: v.optional(answerBasisSchema),
  note: text(L.note),
  copied: v.optional(v.boolean()),
  by: v.optional(idSchema),
  updatedAt: isoDateTimeSchema,
})

export const MemberRowSchema = v.strictObject({
  id: idSchema,
  assessmentId: idSchema,
  name: text(L.name),
  role: v.picklist(MEMBER_ROLES),
  itemIds: boundedArray(itemIdSchema, MAX_ASSIGNED_ITEMS),
  createdAt: isoDateTimeSchema,
  sentAt: v.optional(isoDateTimeSchema),
})


export const EvidenceRowSchema = v.strictObject({
  id: idSchema,
  assessmentId: idSchema,
  code: nonEmptyText(EVIDENCE_CODE_MAX_LENGTH),
  title: text(L.shortText),
  kind: v.picklist(EVIDENCE_KINDS),
  itemIds: boundedArray(itemIdSchema, MAX_ASSIGNED_ITEMS),
  capturedAt: v.optional(isoDateTimeSchema),
  // Links are shown as links: only an http(s) address in the form the app stores it (`isWebLink`).
  url: v.optional(v.pipe(text(L.url), v.check(isWebLink, 'not an http or https address'))),
  paper: v.optional(
    v.strictObject({
      number: text(L.shortText),
      date: optionalIsoDateSchema,
      issuer: text(L.shortText),
      summary: text(L.note),
    }),
  ),
  file: v.optional(
    v.strictObject({
      id: idSchema,
      mime: v.pipe(v.string(), v.regex(/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/i, 'not a media type'), v.maxLength(200)),
      size: boundedInteger(0, MAX_FILE_BYTES),
      width: v.optional(boundedInteger(1, 100_000)),
      height: v.optional(boundedInteger(1, 100_000)),
      name: text(L.name),
    }),
  ),
  addedBy: v.optional(text(L.name)),
  addedAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
})

/** A user-loaded criteria set, as the device keeps it: its original text, re-parsed on import. */
export const CriteriaSetRowSchema = v.strictObject({
  key: v.pipe(v.string(), v.maxLength(200)),
  setId: setIdSchema,
  version: setVersionSchema,
  fileName: text(L.name),
  text: v.pipe(v.string(), v.maxLength(MAX_CRITERIA_SET_CHARS)),
  loadedAt: isoDateTimeSchema,
})
export interface CriteriaSetRow {
  /** `setId@version` */
  key: string
  setId: string
  version: string
  fileName: string
  text: string
  loadedAt: string
}

/** An assignment this device received (a member's phone), kept so the contribution can be made. */
export const ReceivedAssignmentSchema = v.strictObject({
  packageId: idSchema,
  importedAt: isoDateTimeSchema,
  assignment: AssignmentHeaderSchema,
})
export interface ReceivedAssignment {
  packageId: string
  importedAt: string
  assignment: AssignmentHeader
}

export const ExchangeDataSchema = v.strictObject({
  schools: boundedArray(SchoolRowSchema, 10_000),
  assessments: boundedArray(AssessmentRowSchema, 100_000),
  answers: boundedArray(AnswerRowSchema, 2_000_000),
  members: boundedArray(MemberRowSchema, 200_000),
  evidence: boundedArray(EvidenceRowSchema, 1_000_000),
  criteriaSets: boundedArray(CriteriaSetRowSchema, 1000),
  /** Backups only: the assignments this device received, so a member's work survives a restore. */
  assignments: v.optional(boundedArray(ReceivedAssignmentSchema, 10_000)),
})

export interface ExchangeData {
  schools: School[]
  assessments: Assessment[]
  answers: Answer[]
  members: Member[]
  evidence: Evidence[]
  criteriaSets: CriteriaSetRow[]
  assignments?: ReceivedAssignment[]
}

// The schemas must describe exactly the stored shapes: when a field is added to a model type,
// these lines stop compiling until the schema (and so the backup) carries it too.
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
const exact = <T extends true>(value: T) => value
exact<Same<v.InferOutput<typeof SchoolRowSchema>, School>>(true)
exact<Same<v.InferOutput<typeof AssessmentRowSchema>, Assessment>>(true)
exact<Same<v.InferOutput<typeof AnswerRowSchema>, Answer>>(true)
exact<Same<v.InferOutput<typeof MemberRowSchema>, Member>>(true)
exact<Same<v.InferOutput<typeof EvidenceRowSchema>, Evidence>>(true)
exact<Same<v.InferOutput<typeof CriteriaSetRowSchema>, CriteriaSetRow>>(true)
exact<Same<v.InferOutput<typeof AssignmentHeaderSchema>, AssignmentHeader>>(true)
exact<Same<v.InferOutput<typeof ExchangeDataSchema>, ExchangeData>>(true)

/** The counts a manifest declares for this data. */
export function countData(data: ExchangeData): ExchangeCounts {
  return {
    schools: data.schools.length,
    assessments: data.assessments.length,
    answers: data.answers.length,
    members: data.members.length,
    evidence: data.evidence.length,
    criteriaSets: data.criteriaSets.length,
    files: new Set(data.evidence.flatMap((e) => (e.file ? [e.file.id] : []))).size,
  }
}

/** The entries a package of this data holds besides `manifest.json` and `data.json`. */
export interface FileEntryPlan {
  fileId: string
  path: string
  mime: string
  /** `thumbs/<id>.jpg`; whether it exists depends on the device's data. */
  thumbPath: string
}

/** One entry per distinct file referenced by evidence, typed by the first evidence that names it. */
export function planFileEntries(evidence: readonly Evidence[]): FileEntryPlan[] {
  const byId = new Map<string, FileEntryPlan>()
  for (const e of evidence)
    if (e.file && !byId.has(e.file.id))
      byId.set(e.file.id, {
        fileId: e.file.id,
        path: evidenceFilePath(e.file.id, e.file.mime),
        mime: e.file.mime,
        thumbPath: thumbPath(e.file.id),
      })
  return [...byId.values()]
}

/**
 * Validates a parsed `data.json` against its manifest (its counts, its entries — which are checked
 * against the archive separately — and, for assignments and contributions, its assignment).
 * Never throws.
 */
export function parseExchangeData(input: unknown, manifest: Manifest): Result<ExchangeData, ExchangeError> {
  const parsed = v.safeParse(ExchangeDataSchema, input, { abortPipeEarly: true })
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.issues, DATA_PATH) }
  const data = parsed.output
  const errors = [
    ...checkReferences(data),
    ...checkCriteriaSets(data),
    ...checkFiles(data, manifest.entries.map((e) => e.path)),
    ...checkCounts(data, manifest.counts),
    ...(manifest.format === 'chiso.backup'
      ? checkBackupOnly(data)
      : checkAgainstAssignment(data, manifest.format, manifest.assignment)),
  ]
  return errors.length ? { ok: false, errors: cap(errors) } : { ok: true, value: data }
}

const at = (field: string) => entryPath(DATA_PATH, field)

function checkReferences(data: ExchangeData): ExchangeError[] {
  const errors: ExchangeError[] = []
  const unique = (table: string, keys: readonly string[], show: (k: string) => string = (k) => k) => {
    const first = new Map<string, number>()
    keys.forEach((k, i) => {
      const f = first.get(k)
      if (f === undefined) first.set(k, i)
      else
        errors.push(
          exchangeError('duplicate-id', at(`${table}[${i}]`), `${table} ${show(k)} is also at ${table}[${f}]`, {
            table,
            id: show(k),
            first: f,
          }),
        )
    })
  }
  unique('schools', data.schools.map((s) => s.id))
  unique('assessments', data.assessments.map((a) => a.id))
  unique('answers', data.answers.map((a) => `${a.assessmentId}\u0000${a.itemId}`), (k) => k.replace('\u0000', '/'))
  unique('members', data.members.map((m) => m.id))
  unique('evidence', data.evidence.map((e) => e.id))
  unique('criteriaSets', data.criteriaSets.map((c) => c.key))

  const schools = new Set(data.schools.map((s) => s.id))
  const assessments = new Set(data.assessments.map((a) => a.id))
  const dangling = (table: string, i: number, field: string, id: string, target: string) =>
    errors.push(
      exchangeError('dangling-reference', at(`${table}[${i}].${field}`), `${target} "${id}" is not in the file`, {
        table,
        id,
        target,
      }),
    )
  data.assessments.forEach((a, i) => schools.has(a.schoolId) || dangling('assessments', i, 'schoolId', a.schoolId, 'school'))
  for (const table of ['answers', 'members', 'evidence'] as const)
    data[table].forEach(
      (r, i) => assessments.has(r.assessmentId) || dangling(table, i, 'assessmentId', r.assessmentId, 'assessment'),
    )
  data.assignments?.forEach(
    (r, i) =>
      assessments.has(r.assignment.assessmentId) ||
      dangling('assignments', i, 'assignment.assessmentId', r.assignment.assessmentId, 'assessment'),
  )
  return errors
}

function checkCriteriaSets(data: ExchangeData): ExchangeError[] {
  const errors: ExchangeError[] = []
  data.criteriaSets.forEach((row, i) => {
    const key = setKey(row)
    if (row.key !== key)
      errors.push(exchangeError('invalid-field', at(`criteriaSets[${i}].key`), `key must be "${key}"`, { expected: key }))
    const r = parseCriteriaSet(row.text)
    if (!r.ok) {
      const first = r.errors[0]
      errors.push(
        exchangeError('invalid-criteria-set', at(`criteriaSets[${i}].text`), `the criteria set ${key} is not valid: ${first?.detail ?? ''}`, {
          set: key,
          code: first?.code ?? '',
          at: first?.path ?? '',
        }),
      )
    } else if (r.value.id !== row.setId || r.value.version !== row.version)
      errors.push(
        exchangeError('invalid-criteria-set', at(`criteriaSets[${i}].text`), `the text is set ${setKey({ setId: r.value.id, version: r.value.version })}, not ${key}`, {
          set: key,
        }),
      )
  })
  return errors
}

/** Every file evidence refers to is in the package; no file is there that nothing refers to. */
function checkFiles(data: ExchangeData, entryPaths: readonly string[]): ExchangeError[] {
  const errors: ExchangeError[] = []
  const plans = planFileEntries(data.evidence)
  const expected = new Set(plans.map((p) => p.fileId))
  const filesInArchive = new Map<string, string>()
  for (const path of entryPaths) {
    const kind = entryKind(path)
    if (kind !== 'file' && kind !== 'thumb') continue
    const id = fileIdOfPath(path) as string
    if (!expected.has(id)) {
      errors.push(exchangeError('extra-entry', path, 'no evidence refers to this file', {}))
      continue
    }
    if (kind === 'file') {
      const other = filesInArchive.get(id)
      if (other) errors.push(exchangeError('duplicate-entry', path, `file "${id}" is also ${other}`, { id }))
      filesInArchive.set(id, path)
    }
  }
  for (const p of plans) {
    const found = filesInArchive.get(p.fileId)
    if (!found)
      errors.push(exchangeError('missing-entry', p.path, `the file of evidence is missing (${p.path})`, { id: p.fileId }))
    else if (found !== p.path)
      errors.push(exchangeError('invalid-field', found, `the file's type says it should be ${p.path}`, { expected: p.path }))
  }
  return errors
}

function checkCounts(data: ExchangeData, declared: ExchangeCounts): ExchangeError[] {
  const actual = countData(data)
  return (Object.keys(actual) as (keyof ExchangeCounts)[])
    .filter((k) => actual[k] !== declared[k])
    .map((k) =>
      exchangeError('count-mismatch', `manifest.json:counts.${k}`, `the manifest counts ${declared[k]} ${k}, data.json has ${actual[k]}`, {
        table: k,
        declared: declared[k],
        actual: actual[k],
      }),
    )
}

function checkBackupOnly(data: ExchangeData): ExchangeError[] {
  const errors: ExchangeError[] = []
  const seen = new Set<string>()
  data.assignments?.forEach((r, i) => {
    if (seen.has(r.assignment.assessmentId))
      errors.push(
        exchangeError('duplicate-id', at(`assignments[${i}]`), `two assignments for assessment "${r.assignment.assessmentId}"`, {
          id: r.assignment.assessmentId,
        }),
      )
    seen.add(r.assignment.assessmentId)
  })
  return errors
}

/** An assignment or contribution holds one school, assessment and member, as its manifest says. */
function checkAgainstAssignment(data: ExchangeData, format: ExchangeFormat, h: AssignmentHeader): ExchangeError[] {
  const errors: ExchangeError[] = []
  const mismatch = (field: string, detail: string, params: Record<string, string | number> = {}) =>
    errors.push(exchangeError('header-mismatch', at(field), detail, params))
  const one = (table: 'schools' | 'assessments' | 'members', id: string) => {
    const rows = data[table]
    if (rows.length !== 1 || rows[0]?.id !== id)
      mismatch(table, `a ${format} file holds exactly the ${table.slice(0, -1)} "${id}" of its manifest`, { table, id })
  }
  one('schools', h.schoolId)
  one('assessments', h.assessmentId)
  one('members', h.memberId)
  const a = data.assessments[0]
  if (a && a.id === h.assessmentId) {
    if (a.schoolId !== h.schoolId) mismatch('assessments[0].schoolId', 'the assessment belongs to another school', {})
    if (a.setId !== h.setId || a.version !== h.version)
      mismatch('assessments[0].version', `the assessment uses ${a.setId}@${a.version}, the manifest ${h.setId}@${h.version}`, {})
    if (a.revision !== h.revision)
      mismatch('assessments[0].revision', `revision ${a.revision}, the manifest says ${h.revision}`, {})
  }
  const assigned = new Set(h.assignedItemIds)
  data.answers.forEach((r, i) => {
    if (!assigned.has(r.itemId))
      errors.push(exchangeError('not-assigned', at(`answers[${i}].itemId`), `item "${r.itemId}" is not assigned to this member`, { id: r.itemId }))
  })
  if (format === 'chiso.assignment') {
    if (data.evidence.length) mismatch('evidence', 'an assignment carries no evidence')
    if (data.criteriaSets.length > 1 || data.criteriaSets.some((c) => c.setId !== h.setId || c.version !== h.version))
      mismatch('criteriaSets', 'an assignment carries at most the criteria set of its assessment')
  } else {
    data.evidence.forEach((e, i) => {
      const outside = e.itemIds.filter((id) => !assigned.has(id))
      if (outside.length || e.itemIds.length === 0)
        errors.push(
          exchangeError('not-assigned', at(`evidence[${i}].itemIds`), `evidence "${e.code}" supports items not assigned to this member`, {
            id: outside.join(', '),
          }),
        )
    })
    if (data.criteriaSets.length) mismatch('criteriaSets', 'a contribution carries no criteria set')
  }
  if (data.assignments?.length) mismatch('assignments', `a ${format} file carries no received assignments`)
  return errors
}

/** Assessments whose criteria-set version is neither known to the device nor in the package. */
export function unknownSetVersions(
  data: ExchangeData,
  known: (setId: string, version: string) => boolean,
): ExchangeError[] {
  const inFile = new Set(data.criteriaSets.map((c) => c.key))
  const errors: ExchangeError[] = []
  data.assessments.forEach((a, i) => {
    const key = setKey(a)
    if (!inFile.has(key) && !known(a.setId, a.version))
      errors.push(
        exchangeError('unknown-set-version', at(`assessments[${i}].version`), `criteria set ${key} is not on this device and not in the file`, {
          set: key,
        }),
      )
  })
  return cap(errors)
}

/**
 * Answers whose value does not fit their row, for every assessment whose set is known (on the
 * device or in the file): text on a points row, 999 on a 6-point row, a number on a yes/no row.
 * Rows the set does not have are left alone (an older revision may carry them).
 */
export function answersAgainstSets(
  data: Pick<ExchangeData, 'assessments' | 'answers' | 'criteriaSets'>,
  known: (setId: string, version: string) => CriteriaSet | undefined,
): ExchangeError[] {
  const inFile = new Map<string, CriteriaSet>()
  for (const row of data.criteriaSets) {
    const r = parseCriteriaSet(row.text)
    if (r.ok) inFile.set(row.key, r.value)
  }
  const setOf = new Map<string, CriteriaSet | undefined>()
  for (const a of data.assessments) setOf.set(a.id, inFile.get(setKey(a)) ?? known(a.setId, a.version))
  const errors: ExchangeError[] = []
  data.answers.forEach((answer, i) => {
    const set = setOf.get(answer.assessmentId)
    const place = set ? findItem(set, answer.itemId) : undefined
    if (!place) return
    const problem = checkAnswer(place.item, answer.value)
    if (problem)
      errors.push(
        exchangeError('invalid-field', at(`answers[${i}].value`), `the answer ${shown(answer.value)} does not fit indicator ${answer.itemId} (${place.item.kind}): ${problem}`, {
          itemId: answer.itemId,
          problem,
        }),
      )
  })
  return cap(errors)
}
