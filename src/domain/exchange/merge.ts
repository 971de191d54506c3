/**
 * Merging a member's contribution into the principal's assessment, as a plan the principal sees
 * before anything is written. Per assigned row, with B the baseline (the row when the assignment
 * was made), P the principal's row now and C the contribution's:
 * - C equals B (the member did not change it), or C equals P: nothing to do;
 * - P equals B (the principal did not change it): C is taken;
 * - otherwise both changed it differently: a conflict, and the principal chooses.
 * A row whose contribution content the principal already turned down ("keep mine") for that member,
 * while their own row still says what it said then, is not asked again (`keptDecisionKey`).
 * Rows are compared by value, basis and note. New evidence is added with the member named; a code
 * already used is renumbered. Evidence already present (by id) is skipped, so importing the same
 * contribution twice changes nothing. A photo or document whose content the assessment already
 * keeps (same SHA-256) is not added again: the evidence holding it is linked to the rows the copy
 * was for, and the plan says so.
 */
import type { AnswerValue } from '../scoring/score'
import type { Answer, AnswerBasis, Assessment, Evidence, Member, School } from '../model'
import { EVIDENCE_CODE_MAX_LENGTH, nextEvidenceCode, normalizeEvidenceCode, parseEvidenceCode } from '../evidence/codes'
import { classifyIncoming, type FileHashes } from '../evidence/duplicates'
import { exchangeError, type ExchangeError } from './errors'
import type { AssignmentHeader, BaselineRow } from './manifest'

/** What a row says: compared to decide whether it changed. */
export interface RowContent {
  value: AnswerValue
  note: string
  basis?: AnswerBasis
}

export const EMPTY_ROW: RowContent = { value: null, note: '' }

const sameBasis = (a: AnswerBasis | undefined, b: AnswerBasis | undefined) =>
  (a?.yes ?? null) === (b?.yes ?? null) &&
  (a?.percentage ?? null) === (b?.percentage ?? null) &&
  (a?.count ?? null) === (b?.count ?? null)

/** Whether two rows say the same (an absent row is an empty one; notes compare in NFC). */
export function sameContent(a: RowContent | undefined | null, b: RowContent | undefined | null): boolean {
  const x = a ?? EMPTY_ROW
  const y = b ?? EMPTY_ROW
  return (
    x.value === y.value &&
    (x.note ?? '').normalize('NFC') === (y.note ?? '').normalize('NFC') &&
    sameBasis(x.basis, y.basis)
  )
}

export function contentOf(a: RowContent): RowContent {
  return { value: a.value, note: a.note, ...(a.basis ? { basis: { ...a.basis } } : {}) }
}

/**
 * Names the principal's "keep mine" decision on one row of one member's contribution: the member's
 * content and the principal's own at the time. The same pair again (the same file imported twice, or a
 * later file that did not change the row, while the principal's row is unchanged) is not asked about
 * again; any change on either side asks again. Notes compare in NFC, as everywhere.
 */
export function keptDecisionKey(memberId: string, itemId: string, contribution: RowContent, principal: RowContent | null | undefined): string {
  const flat = (row: RowContent | null | undefined) => {
    const x = contentOf(row ?? EMPTY_ROW)
    // A count is added only when there is one, so keys saved before counts existed still match.
    const count = x.basis?.count !== undefined ? [x.basis.count] : []
    return [x.value, (x.note ?? '').normalize('NFC'), x.basis?.yes ?? null, x.basis?.percentage ?? null, ...count]
  }
  return JSON.stringify([memberId, itemId, flat(contribution), flat(principal)])
}

/** The assignment's baseline: the principal's rows for the assigned items, as they are now. */
export function makeBaseline(itemIds: readonly string[], answers: readonly Answer[]): BaselineRow[] {
  const byItem = new Map(answers.map((a) => [a.itemId, a]))
  return itemIds.map((itemId) => {
    const a = byItem.get(itemId)
    return { itemId, ...contentOf(a ?? EMPTY_ROW) }
  })
}

/** The principal's device as a contribution finds it. */
export interface ContributionTarget {
  school: School | undefined
  assessment: Assessment | undefined
  /** This device holds the assessment as a member's copy (it received an assignment for it). */
  isMemberCopy: boolean
}

/**
 * Why this device must not take the contribution, or [] when it may: another school, another
 * assessment, another set version, an assessment that is no longer a draft, or a member's phone.
 */
