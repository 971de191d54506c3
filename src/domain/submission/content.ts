/**
 * What a school reports up: the content of its submission file. It is the approved result as the
 * reviewer needs it — the school's profile, the exact criteria set (id, version and the SHA-256 of
 * its canonical text), every answer with its note, the evidence list — and the totals the school's
 * app computed, which the reviewer's app recomputes and compares. Photos and the record PDF travel
 * beside it as attachments; each evidence file's SHA-256 is part of the content, so the content's
 * hash covers them whether or not they are attached.
 *
 * The content holds no time of making and no file id: the same approved result gives the same
 * content, and so the same fingerprint, however many times its file is made.
 */
import type { SchoolKind } from '../criteria/schema'
import type { CriteriaSet } from '../criteria/schema'
import { itemPlaces } from '../criteria/lookup'
import { idMap } from '../ids'
import { sortEvidence } from '../evidence/codes'
import type { Answer, AnswerBasis, Assessment, Evidence, EvidenceKind, IsoDate, IsoDateTime, PaperReference, School } from '../model'
import { scoreAssessment, type AnswerValue, type AnswerValues, type AssessmentScore } from '../scoring/score'
import { canonicalJson, type CanonicalValue } from './canonical'
import { canSubmit } from './receive'

/** Bumped when the content's shape changes; part of what is hashed, so two shapes never collide. */
export const SUBMISSION_CONTENT_VERSION = 1
/** The envelope's name in the canonical text (and so in a submission file's `data.json`). */
export const SUBMISSION_CONTENT_FORMAT = 'chiso.submission-content'

export interface SubmittedSchool {
  /** The school's id on its own device: names the school when it has no code. */
  id: string
  name: string
  /** Mã trường, as in the sector database; may be empty. */
  code: string
  kind: SchoolKind
  province: string
  commune: string
  managingBody: string
  headName: string
}

export interface SubmittedAssessment {
  id: string
  /** `2025-2026` */
  schoolYear: string
  revision: number
  /** The revision this one amends (after a return, the returned one). */
  amends?: string
  approval: { date: IsoDate; decisionNumber: string }
}

export interface SubmittedSet {
  setId: string
  version: string
  /** SHA-256 of the set's canonical content on the school's device. */
  sha256: string
}

export interface SubmittedAnswer {
  itemId: string
  value: AnswerValue
  note: string
  basis?: AnswerBasis
}

export interface SubmittedEvidence {
  id: string
  code: string
  title: string
  kind: EvidenceKind
  itemIds: string[]
  capturedAt?: IsoDateTime
  url?: string
  paper?: PaperReference
  /** The photo or document: described always, attached only when the principal chose to. */
  file?: { id: string; mime: string; size: number; name: string; sha256: string }
}

/** A group's total and level as an app computed them. */
export interface GroupResult {
  id: string
  points: number
  level: number | null
}

export interface DeclaredResult {
  groups: GroupResult[]
  answered: number
  total: number
}

export interface SubmissionContent {
  school: SubmittedSchool
  assessment: SubmittedAssessment
  set: SubmittedSet
  /** Every answered row, in the set's order. */
  answers: SubmittedAnswer[]
  /** Every evidence of the assessment, in code order. */
  evidence: SubmittedEvidence[]
  /** The totals the school's app computed: the reviewer's app recomputes them and compares. */
  declared: DeclaredResult
}

/** The text whose SHA-256 identifies a submission's content. */
export function canonicalSubmission(content: SubmissionContent): string {
  return canonicalJson({
    format: SUBMISSION_CONTENT_FORMAT,
    version: SUBMISSION_CONTENT_VERSION,
    content: content as unknown as CanonicalValue,
  })
}

/** The text whose SHA-256 identifies a criteria set's content (same set → same hash on every device). */
export function canonicalCriteriaSet(set: CriteriaSet): string {
  return canonicalJson(set)
}

/** The totals of a score, as a submission or a decision declares them. */
export function resultOf(score: AssessmentScore): DeclaredResult {
  return {
    groups: score.groups.map((g) => ({ id: g.id, points: g.points, level: g.level })),
    answered: score.answered,
    total: score.total,
  }
}

/** The answers of a submission as the scoring engine takes them. */
export function submittedValues(answers: readonly SubmittedAnswer[]): AnswerValues {
  return idMap(answers.map((a) => [a.itemId, a.value] as const))
}

export interface SubmissionSource {
  school: School
  assessment: Assessment
  set: CriteriaSet
  /** SHA-256 of `canonicalCriteriaSet(set)`. */
  setSha256: string
  answers: readonly Answer[]
  evidence: readonly Evidence[]
  /** SHA-256 of each stored evidence file, by file id; a file missing here is described without it. */
  fileSha256: ReadonlyMap<string, string>
}

export type SubmissionProblem = { code: 'not-approved'; status: Assessment['status'] }

/**
 * The content of the submission of an approved assessment, or why there is none. Rows the set does
 * not have are left out; an evidence whose stored file is gone is described without its file
 * (`missingFiles` names it, for the screen to say).
 */
export function submissionContent(
  src: SubmissionSource,
): { ok: true; content: SubmissionContent; missingFiles: string[] } | { ok: false; problem: SubmissionProblem } {
  const { school, assessment: a, set } = src
  if (!canSubmit(a)) return { ok: false, problem: { code: 'not-approved', status: a.status } }
  const order = new Map(itemPlaces(set).map((p, i) => [p.item.id, i]))
  const answers = src.answers
    .filter((r) => r.assessmentId === a.id && order.has(r.itemId) && r.value !== null)
    .sort((x, y) => (order.get(x.itemId) as number) - (order.get(y.itemId) as number))
    .map((r) => ({ itemId: r.itemId, value: r.value, note: r.note, ...(r.basis ? { basis: { ...r.basis } } : {}) }))
  const missingFiles: string[] = []
  const evidence = sortEvidence(src.evidence.filter((e) => e.assessmentId === a.id)).map((e): SubmittedEvidence => {
    const row: SubmittedEvidence = { id: e.id, code: e.code, title: e.title, kind: e.kind, itemIds: [...e.itemIds] }
    if (e.capturedAt) row.capturedAt = e.capturedAt
    if (e.url !== undefined) row.url = e.url
    if (e.paper) row.paper = { ...e.paper }
    if (e.file) {
      const sha256 = src.fileSha256.get(e.file.id)
      if (sha256) row.file = { id: e.file.id, mime: e.file.mime, size: e.file.size, name: e.file.name, sha256 }
      else missingFiles.push(e.code)
    }
    return row
  })
  const score = scoreAssessment(set, submittedValues(answers))
  const content: SubmissionContent = {
    school: {
      id: school.id,
      name: school.name,
      code: school.code,
      kind: school.kind,
      province: school.province,
      commune: school.commune,
      managingBody: school.managingBody,
      headName: school.headName,
    },
    assessment: {
      id: a.id,
      schoolYear: a.schoolYear,
      revision: a.revision,
      ...(a.amends ? { amends: a.amends } : {}),
      approval: { date: a.approval?.date ?? '', decisionNumber: a.approval?.decisionNumber ?? '' },
    },
    set: { setId: a.setId, version: a.version, sha256: src.setSha256 },
    answers,
    evidence,
    declared: resultOf(score),
  }
  return { ok: true, content, missingFiles }
}
