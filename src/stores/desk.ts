import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { repos, toStorageError } from '@/db'
import {
  canDecide,
  canonicalCriteriaSet,
  checkCampaign,
  compareSubmissions,
  currentSubmission,
  decisionOn,
  exchangeError,
  idMap,
  withEntry,
  makeDecision,
  planIntake,
  rosterChanges,
  deskProgress,
  deskRows,
  META,
  parseRoster,
  planRosterImport,
  type AnswerValue,
  type Campaign,
  type CampaignProblem,
  type CriteriaSet,
  type Decision,
  type DecisionProblem,
  type DeskDecision,
  type DeskReviewRow,
  type DeskStatus,
  type DeskSubmission,
  type DeskSubmissionHead,
  type ExchangeError,
  type ExchangeResult,
  type IntakeItem,
  type IntakeRefusal,
  type Result,
  type Reviewer,
  type RosterError,
  type RosterSchool,
  type StorageErrorCode,
  type SubmissionCheck,
  type UnitProfile,
} from '@/domain'
import { newId, nowIso } from '@/services/clock'
import { canShareFiles, download, shareFile, type ShareOutcome } from '@/services/share'
import type { DbDeskFile } from '@/db'
import type { MadeDecision, ReadSubmission } from '@/services/exchange'
import { useCriteriaSetsStore } from './criteriaSets'
import { version as appVersion } from '../../package.json'
import type { RosterFileProblem } from '@/services/desk/roster'
import { plain } from './plain'

/** Submission files read at the same time while checking. */
const READ_AT_ONCE = 4
/** How often the checking count on screen changes. */
const PROGRESS_EVERY_MS = 150

/** The desk's time zone for "late": Việt Nam, UTC+7. */
export const DESK_UTC_OFFSET = 420

/** The spreadsheet code and its libraries, loaded on first use only. */
const rosterFiles = () => import('@/services/desk/roster')
/** The exchange files' zips (reading submissions, making decisions), loaded on first use only. */
const exchangeFiles = () => import('@/services/exchange')
const bundles = () => import('@/services/desk/bundle')

export type { RosterFileProblem }

export type RosterImportResult =
  | { ok: true; added: number; updated: number; unchanged: number }
  | { ok: false; file: RosterFileProblem }
  | { ok: false; errors: RosterError[] }
  | { ok: false; storage: StorageErrorCode }
  | { ok: false; reason: 'no-campaign' }

export interface CampaignInput {
  schoolYear: string
  setId: string
  version: string
  deadline: string
}

/** A picked file that cannot be taken: why, in the exchange files' words or the campaign's. */
export interface RefusedFile {
  fileName: string
  errors?: ExchangeError[]
  refusal?: IntakeRefusal
}

/** What checking a batch of picked files found, before anything is written. */
export interface IntakeCheck {
  /** Every readable file of the campaign, in the order picked, with what taking it would do. */
  items: IntakeItem[]
  refused: RefusedFile[]
  /** Files read but not of this campaign: none when `refused` lists them all. */
  read: number
}

export type IntakeCheckResult =
  | { ok: true; check: IntakeCheck }
  | { ok: false; reason: 'no-campaign' | 'no-set' }
  | { ok: false; storage: StorageErrorCode }

export interface IntakeDone {
  /** Submissions newly kept (duplicates aside). */
  taken: number
  duplicates: number
  /** Schools added to the roster for a submission that matched none. */
  added: number
}

/** The school the reviewer has open: its roster row, its history and current submission, the review rows. */
export interface OpenSchool {
  school: RosterSchool
  /** Its submissions, newest first (heads). */
  history: DeskSubmissionHead[]
  current: DeskSubmission | null
  set: CriteriaSet | null
  rows: DeskReviewRow[]
  /** Photos and documents that came with the current submission, by evidence file id ('record': the record PDF). */
  files: Map<string, Blob>
}

export interface MadeDecisionFile {
  blob: Blob
  fileName: string
  decision: DeskDecision
}

export type DecideResult =
  | { ok: true; file: MadeDecisionFile; shared: ShareOutcome }
  | { ok: false; problems: DecisionProblem[] }
  | { ok: false; errors: ExchangeError[] }
  | { ok: false; storage: StorageErrorCode }
  | { ok: false; reason: 'not-open' | 'decided' }

