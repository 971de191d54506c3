/**
 * The one door to the device's database: what each aggregate's repository promises.
 *
 * Intent guarantees, true of every method unless it says otherwise:
 * - **Atomic**: a write is one IndexedDB transaction over every table it touches. It happens whole,
 *   or — on any failure, a full device included — changes nothing.
 * - **Fails as `StorageError`**: a rejected promise always carries a `StorageError` with a code the
 *   screens can explain (`quota`, `disk-full`, `unavailable`, `blocked`, `closed`, `unknown`).
 * - **Plain values in**: callers MUST pass plain objects (`toRaw`/`plain` copies), never Vue
 *   proxies, which IndexedDB cannot clone.
 * - Reads return copies: changing what a read returned changes nothing stored.
 */
import type {
  Answer,
  LostRace,
  RowVersion,
  Assessment,
  Campaign,
  DeskDecision,
  DeskReviewRow,
  DeskSubmission,
  DeskSubmissionHead,
  RankingSettings,
  RosterSchool,
  ChangeCounts,
  ContributionRefusal,
  CriteriaSetRow,
  Evidence,
  ImportMode,
  ImportReport,
  Member,
  MetaKey,
  MetaValues,
  ExchangeData,
  ReceivedAssignment,
  ResolvedContribution,
  School,
  Snapshot,
  StoredFile,
} from '@/domain'

/** A photo or document as the `evidenceFiles` table keeps it. */
export type DbEvidenceFile = StoredFile<Blob>

/** A submission's content, kept apart from its head (`deskSubmissions`). */
export interface DbDeskContent {
  campaignId: string
  sha256: string
  content: DeskSubmission['content']
}

/** A photo, document or the record PDF that came with a submission (`fileId` 'record' for the record). */
export interface DbDeskFile {
  campaignId: string
  sha256: string
  fileId: string
  blob: Blob
}

/** A reviewer's row on one submission, in one campaign. */
export type DbDeskReviewRow = DeskReviewRow & { campaignId: string }

export interface SchoolsRepository {
  /** Every school on the device, by name. */
  list: () => Promise<School[]>
  get: (id: string) => Promise<School | undefined>
  /** Creates or replaces the school. Idempotent. */
  put: (school: School) => Promise<void>
  /** Removes the school with all its assessments and everything they hold (files no longer used included). */
  remove: (id: string) => Promise<void>
}

export interface AssessmentsRepository {
  list: () => Promise<Assessment[]>
  listBySchool: (schoolId: string) => Promise<Assessment[]>
  get: (id: string) => Promise<Assessment | undefined>
  /** Creates or replaces the assessment row alone. Idempotent. */
  put: (assessment: Assessment) => Promise<void>
  /**
   * Reads the row and writes `change(row)` in one transaction, so two changes made at once to
   * different parts of it both land. `change` must be synchronous. Resolves to the written row, or
   * undefined (writing nothing) when there is no such assessment.
   */
  change: (id: string, change: (row: Assessment) => Assessment) => Promise<Assessment | undefined>
  /**
   * Creates an assessment together with what it starts from: answers (e.g. copied from last year),
   * and for an amended revision the members and evidence rows (their files are shared, not copied).
   * Fails, writing nothing, when any of these rows already exists.
   */
  create: (assessment: Assessment, answers?: Answer[], carried?: { members?: Member[]; evidence?: Evidence[] }) => Promise<void>
  /** Removes the assessment and its answers, members, evidence, files no longer used, and decisions kept about it. */
  remove: (id: string) => Promise<void>
  /** How many assessments are scored with this criteria-set version. */
  countUsingSet: (setId: string, version: string) => Promise<number>
}

