/**
 * `data.json`: the rows a package carries (`rows.ts`) and the rules that make them one consistent
 * whole: ids unique, every row belongs to an assessment in the file, every photo or document
 * present, the manifest's counts right, and — for assignments and contributions — the rows match
 * the manifest's assignment.
 */
import * as v from 'valibot'
import { parseCriteriaSet } from '../criteria/parse'
import { setKey } from '../criteria/lookup'
import type { Answer, Assessment, Evidence, Member, School } from '../model'
import type { Result } from '../errors'
import { exact, type Same } from '../typeProof'
import { exchangeError, type ExchangeError } from './errors'
import { boundedArray } from './fields'
import type { ExchangeFormat } from './limits'
import { cap, type AssignmentHeader, type Manifest, type ExchangeCounts } from './manifest'
import { issuesToErrors } from './issues'
import { DATA_PATH, dataField as at, entryKind, fileIdOfPath } from './paths'
import { planFileEntries } from './fileEntries'
import {
  AnswerRowSchema,
  AssessmentRowSchema,
  CriteriaSetRowSchema,
  EvidenceRowSchema,
  MemberRowSchema,
  ReceivedAssignmentSchema,
  SchoolRowSchema,
  type CriteriaSetRow,
  type ReceivedAssignment,
} from './rows'

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