const storageFailure = (e: unknown) => ({ ok: false as const, errors: [toStorageError(e).code] })

/**
 * The managing body's review desk: who the unit is, the campaign it runs, the roster of expected
 * schools, the submissions received and the decisions sent; the overview's rows and counts are
 * computed from them by the domain.
 */
export const useDeskStore = defineStore('desk', () => {
  const unit = ref<UnitProfile | null>(null)
  const campaigns = shallowRef<Campaign[]>([])
  const campaignId = ref<string | null>(null)
  const roster = shallowRef<RosterSchool[]>([])
  const heads = shallowRef<DeskSubmissionHead[]>([])
  const decisions = shallowRef<DeskDecision[]>([])
  const reviewStarted = shallowRef<Set<string>>(new Set())
  const loaded = ref(false)

  const campaign = computed(() => campaigns.value.find((c) => c.id === campaignId.value) ?? null)

  const rows = computed(() =>
    campaign.value
      ? deskRows({
          roster: roster.value,
          submissions: heads.value,
          decisions: decisions.value,
          reviewStarted: reviewStarted.value,
          deadline: campaign.value.deadline,
          utcOffsetMinutes: DESK_UTC_OFFSET,
        })
      : [],
  )
  const progress = computed(() => deskProgress(rows.value))

  /** Reads the unit, the campaigns and the current campaign's roster, submissions and decisions. */
  async function load() {
    const r = repos()
    unit.value = (await r.meta.get(META.deskUnit)) ?? null
    campaigns.value = await r.desk.campaigns()
    const saved = await r.meta.get(META.deskCampaignId)
    campaignId.value = campaigns.value.find((c) => c.id === saved)?.id ?? campaigns.value.at(-1)?.id ?? null
    await refresh()
    loaded.value = true
  }

  /** Reads the current campaign's rows again (after an import, a decision, another tab). */
  async function refresh() {
    const id = campaignId.value
    if (!id) {
      roster.value = []
      heads.value = []
      decisions.value = []
      reviewStarted.value = new Set()
      return
    }
    const r = repos().desk
    const [ro, he, de, st] = await Promise.all([r.roster(id), r.submissionHeads(id), r.decisions(id), r.reviewStarted(id)])
    roster.value = ro
    heads.value = he
    decisions.value = de
    reviewStarted.value = st
  }

  /** Reads again after a write that succeeded: if reading fails, the screen keeps its rows until the next load (the write is kept). */
  async function refreshQuietly() {
    try {
      await refresh()
    } catch {
      // Nothing to undo: what was written is on the device and the next load reads it.
    }
  }

  /** Saves the unit's profile (name, head, reviewers); reviewers without a name are dropped. */
  async function saveUnit(next: UnitProfile): Promise<Result<UnitProfile, StorageErrorCode>> {
    const clean: UnitProfile = {
      name: next.name.trim(),
      headName: next.headName.trim(),
      reviewers: next.reviewers.map((p) => ({ id: p.id, name: p.name.trim() })).filter((p) => p.name !== ''),
    }
    try {
      await repos().meta.set(META.deskUnit, plain(clean))
    } catch (e) {
      return storageFailure(e)
    }
    unit.value = clean
    return { ok: true, value: clean }
  }

  /**
   * Saves the current campaign (creating it when there is none), and makes it the one the desk
   * shows. What is wrong with it as typed comes back as problems; nothing is written then.
   */
  async function saveCampaign(input: CampaignInput): Promise<Result<Campaign, CampaignProblem | StorageErrorCode>> {
    const problems = checkCampaign(input)
    if (problems.length) return { ok: false, errors: problems }
    const now = nowIso()
    const before = campaign.value
    const next: Campaign = before
      ? { ...before, ...input, updatedAt: now }
      : { id: newId(), schoolYear: input.schoolYear, setId: input.setId, version: input.version, deadline: input.deadline, createdAt: now, updatedAt: now }
    try {
      await repos().desk.putCampaign(plain(next))
      await repos().meta.set(META.deskCampaignId, next.id)
    } catch (e) {
      return storageFailure(e)
    }
    campaigns.value = [...campaigns.value.filter((c) => c.id !== next.id), next]
    campaignId.value = next.id
    await refresh()
    return { ok: true, value: next }
  }

  /**
   * Reads a roster file (xlsx or CSV) and adds its schools to the campaign's roster: the whole file
   * is checked first (errors name their cell), then written in one go. Schools already on the
   * roster (by code, else name and commune) are updated; none is removed.
   */
  async function importRoster(file: File): Promise<RosterImportResult> {
    const c = campaign.value
    if (!c) return { ok: false, reason: 'no-campaign' }
    const read = await (await rosterFiles()).readRosterCells(file)
    if (!read.ok) return { ok: false, file: read.problem }
    const parsed = parseRoster(read.rows, file.name)
    if (!parsed.ok) return { ok: false, errors: parsed.errors }
    const now = nowIso()
    let plan: ReturnType<typeof planRosterImport>
    try {
      const current = await repos().desk.roster(c.id)
      plan = planRosterImport(current, parsed.value)
      const written: RosterSchool[] = [
        ...plan.added.map((l): RosterSchool => ({ id: newId(), campaignId: c.id, name: l.name, code: l.code, kind: l.kind, commune: l.commune, source: 'roster', addedAt: now })),
        ...plan.updated.map(({ school, line }): RosterSchool => ({ ...school, name: line.name, code: line.code, kind: line.kind, commune: line.commune })),
      ]
      await repos().desk.putRoster(plain(written))
    } catch (e) {
      return { ok: false, storage: toStorageError(e).code }
    }
    await refreshQuietly()
    return { ok: true, added: plan.added.length, updated: plan.updated.length, unchanged: plan.unchanged }
  }

  // ---------------------------------------------------------------------------------------------
  // Taking in submissions

  /** The files last checked, kept until taken or checked again (they hold the attachments). */
  let pending: ReadSubmission[] = []
  /** Files of the last check already on the desk: counted as such when the batch is taken. */
  let pendingDuplicates = new Set<number>()
  /** The reviewer's choice of roster school for files whose school's name is on several rows, by file sha256. */
  let picks: Record<string, string> = idMap()
  /** Each checked file's recomputed score and flags, by sha256: planning again does not recompute them. */
  let pendingChecks: ReadonlyMap<string, SubmissionCheck> = new Map()
  const setShaCache = new Map<string, string>()

  async function campaignSet(): Promise<{ set: CriteriaSet; sha256: string } | null> {
    const c = campaign.value
    if (!c) return null
    const sets = useCriteriaSetsStore()
    const set = await sets.load(c.setId, c.version)
    if (!set) return null
    const key = `${c.setId}@${c.version}`
    let sha256 = setShaCache.get(key)
    if (!sha256) {
      const { sha256Hex } = await import('@/services/exchange/archive')
      sha256 = await sha256Hex(new TextEncoder().encode(canonicalCriteriaSet(set)))
      setShaCache.set(key, sha256)
    }
    return { set, sha256 }
  }

  /**
   * Reads and checks every picked file (a zip of submission files is unpacked), then plans taking
   * them into the campaign without writing anything: each file's school, its place in the school's
   * history, its recomputed score and its flags. Files that cannot be read, or belong to another
   * year or criteria set, are listed as refused; the others can still be taken.
   */
  async function checkIntake(picked: readonly File[], onProgress?: (done: number, total: number) => void): Promise<IntakeCheckResult> {
    const c = campaign.value
    if (!c) return { ok: false, reason: 'no-campaign' }
    pending = []
    pendingDuplicates = new Set()
    picks = idMap()
    pendingChecks = new Map()
    try {
      return await checkIntakeOf(c, picked, onProgress)
    } catch (e) {
      // Nothing was written: the reviewer picks the files again once the device can be read.
      return { ok: false, storage: toStorageError(e).code }
    }
  }

  async function checkIntakeOf(c: Campaign, picked: readonly File[], onProgress?: (done: number, total: number) => void): Promise<IntakeCheckResult> {
    const s = await campaignSet()
    if (!s) return { ok: false, reason: 'no-set' }
    const { readSubmissionFile } = await exchangeFiles()
    const refused: RefusedFile[] = []
    const { unpackPicked, inMemory } = await bundles()
    const unpacked = await unpackPicked(picked)
    const files = unpacked.flatMap((u) => {
      if (!u.ok) refused.push({ fileName: u.name, errors: u.errors })
      return u.ok ? u.files : []
    })
    // A few files at a time: while one waits for its digest (computed off the page's thread), the
    // next is unzipped and parsed. Results keep the order the files were picked in.
    const results = new Array<Awaited<ReturnType<typeof readSubmissionFile>>>(files.length)
    let next = 0
    let done = 0
    let shownAt = 0
    const worker = async () => {
      for (let i = next++; i < files.length; i = next++) {
        const f = files[i] as (typeof files)[number]
        results[i] = await readSubmissionFile(await inMemory(f.blob))
        done++
        // The count on screen changes a few times a second, not two thousand times.
        const now = Date.now()
        if (done === files.length || now - shownAt >= PROGRESS_EVERY_MS) {
          shownAt = now
          onProgress?.(done, files.length)
        }
      }
    }
    await Promise.all(Array.from({ length: Math.min(READ_AT_ONCE, files.length) }, worker))
    const read: ReadSubmission[] = []
    for (const [i, f] of files.entries()) {
      const r = results[i]
      if (r?.ok) read.push({ ...r.value, fileName: f.name })
      else refused.push({ fileName: f.name, errors: r?.errors ?? [] })
    }
    const [ro, he] = await Promise.all([repos().desk.roster(c.id), repos().desk.submissionHeads(c.id)])
    const input = { campaign: c, set: s.set, setSha256: s.sha256, roster: ro, submissions: he, now: nowIso(), newId }
    let plan = planIntake({ ...input, arriving: read })
    let taken = read
    if (!plan.ok) {
      const out = new Set(plan.refused.map((r) => r.fileName))
      for (const r of plan.refused) refused.push({ fileName: r.fileName, refusal: r.refusal })
      taken = read.filter((a) => !out.has(a.fileName))
      plan = planIntake({ ...input, arriving: taken })
    }
    pending = taken
    pendingDuplicates = new Set(plan.ok ? plan.items.flatMap((it, i) => (it.placement.outcome === 'duplicate' ? [i] : [])) : [])
    pendingChecks = plan.ok ? plan.checks : new Map()
    return { ok: true, check: { items: plan.ok ? plan.items : [], refused, read: taken.length } }
  }

  /**
   * The reviewer's answer for a file whose school's name is on several roster rows: one of the
   * candidates' roster id, or `NEW_SCHOOL`. The checked files are planned again (nothing is read
   * again): the items come back in the same order, that file now going to the chosen school.
   */
  async function pickSchool(sha256: string, rosterId: string): Promise<Result<IntakeItem[], StorageErrorCode | 'no-campaign' | 'no-set'>> {
    const c = campaign.value
    if (!c) return { ok: false, errors: ['no-campaign'] }
    picks = withEntry(picks, sha256, rosterId)
    try {
      const s = await campaignSet()
      if (!s) return { ok: false, errors: ['no-set'] }
      const [ro, he] = await Promise.all([repos().desk.roster(c.id), repos().desk.submissionHeads(c.id)])
      const plan = planIntake({ campaign: c, set: s.set, setSha256: s.sha256, roster: ro, submissions: he, arriving: pending, now: nowIso(), newId, picks, checks: pendingChecks })
      if (!plan.ok) return { ok: false, errors: ['unknown'] }
      pendingDuplicates = new Set(plan.items.flatMap((it, i) => (it.placement.outcome === 'duplicate' ? [i] : [])))
      return { ok: true, value: plan.items }
    } catch (e) {
      return storageFailure(e)
    }
  }

  /**
   * Takes the checked files the reviewer chose (by their index in the check's items), in one
   * write: their submissions, their attachments, and the roster rows they add or match. The plan
   * is made again from what the desk holds now, so a file taken meanwhile is a duplicate.
   */
  async function takeIntake(chosen: readonly number[]): Promise<Result<IntakeDone, StorageErrorCode | 'no-campaign' | 'no-set' | 'school-not-chosen'>> {
    const c = campaign.value
    if (!c) return { ok: false, errors: ['no-campaign'] }
    const indices = [...new Set([...chosen, ...pendingDuplicates])].sort((a, b) => a - b)
    const arriving = indices.flatMap((i) => (pending[i] ? [pending[i]] : []))
    try {
      const s = await campaignSet()
      if (!s) return { ok: false, errors: ['no-set'] }
      const [ro, he] = await Promise.all([repos().desk.roster(c.id), repos().desk.submissionHeads(c.id)])
      const plan = planIntake({ campaign: c, set: s.set, setSha256: s.sha256, roster: ro, submissions: he, arriving, now: nowIso(), newId, picks, checks: pendingChecks })
      if (!plan.ok) return { ok: false, errors: ['unknown'] }
      // A school never goes to one of several of its name without the reviewer choosing which.
      if (plan.items.some((it) => it.matched === 'ambiguous')) return { ok: false, errors: ['school-not-chosen'] }
      const records = plan.items.flatMap((it) => (it.record ? [it.record] : []))
      const files: DbDeskFile[] = []
      for (const it of plan.items) {
        if (!it.record) continue
        const a = arriving.find((x) => x.sha256 === it.sha256)
        if (!a) continue
        for (const [fileId, blob] of a.files) files.push({ campaignId: c.id, sha256: it.sha256, fileId, blob })
        if (a.record) files.push({ campaignId: c.id, sha256: it.sha256, fileId: 'record', blob: a.record })
      }
      await repos().desk.takeIntake(plain(rosterChanges(ro, plan)), plain(records), files)
      pending = []
      pendingDuplicates = new Set()
      pendingChecks = new Map()
      await refreshQuietly()
      return { ok: true, value: { taken: records.length, duplicates: plan.items.length - records.length, added: plan.added.length } }
    } catch (e) {
      return storageFailure(e)
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Reviewing one school

  const open = shallowRef<OpenSchool | null>(null)
  const lastDecisionFile = shallowRef<MadeDecisionFile | null>(null)

  /** Opens a roster school: its history, its current submission with content, files and review rows. */
  async function openSchool(rosterId: string): Promise<OpenSchool | null> {
    if (!loaded.value) await load()
    const c = campaign.value
    const school = roster.value.find((r) => r.id === rosterId)
    if (!c || !school) {
      open.value = null
      return null
    }
    const history = heads.value.filter((h) => h.rosterId === rosterId).sort((a, b) => compareSubmissions(b, a))
    const head = currentSubmission(history)
    const current = head ? ((await repos().desk.submission(c.id, head.sha256)) ?? null) : null
    const rows = current ? await repos().desk.reviewRows(c.id, current.sha256) : []
    const files = new Map(current ? (await repos().desk.files(c.id, current.sha256)).map((f) => [f.fileId, f.blob] as const) : [])
    const s = await campaignSet()
    lastDecisionFile.value = null
    open.value = { school, history, current, set: s?.set ?? null, rows, files }
    return open.value
  }

  /** The open school's decisions, from the desk's decisions (kept once, there). */
  const openDecisions = computed(() => {
    const id = open.value?.school.id
    return id ? decisions.value.filter((d) => d.rosterId === id) : []
  })
  /** The open school's status, as the overview computes it from the stored facts. */
  const openStatus = computed<DeskStatus>(() => {
    const id = open.value?.school.id
    return (id && rows.value.find((r) => r.school.id === id)?.status) || 'not-submitted'
  })

  /**
   * Saves the reviewer's score (điểm thẩm định; null: the school's own stands) and comment on one
   * chỉ số of the open school's current submission. A row with neither is removed. The school is
   * then "under review".
   */
  async function saveReviewRow(itemId: string, score: AnswerValue, comment: string): Promise<Result<DeskReviewRow, StorageErrorCode | 'not-open'>> {
    const o = open.value
    const c = campaign.value
    if (!o?.current || !c) return { ok: false, errors: ['not-open'] }
    const row: DeskReviewRow = { sha256: o.current.sha256, itemId, score, comment, updatedAt: nowIso() }
    try {
      await repos().desk.putReviewRow(c.id, plain(row))
    } catch (e) {
      return storageFailure(e)
    }
    const rest = o.rows.filter((r) => r.itemId !== itemId)
    const nextRows = score !== null || comment.trim() !== '' ? [...rest, row] : rest
    // The row is saved; the overview learns the school is under review from the rows themselves.
    const started = new Set(reviewStarted.value)
    if (nextRows.length) started.add(row.sha256)
    else started.delete(row.sha256)
    reviewStarted.value = started
    open.value = { ...o, rows: nextRows }
    return { ok: true, value: row }
  }

  /**
   * Decides on the open school's current submission: returned (a reason is required; comments go
   * with it) or accepted (with the reviewed scores). The decision file is made first — a decision
   * whose file cannot be made is not kept — then the decision is saved and the file handed to the
   * share sheet (or downloaded).
   */
  async function decide(decision: Decision, reason: string): Promise<DecideResult> {
    const o = open.value
    const c = campaign.value
    if (!o?.current || !o.set || !c || !unit.value) return { ok: false, reason: 'not-open' }
    if (!canDecide(openStatus.value)) return { ok: false, reason: 'decided' }
    const made = makeDecision({
      sha256: o.current.sha256,
      content: o.current.content,
      set: o.set,
      decision,
      reason,
      rows: o.rows,
      unit: { name: unit.value.name, headName: unit.value.headName },
      decidedAt: nowIso(),
    })
    if (!made.ok) return { ok: false, problems: made.problems }
    let built: ExchangeResult<MadeDecision>
    try {
      built = await (await exchangeFiles()).buildDecisionFile(made.value, { appVersion, createdAt: made.value.decidedAt, packageId: newId() })
    } catch {
      // The file's code could not be loaded (offline before it was ever fetched): nothing decided.
      return { ok: false, errors: [exchangeError('storage-failed', '', 'the decision file could not be made', {})] }
    }
    if (!built.ok) return { ok: false, errors: built.errors }
    const d: DeskDecision = { id: newId(), campaignId: c.id, rosterId: o.school.id, sha256: o.current.sha256, content: made.value }
    try {
      await repos().desk.putDecision(plain(d))
    } catch (e) {
      return { ok: false, storage: toStorageError(e).code }
    }
    // Kept in memory at once, so the school shows decided even if reading the desk again fails.
    decisions.value = [...decisions.value, d]
    await refreshQuietly()
    const file = { blob: built.value.blob, fileName: built.value.fileName, decision: d }
    lastDecisionFile.value = file
    const shared = await sendDecisionFile(file)
    return { ok: true, file, shared }
  }

  /** Hands a decision file to the share sheet (downloads it where sharing files is not possible), and notes it left the desk. */
  async function sendDecisionFile(file: MadeDecisionFile): Promise<ShareOutcome> {
    let outcome: ShareOutcome = 'downloaded'
    if (canShareFiles(file.blob, file.fileName)) {
      const r = await shareFile(file.blob, file.fileName)
      // The share sheet needs a fresh tap after long work: the screen offers the button.
      if (r === 'failed') download(file.blob, file.fileName)
      else outcome = r
    } else download(file.blob, file.fileName)
    if (outcome === 'shared' || outcome === 'downloaded') await repos().desk.markDecisionSent(file.decision.id, nowIso()).catch(() => false)
    return outcome
  }

  /** Makes again the file of a decision already taken (to send it again). */
  async function remakeDecisionFile(d: DeskDecision): Promise<MadeDecisionFile | null> {
    try {
      const { buildDecisionFile } = await exchangeFiles()
      const built = await buildDecisionFile(d.content, { appVersion, createdAt: d.content.decidedAt, packageId: newId() })
      return built.ok ? { blob: built.value.blob, fileName: built.value.fileName, decision: d } : null
    } catch {
      return null
    }
  }

  /** The latest decision on the open school's current submission. */
  const openDecision = computed(() => (open.value?.current ? decisionOn(openDecisions.value, open.value.current.sha256) : undefined))

  /** A new, unnamed member of the review team. */
  const blankReviewer = (): Reviewer => ({ id: newId(), name: '' })

  /** Downloads the roster template (.xlsx). */
  async function downloadRosterTemplate() {
    const blob = await (await rosterFiles()).writeRosterTemplate()
    download(blob, 'chiso-danh-sach-truong-mau.xlsx')
  }

  return {
    unit,
    campaigns,
    campaignId,
    campaign,
    roster,
    heads,
    decisions,
    reviewStarted,
    loaded,
    rows,
    progress,
    load,
    refresh,
    saveUnit,
    saveCampaign,
    importRoster,
    downloadRosterTemplate,
    blankReviewer,
    checkIntake,
    pickSchool,
    takeIntake,
    open,
    openStatus,
    openDecisions,
    openDecision,
    lastDecisionFile,
    openSchool,
    saveReviewRow,
    decide,
    sendDecisionFile,
    remakeDecisionFile,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useDeskStore, import.meta.hot))
