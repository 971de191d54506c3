/**
 * Taking in submission files on the desk, many at once. Every file has already been read and
 * checked as a file (zip, manifest, entry hashes, schema); here each is checked against the
 * campaign: the year and the criteria set it was made for, its content hash against the one the
 * school's phone showed, its scores recomputed from its answers (never taken from the file), its
 * school matched to the roster (or added to it), its place in the school's history (the same
 * content twice changes nothing; a newer revision supersedes the older, which stays). One file
 * that cannot be taken refuses the whole batch: nothing is written.
 */
import type { CriteriaSet } from '../criteria/schema'
import type { IsoDateTime } from '../model'
import type { AssessmentScore } from '../scoring/score'
import { checkSubmission, type SubmissionCheck, type SubmissionFlag } from '../submission/check'
import type { SubmissionContent } from '../submission/content'
import type { Campaign } from './campaign'
import { placeSubmission, type DeskSubmission, type DeskSubmissionHead, type Placement } from './history'
import { indexRoster, matchIndexed, putInIndex, type RosterSchool } from './roster'
import { own } from '../ids'

/** A submission file as the reader returns it. */
export interface ArrivingSubmission {
  fileName: string
  /** SHA-256 of the canonical content, computed on this desk: the submission's identity. */
  sha256: string
  /** The SHA-256 the file's manifest declares (what the school's phone showed). */
  declaredSha256: string
  submittedAt: IsoDateTime
  content: SubmissionContent
  attachments: { files: string[]; record: boolean }
}

/** Why a file cannot be taken into this campaign. */
export type IntakeRefusal =
  | { code: 'wrong-school-year'; found: string; expected: string }
  | { code: 'wrong-set-version'; found: string; expected: string }


/** What taking one file does. */
export type IntakeItem = {
  fileName: string
  sha256: string
  schoolName: string
  revision: number
  /**
   * The roster row it goes to: an existing one, or one added for it. While `matched` is
   * `ambiguous` it is only the school as its file describes it, on no roster row yet.
   */
  school: RosterSchool
  /**
   * How the school was found: by the phone's id, the school code, the name (one school of that
   * name), added as a new school, `chosen` by the reviewer among `candidates`, or `ambiguous`:
   * several roster schools have its name and nothing decides, so it cannot be taken until the
   * reviewer chooses.
   */
  matched: 'device' | 'code' | 'name' | 'added' | 'chosen' | 'ambiguous'
  /** The roster schools of its name when nothing decided between them (the reviewer chooses). */
  candidates: RosterSchool[]
  placement: Placement
  /** The score recomputed from its answers with the campaign's set. */
  score: AssessmentScore
  flags: SubmissionFlag[]
  /** The desk's record to store; absent for a duplicate (nothing changes). */
  record?: DeskSubmission
}

export interface IntakeInput {
  campaign: Campaign
  set: CriteriaSet
  /** SHA-256 of the campaign's set's canonical content on this desk. */
  setSha256: string
  roster: readonly RosterSchool[]
  /** The desk's submissions (their content is not needed). */
  submissions: readonly DeskSubmissionHead[]
  arriving: readonly ArrivingSubmission[]
  now: IsoDateTime
  /** Makes the id of a roster row added for a school not on the roster. */
  newId: () => string
  /**
   * The reviewer's answer for files whose school is ambiguous, by the file's `sha256`: the id of
   * one of its candidates, or `NEW_SCHOOL` (a school not on the roster, added).
   */
  picks?: Readonly<Record<string, string>>
  /** Checks already made of these files with this campaign's set (from an earlier plan's `checks`), by sha256. */
  checks?: ReadonlyMap<string, SubmissionCheck>
}

/** A pick meaning "none of these: a school not on the roster". */
export const NEW_SCHOOL = 'new'

export type IntakePlan =
  | {
      ok: true
      items: IntakeItem[]
      added: RosterSchool[]
      /** Each file's check (recomputed score, flags), by sha256: a later plan of the same files passes them back. */
      checks: Map<string, SubmissionCheck>
    }
  | { ok: false; refused: { fileName: string; refusal: IntakeRefusal }[] }

/**
 * Plans taking in `arriving`, in order. Files later in the batch see the ones before them, so two
 * revisions of one school, or one file twice, come out as they would one after another.
 */