export interface AnswersRepository {
  list: (assessmentId: string) => Promise<Answer[]>
  /**
   * Creates or replaces one row, and asks the browser to commit at once: resolved means durable.
   * Idempotent. With `base` (the version the change was made on, `landsOn`), the row is written only
   * if the stored one still has that version; otherwise nothing is written and the stored row is
   * returned (`undefined` inside: there is none) — the caller lost the race.
   */
  put: (answer: Answer, base?: RowVersion) => Promise<LostRace | null>
  /**
   * Creates or replaces several rows, and the assessment row with them when given: all of them or
   * none (e.g. "keep as last year" on a whole criterion, or new school totals with the points that
   * follow them). Idempotent. With `bases` (item id → version), nothing is written if any of those
   * rows changed, and the rows that did are returned.
   */
  putMany: (answers: readonly Answer[], assessment?: Assessment, bases?: ReadonlyMap<string, RowVersion>) => Promise<LostRace[]>
  remove: (assessmentId: string, itemId: string) => Promise<void>
}

export interface MembersRepository {
  list: (assessmentId: string) => Promise<Member[]>
  /** The member of this id, in whichever assessment. */
  get: (id: string) => Promise<Member | undefined>
  /** Creates or replaces the member. Idempotent. */
  put: (member: Member) => Promise<void>
  /** Notes when the member's file was sent, changing nothing else; false if the member is gone. */
  markSent: (id: string, sentAt: string) => Promise<boolean>
  remove: (id: string) => Promise<void>
}

export interface EvidenceRepository {
  list: (assessmentId: string) => Promise<Evidence[]>
  get: (id: string) => Promise<Evidence | undefined>
  /**
   * Adds evidence rows and their files, and replaces the `changed` rows (evidence that now proves
   * more rows): all of it, or none (an existing id among `rows` fails the whole write).
   */
  addMany: (rows: Evidence[], files: DbEvidenceFile[], changed?: Evidence[]) => Promise<void>
  /** Creates or replaces one evidence row (its file is not touched). Idempotent. */
  put: (evidence: Evidence) => Promise<void>
  /** Removes the evidence, and its file unless other evidence still refers to it: never an orphan file. */
  remove: (id: string) => Promise<void>
  file: (fileId: string) => Promise<DbEvidenceFile | undefined>
}

export interface CriteriaSetsRepository {
  list: () => Promise<CriteriaSetRow[]>
  /** Creates or replaces a loaded set. Idempotent. */
  put: (row: CriteriaSetRow) => Promise<void>
  /** Removes a loaded set; refuses (false, nothing removed) while an assessment still uses that version. */
  remove: (setId: string, version: string) => Promise<boolean>
}

/** Small app-wide values, each typed by its key (`MetaValues`). */
export interface MetaRepository {
  get: <K extends MetaKey>(key: K) => Promise<MetaValues[K] | undefined>
  /** Idempotent. */
  set: <K extends MetaKey>(key: K, value: MetaValues[K]) => Promise<void>
}

/**
 * Whole-device reads and writes for exchange files (backups, assignments, contributions), and the
 * small facts kept about them. The heavy writes are loaded the first time they are used.
 */
export interface ExchangeRepository {
  /** Everything the device holds, every stored file included, read in one transaction. */
  snapshot: () => Promise<Snapshot<Blob>>
  /**
   * Writes a checked backup's rows and files (`ImportMode`). Atomic: a failure half way leaves the
   * device as it was, the clearing of `replace` included. Merging the same file twice adds nothing.
   */
  restore: (data: ExchangeData, files: readonly DbEvidenceFile[], mode: ImportMode) => Promise<ImportReport>
  /**
   * Stores an assignment on a member's phone: the school, the assessment, the member, the criteria
   * set if it came along, the baseline rows — except rows the member changed since an earlier
   * assignment, which stay as the member left them — and the assignment itself. Atomic; opening
   * the same file twice changes nothing more.
   */
  storeAssignment: (data: ExchangeData, received: ReceivedAssignment) => Promise<{ rowsKept: number }>
  /**
   * Writes a resolved contribution: its rows, its evidence and their files, the note that this file
   * was imported (its first import is kept) and the principal's "keep mine" decisions. Atomic;
   * refuses, writing nothing, when the assessment is no longer a draft or a row changed since the
   * plan was made (then the refusal says which).
   */
  applyContribution: (
    resolved: ResolvedContribution,
    files: readonly DbEvidenceFile[],
    imported: { packageId: string; importedAt: string },
  ) => Promise<ContributionRefusal | null>
  /** The assignment received for an assessment, on a member's phone. */
  receivedAssignment: (assessmentId: string) => Promise<ReceivedAssignment | undefined>
  /** Every assignment this device received. */
  receivedAssignments: () => Promise<ReceivedAssignment[]>
  /** When a contribution file was first imported on this device, if it was. */
  contributionImportedAt: (packageId: string) => Promise<string | undefined>
  /** The principal's earlier "keep mine" decisions on contributions to an assessment. */
  keptDecisions: (assessmentId: string) => Promise<Set<string>>
  /** What changed since a moment (the last backup), for the backup reminder; `null`: since ever. */
  changesSince: (since: string | null) => Promise<ChangeCounts>
}

