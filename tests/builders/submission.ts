/**
 * Submissions and desk rows for tests, made by the domain's own functions from the tiny test set
 * (`tinySet`): a school's approved assessment with the answers a test gives, its submission
 * content, its SHA-256 (Node's), and the desk's records of it.
 */
import { createHash } from 'node:crypto'
import {
  canonicalCriteriaSet,
  canonicalSubmission,
  submissionContent,
  type AnswerValue,
  type DeskDecision,
  type DeskSubmission,
  type Evidence,
  type RosterSchool,
  type School,
  type SubmissionContent,
} from '@/domain'
import { assessment } from './assessment'
import { tinySet } from './criteriaSet'
import { aSchool } from './school'

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

export const TINY_SET_SHA = sha256(canonicalCriteriaSet(tinySet()))

/** A full and valid answer sheet of the tiny set: group A 40 + 50 = 90 (level 3), group B 60 (level 2). */
export const FULL_ANSWERS: Readonly<Record<string, AnswerValue>> = {
  A1: true,
  'A2.1': 40,
  'A2.2': 50,
  B1: true,
  'B2.1': 'K12Online',
  'B2.2': 60,
}

export interface SubmissionOptions {
  answers?: Readonly<Record<string, AnswerValue>>
  notes?: Readonly<Record<string, string>>
  school?: Partial<School>
  revision?: number
  assessmentId?: string
  evidence?: Evidence[]
  fileSha256?: ReadonlyMap<string, string>
}

/** The content of an approved revision of the tiny set, as `submissionContent` makes it. */
export function submission(o: SubmissionOptions = {}): SubmissionContent {
  const school = aSchool({ code: 'TH01', commune: 'Phường Xuân Hương', managingBody: 'Phòng Văn hóa – Xã hội', headName: 'Nguyễn Thị Hoa', ...o.school })
  const a = assessment({
    id: o.assessmentId ?? `a-${school.id}-${o.revision ?? 1}`,
    schoolId: school.id,
    setId: 'tiny',
    version: '1.0.0',
    status: 'approved',
    revision: o.revision ?? 1,
    approval: { date: '2026-05-10', decisionNumber: '12/QĐ-TH', approvedAt: '2026-05-10T02:00:00.000Z' },
  })
  const answers = Object.entries(o.answers ?? FULL_ANSWERS).map(([itemId, value]) => ({
    assessmentId: a.id,
    itemId,
    value,
    note: o.notes?.[itemId] ?? '',
    updatedAt: '2026-05-01T00:00:00.000Z',
  }))
  const r = submissionContent({
    school,
    assessment: a,
    set: tinySet(),
    setSha256: TINY_SET_SHA,
    answers,
    evidence: (o.evidence ?? []).map((e) => ({ ...e, assessmentId: a.id })),
    fileSha256: o.fileSha256 ?? new Map(),
  })
  if (!r.ok) throw new Error(`test submission refused: ${r.problem.code}`)
  return r.content
}

export const contentSha = (c: SubmissionContent) => sha256(canonicalSubmission(c))

/** A roster row; `id` doubles as the school's name suffix unless given. */
export function rosterSchool(over: Partial<RosterSchool> & { id: string }): RosterSchool {
  return {
    campaignId: 'c1',
    name: `Trường ${over.id}`,
    code: '',
    kind: 'tieu-hoc',
    commune: '',
    source: 'roster',
    addedAt: '2026-04-01T00:00:00.000Z',
    ...over,
  }
}

/** The desk's record of a submission from a roster school. */
export function deskSubmission(rosterId: string, content: SubmissionContent, over: Partial<DeskSubmission> = {}): DeskSubmission {
  return {
    sha256: contentSha(content),
    campaignId: 'c1',
    rosterId,
    revision: content.assessment.revision,
    submittedAt: '2026-05-20T03:00:00.000Z',
    importedAt: '2026-05-21T03:00:00.000Z',
    content,
    flags: [],
    attachments: { files: [], record: false },
    ...over,
  }
}

/** A decision the desk made on a submission. */
export function deskDecision(s: DeskSubmission, decision: 'returned' | 'accepted', over: Partial<DeskDecision['content']> = {}): DeskDecision {
  return {
    id: `d-${s.sha256.slice(0, 8)}-${decision}`,
    campaignId: s.campaignId,
    rosterId: s.rosterId,
    sha256: s.sha256,
    content: {
      submission: {
        sha256: s.sha256,
        schoolId: s.content.school.id,
        schoolName: s.content.school.name,
        schoolCode: s.content.school.code,
        assessmentId: s.content.assessment.id,
        revision: s.revision,
        schoolYear: s.content.assessment.schoolYear,
        setId: s.content.set.setId,
        version: s.content.set.version,
      },
      decision,
      reason: decision === 'returned' ? 'Thiếu minh chứng' : '',
      rows: [],
      reviewed: null,
      unit: { name: 'Phòng Văn hóa – Xã hội', headName: 'Lê Văn Bình' },
      decidedAt: '2026-06-01T03:00:00.000Z',
      ...over,
    },
  }
}
