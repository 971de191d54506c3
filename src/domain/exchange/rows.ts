/**
 * The stored rows an exchange file carries, as valibot schemas in exactly the shapes the app keeps
 * them (`model.ts`): schools, assessments, answers, members, evidence, loaded criteria sets and
 * received assignments. The consistency rules of a whole `data.json` are in `data.ts`.
 */
import * as v from 'valibot'
import { MAX_CRITERIA_SET_CHARS } from '../criteria/parse'
import { SCHOOL_KINDS, type SchoolTotal } from '../criteria/schema'
import { MAX_COUNT } from '../scoring/suggest'
import {
  EVIDENCE_KINDS,
  MEMBER_ROLES,
  type Answer,
  type Assessment,
  type Evidence,
  type Member,
  type School,
} from '../model'
import { RECORD_FIELD_LIMITS, type RecordFields } from '../record/fields'
import { EVIDENCE_CODE_MAX_LENGTH } from '../evidence/codes'
import { isWebLink } from '../evidence/links'
import { IMPROVEMENT_LIMITS } from '../planner/actions'
import { ReceivedDecisionSchema, SubmissionMarkSchema } from '../submission/file'
import { exact, type Same } from '../typeProof'
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
import { MAX_FILE_BYTES } from './limits'
import {
  answerBasisSchema,
  answerValueSchema,
  AssignmentHeaderSchema,
  MAX_ASSIGNED_ITEMS,
  TEXT_LIMITS,
  type AssignmentHeader,
} from './manifest'

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

/** A record field, held to the limit its box on the record screen has. */
const recordText = (key: keyof RecordFields) => v.optional(text(RECORD_FIELD_LIMITS[key]))
const recordEntries = {
  governingBody: recordText('governingBody'),
  managingBody: recordText('managingBody'),
  place: recordText('place'),
  schoolAbbreviation: recordText('schoolAbbreviation'),
  planNumber: recordText('planNumber'),
  planDate: recordText('planDate'),
  minutesNumber: recordText('minutesNumber'),
  minutesDate: recordText('minutesDate'),
  meetingStart: recordText('meetingStart'),
  meetingEnd: recordText('meetingEnd'),
  meetingPlace: recordText('meetingPlace'),
  attendees: recordText('attendees'),
  chair: recordText('chair'),
  deputyLead: recordText('deputyLead'),
  secretary: recordText('secretary'),
  reportNumber: recordText('reportNumber'),
  reportDate: recordText('reportDate'),
  decisionNumber: recordText('decisionNumber'),
  decisionDate: recordText('decisionDate'),
  signer: recordText('signer'),
  deputyName: recordText('deputyName'),
  recipients: recordText('recipients'),
  purpose: recordText('purpose'),
  timeline: recordText('timeline'),
  conclusion: recordText('conclusion'),
  opinions: recordText('opinions'),
  votesFor: recordText('votesFor'),
  votesAgainst: recordText('votesAgainst'),
  votesAbstain: recordText('votesAbstain'),
  votesConfirmed: recordText('votesConfirmed'),
  strengths: recordText('strengths'),
  weaknesses: recordText('weaknesses'),
  directions: recordText('directions'),
  difficulties: recordText('difficulties'),
  proposals: recordText('proposals'),
  teamDecision: recordText('teamDecision'),
  teamDecisionNumber: recordText('teamDecisionNumber'),
  teamDecisionDate: recordText('teamDecisionDate'),
  checklistDate: recordText('checklistDate'),
  portalUrl: recordText('portalUrl'),
  preparedBy: recordText('preparedBy'),
  statistics: recordText('statistics'),
  setReviewedAt: recordText('setReviewedAt'),
  photoSizes: recordText('photoSizes'),
} satisfies Record<keyof RecordFields, ReturnType<typeof recordText>>

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

// The schemas must describe exactly the stored shapes: when a field is added to a model type,
// these lines stop compiling until the schema (and so the backup) carries it too.
exact<Same<v.InferOutput<typeof SchoolRowSchema>, School>>(true)
exact<Same<v.InferOutput<typeof AssessmentRowSchema>, Assessment>>(true)
exact<Same<v.InferOutput<typeof AnswerRowSchema>, Answer>>(true)
exact<Same<v.InferOutput<typeof MemberRowSchema>, Member>>(true)
exact<Same<v.InferOutput<typeof EvidenceRowSchema>, Evidence>>(true)
exact<Same<v.InferOutput<typeof CriteriaSetRowSchema>, CriteriaSetRow>>(true)
exact<Same<v.InferOutput<typeof AssignmentHeaderSchema>, AssignmentHeader>>(true)