export function checkContributionTarget(h: AssignmentHeader, t: ContributionTarget): ExchangeError[] {
  const p = { school: h.schoolName, schoolId: h.schoolId, assessmentId: h.assessmentId }
  if (!t.assessment) {
    if (t.school?.id === h.schoolId)
      return [
        exchangeError('wrong-assessment', 'manifest.json:assignment.assessmentId', 'this assessment is not on this device (deleted, or made on another device)', p),
      ]
    return [exchangeError('wrong-school', 'manifest.json:assignment.schoolId', `the file is for ${h.schoolName}, which is not on this device`, p)]
  }
  const a = t.assessment
  if (a.schoolId !== h.schoolId)
    return [exchangeError('wrong-school', 'manifest.json:assignment.schoolId', 'the file is for another school', p)]
  if (t.isMemberCopy)
    return [
      exchangeError('not-for-this-device', '', "this device holds a member's copy of the assessment; contributions are imported on the principal's device", p),
    ]
  if (a.setId !== h.setId || a.version !== h.version)
    return [
      exchangeError('wrong-set-version', 'manifest.json:assignment.version', `the file was made for ${h.setId}@${h.version}, the assessment uses ${a.setId}@${a.version}`, {
        ...p,
        found: `${h.setId}@${h.version}`,
        expected: `${a.setId}@${a.version}`,
      }),
    ]
  if (a.status !== 'draft')
    return [
      exchangeError('approved-revision', 'manifest.json:assignment.revision', `revision ${a.revision} is ${a.status}; amend it to take contributions`, {
        ...p,
        revision: a.revision,
        status: a.status,
      }),
    ]
  if (a.revision !== h.revision)
    return [exchangeError('wrong-assessment', 'manifest.json:assignment.revision', `the file is for revision ${h.revision}, this is revision ${a.revision}`, p)]
  return []
}

/** The member's device as an assignment finds it. */
export interface AssignmentTarget {
  assessment: Assessment | undefined
  /** The member whose copy this device already holds for that assessment, if any. */
  memberCopyOf: string | undefined
  /** A school of the assignment's school id already on this device, if any. */
  school?: School | undefined
  /** Whether that school came with an assignment received earlier (then the file may update it). */
  schoolFromAssignment?: boolean
  /** A member of the assignment's member id already on this device, in whichever assessment. */
  member?: Member | undefined
}

/**
 * Why this device must not take the assignment: it is the principal's, or another member's copy,
 * or the file names a school or member this device holds as its own (ids reused by another
 * device, by accident or on purpose): a file never rewrites rows it does not own.
 */
export function checkAssignmentTarget(h: AssignmentHeader, t: AssignmentTarget): ExchangeError[] {
  const device = deviceRefusal(h, t)
  if (device.length) return device
  if (t.school && !t.schoolFromAssignment)
    return [
      exchangeError('id-taken', 'manifest.json:assignment.schoolId', `school id "${h.schoolId}" is a school of this device, not one the file may change`, {
        table: 'schools',
        id: h.schoolId,
      }),
    ]
  if (t.member && t.member.assessmentId !== h.assessmentId)
    return [
      exchangeError('id-taken', 'manifest.json:assignment.memberId', `member id "${h.memberId}" is a member of another assessment on this device`, {
        table: 'members',
        id: h.memberId,
      }),
    ]
  return []
}

function deviceRefusal(h: AssignmentHeader, t: AssignmentTarget): ExchangeError[] {
  if (!t.assessment) return []
  if (t.memberCopyOf === undefined)
    return [
      exchangeError('not-for-this-device', '', 'this device already holds this assessment as its own; open the file on the member’s phone', {
        memberName: h.memberName,
      }),
    ]
  if (t.memberCopyOf !== h.memberId)
    return [exchangeError('not-for-this-device', '', "this device holds another member's assignment for this assessment", { memberName: h.memberName })]
  if (t.assessment.schoolId !== h.schoolId)
    return [exchangeError('wrong-school', 'manifest.json:assignment.schoolId', 'the assessment on this device belongs to another school', {})]
  return []
}

/** How a contribution stands against this device's team: who sent it, and for which rows. */
export interface TeamCheck {
  /** The sender is a member of this assessment's team on this device. */
  onTeam: boolean
  /** Rows the file says were assigned that this device's team list does not give the sender. */
  notAssigned: string[]
}

/**
 * A contribution against the team as this device knows it. A sender not on the team (never added,
 * or removed since) or rows not assigned to them are not refused — the work may be wanted — but
 * the principal is shown so and must choose to import it.
 */
export function checkTeam(h: AssignmentHeader, member: Member | undefined): TeamCheck {
  if (!member || member.assessmentId !== h.assessmentId) return { onTeam: false, notAssigned: [...h.assignedItemIds] }
  const mine = new Set(member.itemIds)
  return { onTeam: true, notAssigned: h.assignedItemIds.filter((id) => !mine.has(id)) }
}

/** Whether the principal must choose explicitly to import this contribution. */
export const needsTeamChoice = (t: TeamCheck): boolean => !t.onTeam || t.notAssigned.length > 0

