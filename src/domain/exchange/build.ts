/**
 * What goes into each package, decided purely: which rows, the manifest, the file name.
 * Reading and writing the zip is the packaging service's work.
 */
import type { Answer, Assessment, Evidence, Member, School } from '../model'
import { failWith, type ExchangeError } from './errors'
import type { Result } from '../errors'
import { EXCHANGE_FORMAT_VERSION, type ExchangeFormat } from './limits'
import type { AssignmentHeader, Manifest, ManifestEntry, ManifestOf } from './manifest'
import { countData, type ExchangeData } from './data'
import type { CriteriaSetRow, ReceivedAssignment } from './rows'
import { makeBaseline } from './merge'

export interface ManifestHead {
  appVersion: string
  createdAt: string
  packageId: string
}

export function makeManifest<F extends ExchangeFormat>(
  format: F,
  head: ManifestHead,
  data: ExchangeData,
  entries: ManifestEntry[],
  assignment?: AssignmentHeader,
): ManifestOf<F> {
  const base = {
    format,
    formatVersion: EXCHANGE_FORMAT_VERSION,
    appVersion: head.appVersion,
    createdAt: head.createdAt,
    packageId: head.packageId,
    counts: countData(data),
    entries,
  }
  return (format === 'chiso.backup' ? base : { ...base, assignment }) as Manifest as ManifestOf<F>
}

export interface AssignmentSource {
  school: School
  assessment: Assessment
  member: Member
  /** The principal's rows of the assessment (any items; only assigned ones are sent). */
  answers: readonly Answer[]
  /** The assessment's criteria set when it is a user-loaded one (the member's phone may lack it). */
  criteriaSet?: CriteriaSetRow
}

/** The rows of an assignment: the member's items as they are now, which are also its baseline. */
export function assignmentPackage(src: AssignmentSource): Result<{ header: AssignmentHeader; data: ExchangeData }, ExchangeError> {
  const { school, assessment: a, member } = src
  if (a.status !== 'draft')
    return failWith('approved-revision', '', `revision ${a.revision} is ${a.status}: nothing can be assigned`, {
      revision: a.revision,
      status: a.status,
    })
  const itemIds = [...new Set(member.itemIds)]
  if (itemIds.length === 0)
    return failWith('not-assigned', '', `nothing is assigned to ${member.name}`, { memberName: member.name })
  const assigned = new Set(itemIds)
  const answers = src.answers.filter((r) => r.assessmentId === a.id && assigned.has(r.itemId))
  const header: AssignmentHeader = {
    schoolId: school.id,
    schoolName: school.name,
    assessmentId: a.id,
    setId: a.setId,
    version: a.version,
    revision: a.revision,
    memberId: member.id,
    memberName: member.name,
    assignedItemIds: itemIds,
    baseline: makeBaseline(itemIds, answers),
  }
  const data: ExchangeData = {
    schools: [school],
    assessments: [a],
    answers,
    // When the principal sent earlier files is theirs to know; the member's phone gets the row without it.
    members: [{ id: member.id, assessmentId: member.assessmentId, name: member.name, role: member.role, itemIds, createdAt: member.createdAt }],
    evidence: [],
    criteriaSets: src.criteriaSet ? [src.criteriaSet] : [],
  }
  return { ok: true, value: { header, data } }
}

export interface ContributionSource {
  received: ReceivedAssignment
  school: School
  assessment: Assessment
  member: Member
  answers: readonly Answer[]
  evidence: readonly Evidence[]
}

/**
 * The rows of a contribution: the member's rows for the assigned items and the evidence that
 * supports them (other items are dropped from each evidence's list).
 */
export function contributionPackage(src: ContributionSource): { header: AssignmentHeader; data: ExchangeData } {
  const h = src.received.assignment
  const assigned = new Set(h.assignedItemIds)
  const evidence = src.evidence
    .filter((e) => e.assessmentId === h.assessmentId)
    .map((e) => ({ ...e, itemIds: e.itemIds.filter((id) => assigned.has(id)) }))
    .filter((e) => e.itemIds.length > 0)
  return {
    header: h,
    data: {
      schools: [src.school],
      assessments: [src.assessment],
      answers: src.answers.filter((r) => r.assessmentId === h.assessmentId && assigned.has(r.itemId)),
      members: [src.member],
      evidence,
      criteriaSets: [],
    },
  }
}

const NAMES: Readonly<Record<ExchangeFormat, string>> = {
  'chiso.backup': 'chiso-sao-luu',
  'chiso.assignment': 'chiso-phan-cong',
  'chiso.contribution': 'chiso-dong-gop',
}

/** A person's name as a file-name part: `Nguyễn Thị Đào` → `nguyen-thi-dao`. */
export function fileNamePart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '')
}

/** `chiso-sao-luu-2026-05-20.zip`, `chiso-phan-cong-nguyen-thi-dao-2026-05-20.zip`. */
export function exchangeFileName(format: ExchangeFormat, localDate: string, personName?: string): string {
  const who = personName ? fileNamePart(personName) : ''
  return `${NAMES[format]}${who ? `-${who}` : ''}-${localDate}.zip`
}