export function planIntake(input: IntakeInput): IntakePlan {
  const { campaign } = input
  const refused: { fileName: string; refusal: IntakeRefusal }[] = []
  for (const a of input.arriving) {
    if (a.content.assessment.schoolYear !== campaign.schoolYear)
      refused.push({ fileName: a.fileName, refusal: { code: 'wrong-school-year', found: a.content.assessment.schoolYear, expected: campaign.schoolYear } })
    else if (a.content.set.setId !== campaign.setId || a.content.set.version !== campaign.version)
      refused.push({
        fileName: a.fileName,
        refusal: { code: 'wrong-set-version', found: `${a.content.set.setId}@${a.content.set.version}`, expected: `${campaign.setId}@${campaign.version}` },
      })
  }
  if (refused.length) return { ok: false, refused }

  // Indexed, so a province's thousands of files are matched without scanning the roster for each.
  const roster = indexRoster(input.roster)
  const added: RosterSchool[] = []
  const history = new Map<string, DeskSubmissionHead[]>()
  const remember = (s: DeskSubmissionHead) => {
    const list = history.get(s.rosterId)
    if (list) list.push(s)
    else history.set(s.rosterId, [s])
  }
  for (const s of input.submissions) if (s.campaignId === campaign.id) remember(s)
  const items: IntakeItem[] = []
  const checks = new Map<string, SubmissionCheck>()
  for (const a of input.arriving) {
    const c = a.content
    const match = matchIndexed(roster, { schoolId: c.school.id, code: c.school.code, name: c.school.name, commune: c.school.commune })
    let school: RosterSchool
    let matched: IntakeItem['matched']
    const candidates = match.kind === 'ambiguous' ? match.candidates : []
    const pick = candidates.length ? own(input.picks, a.sha256) : undefined
    const found = match.kind === 'matched' ? match.school : candidates.find((s) => s.id === pick)
    if (found) {
      school = found.schoolId ? found : { ...found, schoolId: c.school.id }
      matched = match.kind === 'matched' ? match.by : 'chosen'
      putInIndex(roster, school)
    } else if (candidates.length && pick !== NEW_SCHOOL) {
      // Not put on the roster nor in the index: nothing may be written for it until the reviewer chooses.
      school = {
        id: `?${a.sha256}`,
        campaignId: campaign.id,
        name: c.school.name,
        code: c.school.code,
        kind: c.school.kind,
        commune: c.school.commune,
        source: 'submission',
        schoolId: c.school.id,
        addedAt: input.now,
      }
      matched = 'ambiguous'
    } else {
      school = {
        id: input.newId(),
        campaignId: campaign.id,
        name: c.school.name,
        code: c.school.code,
        kind: c.school.kind,
        commune: c.school.commune,
        source: 'submission',
        schoolId: c.school.id,
        addedAt: input.now,
      }
      matched = 'added'
      putInIndex(roster, school)
      added.push(school)
    }
    const past = history.get(school.id) ?? []
    const placement = placeSubmission(past, { sha256: a.sha256, revision: c.assessment.revision, submittedAt: a.submittedAt })
    const check = checks.get(a.sha256) ?? input.checks?.get(a.sha256) ?? checkSubmission(c, input.set, input.setSha256)
    checks.set(a.sha256, check)
    const flags: SubmissionFlag[] = [...check.flags]
    if (a.declaredSha256 !== a.sha256) flags.unshift({ code: 'hash-differs', declared: a.declaredSha256, computed: a.sha256 })
    const item: IntakeItem = {
      fileName: a.fileName,
      sha256: a.sha256,
      schoolName: c.school.name,
      revision: c.assessment.revision,
      school,
      matched,
      candidates,
      placement,
      score: check.score,
      flags,
    }
    if (placement.outcome !== 'duplicate' && matched !== 'ambiguous') {
      item.record = {
        sha256: a.sha256,
        campaignId: campaign.id,
        rosterId: school.id,
        revision: c.assessment.revision,
        submittedAt: a.submittedAt,
        importedAt: input.now,
        content: c,
        flags,
        attachments: { files: [...a.attachments.files], record: a.attachments.record },
      }
      remember(item.record)
    }
    items.push(item)
  }
  // Rows matched on the way learn the school's device id; rows added are new.
  return { ok: true, items, added, checks }
}

/** Roster rows the plan changes (a device id learnt) or adds, for the store to write. */
export function rosterChanges(before: readonly RosterSchool[], plan: Extract<IntakePlan, { ok: true }>): RosterSchool[] {
  const byId = new Map(before.map((s) => [s.id, s]))
  const out = new Map<string, RosterSchool>()
  for (const it of plan.items) {
    if (it.matched === 'ambiguous') continue
    const old = byId.get(it.school.id)
    if (!old || old.schoolId !== it.school.schoolId) out.set(it.school.id, it.school)
  }
  return [...out.values()]
}

/** Whether a file needs the reviewer's look before it is taken: a flag, or a school to choose among several of its name. */
export function needsAttention(item: IntakeItem): boolean {
  return item.flags.length > 0 || item.candidates.length > 1
}