/**
 * The managing body's review desk: campaigns, the roster, the submissions that arrived, the
 * reviewer's rows and the decisions sent. Kept in tables of their own: nothing here reads or
 * writes a school's data.
 */
export interface DeskRepository {
  /** Every campaign, oldest first. */
  campaigns: () => Promise<Campaign[]>
  /** Creates or replaces a campaign. Idempotent. */
  putCampaign: (campaign: Campaign) => Promise<void>
  /** The roster of a campaign, in the order its rows were added. */
  roster: (campaignId: string) => Promise<RosterSchool[]>
  /** Creates or replaces roster rows: all of them or none (an imported list is one write). Idempotent. */
  putRoster: (rows: readonly RosterSchool[]) => Promise<void>
  /** Every submission of a campaign, without content: what the overview needs. */
  submissionHeads: (campaignId: string) => Promise<DeskSubmissionHead[]>
  /** One submission with its content, or undefined. */
  submission: (campaignId: string, sha256: string) => Promise<DeskSubmission | undefined>
  /**
   * Takes in an intake batch: the roster rows it adds or changes, the submissions it keeps (head
   * and content) and the files that came with them. One transaction: all of it, or — on any
   * failure — nothing. A submission already there is written again unchanged (idempotent).
   */
  takeIntake: (roster: readonly RosterSchool[], submissions: readonly DeskSubmission[], files: readonly DbDeskFile[]) => Promise<void>
  /** The photos, documents and record that came with a submission. */
  files: (campaignId: string, sha256: string) => Promise<DbDeskFile[]>
  /** The reviewer's rows on a submission. */
  reviewRows: (campaignId: string, sha256: string) => Promise<DeskReviewRow[]>
  /**
   * Creates or replaces one reviewer's row; a row with neither score nor comment is removed.
   * Idempotent.
   */
  putReviewRow: (campaignId: string, row: DeskReviewRow) => Promise<void>
  /** The submissions (SHA-256) of a campaign some reviewer scored or commented on. */
  reviewStarted: (campaignId: string) => Promise<Set<string>>
  /** Every decision of a campaign. */
  decisions: (campaignId: string) => Promise<DeskDecision[]>
  /** Creates or replaces a decision. Idempotent. */
  putDecision: (decision: DeskDecision) => Promise<void>
  /** Notes when a decision's file left the desk, changing nothing else; false if it is gone. */
  markDecisionSent: (id: string, sentAt: string) => Promise<boolean>
  /** Several submissions with their content, in one read; those not found are left out. */
  submissionsWithContent: (campaignId: string, sha256s: readonly string[]) => Promise<DeskSubmission[]>
  /** A campaign's ranking settings (classification rule, notice fields), if saved. */
  rankingSettings: (campaignId: string) => Promise<RankingSettings | undefined>
  /** Replaces a campaign's ranking settings. Idempotent. */
  putRankingSettings: (campaignId: string, settings: RankingSettings) => Promise<void>
}

export interface Repositories {
  schools: SchoolsRepository
  assessments: AssessmentsRepository
  answers: AnswersRepository
  members: MembersRepository
  evidence: EvidenceRepository
  criteriaSets: CriteriaSetsRepository
  meta: MetaRepository
  exchange: ExchangeRepository
  desk: DeskRepository
  /**
   * Calls `onChange` with the query's result now and whenever the data behind it changes, in this
   * tab or another one. Returns the function that stops watching.
   */
  watch: <T>(query: () => Promise<T>, onChange: (value: T) => void, onError?: (e: unknown) => void) => () => void
}