export interface ContributionInput {
  header: AssignmentHeader
  /** The contribution's rows (validated: only assigned items). */
  contribution: { answers: readonly Answer[]; evidence: readonly Evidence[] }
  /** The principal's current rows for the assessment. */
  current: { answers: readonly Answer[]; evidence: readonly Evidence[] }
  /** Ids of files already stored on the device: not added again. */
  storedFileIds?: ReadonlySet<string>
  /** The principal's earlier "keep mine" decisions (`keptDecisionKey`): those rows are left alone. */
  keptDecisions?: ReadonlySet<string>
  /** SHA-256 of the files, current and incoming, by file id: the same content is not kept twice. */
  fileHashes?: FileHashes
}

/** An incoming photo or document whose content is already kept: not added. */
export interface DuplicateEvidence {
  /** The incoming evidence, as the member named it. */
  evidenceId: string
  code: string
  title: string
  /** The code of the evidence that keeps the same content (on the device or earlier in the file). */
  sameAs: string
  /** Rows the copy was for that the kept evidence now proves too (empty: it did already). */
  addItems: string[]
}

export interface MergeConflict {
  itemId: string
  /** The principal's row now (null: no row). */
  principal: Answer | null
  contribution: Answer
  /** The row when the assignment was made. */
  baseline: RowContent
}

export interface ContributionPlan {
  assessmentId: string
  memberId: string
  memberName: string
  /** Rows taken from the contribution. */
  newAnswers: Answer[]
  conflicts: MergeConflict[]
  /** Evidence to add: attributed to the member, with codes unique in the assessment. */
  newEvidence: Evidence[]
  /** Codes changed because the principal already used them. */
  renumbered: { evidenceId: string; from: string; to: string }[]
  /** Files to add (ids), for the new evidence, not already on the device. */
  newFileIds: string[]
  /** Evidence already present (same id): the file was imported before. */
  skippedEvidence: number
  /** Photos and documents whose content is already kept (by SHA-256): not added. */
  duplicates: DuplicateEvidence[]
  /** Evidence already on the device that now proves more rows: its id and the rows added. */
  linked: { evidenceId: string; itemIds: string[] }[]
  /** Assigned rows with nothing to do. */
  unchangedCount: number
  /** Rows whose contribution the principal already turned down for this member: left as they are. */
  keptEarlier: string[]
  /** The principal's rows' `updatedAt` when planned (null: no row), to detect a change before writing. */
  expected: Record<string, string | null>
}

export function planContribution(input: ContributionInput): ContributionPlan {
  const h = input.header
  const baseline = new Map(h.baseline.map((b) => [b.itemId, b]))
  const principal = new Map(input.current.answers.map((a) => [a.itemId, a]))
  const incoming = new Map(input.contribution.answers.map((a) => [a.itemId, a]))
  const plan: ContributionPlan = {
    assessmentId: h.assessmentId,
    memberId: h.memberId,
    memberName: h.memberName,
    newAnswers: [],
    conflicts: [],
    newEvidence: [],
    renumbered: [],
    newFileIds: [],
    skippedEvidence: 0,
    duplicates: [],
    linked: [],
    unchangedCount: 0,
    keptEarlier: [],
    expected: {},
  }

  for (const itemId of h.assignedItemIds) {
    const b = baseline.get(itemId) ?? EMPTY_ROW
    const p = principal.get(itemId)
    const c = incoming.get(itemId)
    plan.expected[itemId] = p?.updatedAt ?? null
    if (!c || sameContent(c, b) || sameContent(c, p)) {
      plan.unchangedCount++
      continue
    }
    if (input.keptDecisions?.has(keptDecisionKey(h.memberId, itemId, c, p))) {
      plan.keptEarlier.push(itemId)
      continue
    }
    const taken = takenRow(c, h)
    if (sameContent(p, b)) plan.newAnswers.push(taken)
    else plan.conflicts.push({ itemId, principal: p ?? null, contribution: taken, baseline: contentOf(b) })
  }

  const presentIds = new Set(input.current.evidence.map((e) => e.id))
  const codes = input.current.evidence.map((e) => e.code)
  const files = new Set(input.storedFileIds ?? [])
  const hashes = input.fileHashes ?? new Map<string, string>()
  /** Evidence of this file kept so far: the device's, then what this plan adds. */
  const kept: Evidence[] = input.current.evidence.filter((e) => e.file && hashes.has(e.file.id)).map((e) => ({ ...e, itemIds: [...e.itemIds] }))
  const linked = new Map<string, string[]>()
  for (const e of input.contribution.evidence) {
    if (presentIds.has(e.id)) {
      plan.skippedEvidence++
      continue
    }
    presentIds.add(e.id)
    const sha = e.file ? hashes.get(e.file.id) : undefined
    const outcome = sha === undefined ? undefined : classifyIncoming(kept, hashes, [{ sha256: sha, itemIds: e.itemIds }])[0]
    if (outcome?.kind === 'existing') {
      const of = outcome.of
      plan.duplicates.push({ evidenceId: e.id, code: e.code, title: e.title, sameAs: of.code, addItems: outcome.addItems })
      if (outcome.addItems.length) {
        of.itemIds = [...of.itemIds, ...outcome.addItems]
        const added = plan.newEvidence.find((n) => n.id === of.id)
        if (added) added.itemIds = [...of.itemIds]
        else linked.set(of.id, [...(linked.get(of.id) ?? []), ...outcome.addItems])
      }
      continue
    }
    const code = uniqueEvidenceCode(e.code, codes)
    if (code !== e.code) plan.renumbered.push({ evidenceId: e.id, from: e.code, to: code })
    codes.push(code)
    const row: Evidence = { ...structuredCopy(e), assessmentId: h.assessmentId, code, addedBy: h.memberName }
    plan.newEvidence.push(row)
    if (sha !== undefined) kept.push({ ...row, itemIds: [...row.itemIds] })
    if (e.file && !files.has(e.file.id)) {
      files.add(e.file.id)
      plan.newFileIds.push(e.file.id)
    }
  }
  plan.linked = [...linked].map(([evidenceId, itemIds]) => ({ evidenceId, itemIds }))
  return plan
}

