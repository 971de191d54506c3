/**
 * The records the app keeps, as plain data. Storage (`src/db`) persists exactly these shapes;
 * files and photos (Blobs) are stored apart from them and referenced by id.
 * Times are ISO 8601 strings passed in by the caller; ids are strings made by the caller.
 */
import type { SchoolKind, SchoolTotal } from './criteria/schema'
import type { AnswerValue } from './scoring/score'
import type { RecordFields } from './record/fields'
import type { ReceivedDecision, SubmissionMark } from './submission/receive'

export type Id = string
/** `2026-11-24T21:43:00.000Z` */
export type IsoDateTime = string
/** `2026-11-24` */
export type IsoDate = string

export interface School {
  id: Id
  name: string
  code: string
  kind: SchoolKind
  province: string
  commune: string
  managingBody: string
  headName: string
  createdAt: IsoDateTime
  updatedAt: IsoDateTime
}

/** `draft` → `approved` (locked) → `submitted` (a submission file was made). */
export type AssessmentStatus = 'draft' | 'approved' | 'submitted'

export interface Approval {
  date: IsoDate
  decisionNumber: string
  approvedAt: IsoDateTime
  /** Rows still copied from last year, unconfirmed, that the head ticked as reviewed when approving. */
  copiedReviewed?: number
}

/**
 * One action of the improvement plan: what will be done, by whom, by when, and the points the row
 * should reach. Carried into the next year's assessment, where `fromYear` says whose plan it was.
 */
export interface ImprovementAction {
  id: Id
  /** The indicator the action improves, when it is about one. */
  itemId?: string
  what: string
  /** A team member's name, or any person the school names. */
  who: string
  /** The deadline (an IsoDate), or '' while not set. */
  by: string
  /** Points the indicator should reach. */
  targetPoints?: number
  /** The school year whose plan this action was first written in, when carried over. */
  fromYear?: string
}

/** School-wide counts entered once per assessment ("Tổng số giáo viên": 20), reused by every row counting against them. */
export type SchoolTotals = Partial<Record<SchoolTotal, number>>

export interface Assessment {
  id: Id
  schoolId: Id
  setId: string
  version: string
  /** `2025-2026` */
  schoolYear: string
  status: AssessmentStatus
  /** 1 for the first; an amendment of an approved assessment is a new row with revision + 1. */
  revision: number
  /** The approved revision this one amends, kept viewable. */
  amends?: Id
  /** When answers were copied from last year's assessment as a starting point. */
  copiedFrom?: Id
  approval?: Approval
  /** The school's totals that count rows are shares of. */
  totals?: SchoolTotals
  /** The improvement plan (kế hoạch cải tiến): actions the school commits to, carried into next year. */
  improvement?: ImprovementAction[]
  /** The record's editable fields (numbers, dates, people, paragraphs); defaults fill what is absent. */
  record: Partial<RecordFields>
  /** Set when a submission file was made: the content's SHA-256 and the first time it was made. */
  submission?: SubmissionMark
  /** The managing body's decision on the submission, as its return / acceptance file brought it. */
  review?: ReceivedDecision
  createdAt: IsoDateTime
  updatedAt: IsoDateTime
}

/**
 * The basis a school gave for a suggested score: a yes/no, a percentage, or (where the set asks
 * counts) the count of a school-wide total, e.g. 18 teachers with an account out of the teachers' total.
 */
export interface AnswerBasis {
  yes?: boolean
  percentage?: number
  count?: number
}

export interface Answer {
  assessmentId: Id
  itemId: string
  value: AnswerValue
  basis?: AnswerBasis
  note: string
  /** Copied from an earlier assessment and not yet confirmed or changed: "chưa xác nhận", counted apart from answered. */
  copied?: boolean
  /** Member who last changed it, when known. */
  by?: Id
  updatedAt: IsoDateTime
}

export const MEMBER_ROLES = ['principal', 'vice-principal', 'group-leader', 'teacher', 'staff'] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]

export interface Member {
  id: Id
  assessmentId: Id
  name: string
  role: MemberRole
  /** Items assigned to this member. */
  itemIds: string[]
  createdAt: IsoDateTime
  /** When the principal last handed this member their assignment file (shared or downloaded). */
  sentAt?: IsoDateTime
}

export const EVIDENCE_KINDS = ['photo', 'document', 'link', 'paper'] as const
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number]

/** A document that exists only on paper, recorded by reference. */
export interface PaperReference {
  number: string
  /** Empty when the paper's date is not known. */
  date: IsoDate
  issuer: string
  summary: string
}

export interface Evidence {
  id: Id
  assessmentId: Id
  /** `MC1.3.01`: group.criterion.sequence; unique per assessment; editable. */
  code: string
  title: string
  kind: EvidenceKind
  /** Items this evidence supports (one evidence may serve several). */
  itemIds: string[]
  /** When the photo was taken (EXIF, else the file's time), for photos and documents. */
  capturedAt?: IsoDateTime
  url?: string
  paper?: PaperReference
  /** The stored file, for photos and documents. */
  file?: { id: Id; mime: string; size: number; width?: number; height?: number; name: string }
  addedBy?: string
  addedAt: IsoDateTime
  updatedAt: IsoDateTime
}