function takenRow(c: Answer, h: AssignmentHeader): Answer {
  const row: Answer = { ...structuredCopy(c), assessmentId: h.assessmentId, by: h.memberId }
  delete row.copied
  return row
}

const structuredCopy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T

/**
 * `code` if no other evidence uses it (case and spacing aside), else a free one: the next
 * number of its criterion in its own form for generated-looking codes (`MC1.1.01`, `MC.1.1.01`,
 * `[H1-1.1-01]`), else the code with `-2`, `-3`… appended.
 */
export function uniqueEvidenceCode(code: string, taken: readonly string[]): string {
  const keys = new Set(taken.map(codeKey))
  const free = (c: string) => !keys.has(codeKey(c))
  if (free(code)) return code
  const normalized = normalizeEvidenceCode(code)
  const parsed = parseEvidenceCode(normalized)
  if (parsed) {
    const next = nextEvidenceCode(parsed.criterionId, taken, parsed.format)
    if (free(next) && next.length <= EVIDENCE_CODE_MAX_LENGTH) return next
  }
  for (let n = 2; ; n++) {
    const suffix = `-${n}`
    const candidate = `${normalized.slice(0, EVIDENCE_CODE_MAX_LENGTH - suffix.length)}${suffix}`
    if (free(candidate)) return candidate
  }
}

/** Codes that differ only in case, spacing or Unicode form are the same code. */
const codeKey = (code: string) => normalizeEvidenceCode(code).toLowerCase()

export type ConflictChoice = 'principal' | 'contribution'

export interface ResolvedContribution {
  assessmentId: string
  /** Rows to write (taken rows and conflicts resolved for the contribution). */
  answers: Answer[]
  evidence: Evidence[]
  /** Evidence already on the device that now proves more rows (a copy of its file came in). */
  linked: { evidenceId: string; itemIds: string[] }[]
  fileIds: string[]
  /** `updatedAt` each written row must still have on the device (null: no row yet). */
  expected: Record<string, string | null>
  /** Conflicts without a choice: the principal's row is kept for them. */
  unresolved: string[]
  /** The "keep mine" decisions made now (`keptDecisionKey`), to remember with the write. */
  keptDecisions: string[]
}

/** The final rows once the principal has chosen for each conflict. */
export function applyResolution(plan: ContributionPlan, choices: Readonly<Record<string, ConflictChoice>>): ResolvedContribution {
  const answers = [...plan.newAnswers]
  const unresolved: string[] = []
  const keptDecisions: string[] = []
  for (const c of plan.conflicts) {
    const choice = Object.prototype.hasOwnProperty.call(choices, c.itemId) ? choices[c.itemId] : undefined
    if (choice === 'contribution') answers.push(c.contribution)
    else if (choice === 'principal') keptDecisions.push(keptDecisionKey(plan.memberId, c.itemId, c.contribution, c.principal))
    else unresolved.push(c.itemId)
  }
  const expected: Record<string, string | null> = {}
  for (const a of answers) expected[a.itemId] = plan.expected[a.itemId] ?? null
  return {
    assessmentId: plan.assessmentId,
    answers,
    evidence: plan.newEvidence,
    linked: plan.linked,
    fileIds: plan.newFileIds,
    expected,
    unresolved,
    keptDecisions,
  }
}
