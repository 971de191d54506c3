import { acceptHMRUpdate, defineStore, storeToRefs } from 'pinia'
import { computed, ref, shallowReactive, toRaw } from 'vue'
import { repos, toStorageError, type StorageError } from '@/db'
import {
  cleanName,
  compareMembers,
  foundKind,
  itemPlaces,
  MEMBER_ROLES,
  memberProgress,
  nameProblem,
  type ConflictChoice,
  type Member,
  type MemberNameProblem,
  type MemberRole,
  type ExchangeError,
  type ReceivedAssignment,
} from '@/domain'
import { newId, nowIso } from '@/services/clock'
import { download, shareOrDownload, type ShareOutcome } from '@/services/share'
import { useAssessmentStore } from './assessment'
import { useEvidenceStore } from './evidence'
import { useReceivedStore } from './received'
import type {
  AssignmentImported,
  ContributionApplied,
  ContributionPreview,
  MadeFile,
  ExchangeResult,
} from './exchange'
import { plain } from './plain'
import { attemptWrite } from './write'

/** The exchange-file code is loaded when a file is made or opened, not with the home screen. */
const exchangeStore = async () => (await import('./exchange')).useExchangeStore()

export interface MemberInput {
  name: string
  role: MemberRole
}

export type MemberProblem = MemberNameProblem | 'not-saved'

/** A made file handed to the share sheet, or saved as a download. */
export type SendResult =
  | { ok: true; fileName: string; outcome: ShareOutcome; warnings: ExchangeError[] }
  | { ok: false; errors: ExchangeError[] }

/** What opening a received file did: an assignment is stored at once; a contribution waits for the principal. */
import type { DecisionOpened } from './submit'

export type OpenResult =
  | { kind: 'assignment'; fileName: string; value: AssignmentImported }
  | { kind: 'contribution'; fileName: string; preview: ContributionPreview }
  | { kind: 'decision'; fileName: string; value: DecisionOpened }
  | { kind: 'refused'; fileName: string; errors: ExchangeError[] }

/** An assignment this device received, for the home screen. */
export type { ReceivedSummary } from './received'

/** The key of the member's own contribution among made files. */
export const CONTRIBUTION = 'contribution'

/**
 * The working group of the open assessment (members, their rows, their progress), and the
 * files that travel between the principal and members' phones: the assignment out, the
 * contribution back. Reads answers and evidence from their stores, which the screen opens too.
 */
export const useTeamStore = defineStore('team', () => {
  const assessment = useAssessmentStore()
  const evidence = useEvidenceStore()
  const assessmentId = ref<string | null>(null)
  const members = ref<Member[]>([])
  /** Set on a member's phone: the assignment it holds for the open assessment. */
  const received = ref<ReceivedAssignment | null>(null)
  const rec = useReceivedStore()
  const { receivedList, pendingFile } = storeToRefs(rec)
  const { loadReceived, takePending } = rec
  const error = ref<StorageError | null>(null)
  /** Made files by who they are for (a member id, or `contribution`), kept to share again or download without making them again. */
  const made = shallowReactive(new Map<string, MadeFile>())
  /** The assignment just opened from a file, for its screen to say so. */
  const justOpened = ref<(AssignmentImported & { fileName: string }) | null>(null)
  let stop: (() => void)[] = []

  const sorted = computed(() =>
    [...members.value].sort(compareMembers),
  )
  const readOnly = computed(
    () =>
      received.value !== null ||
      !assessment.assessment ||
      assessment.assessment.id !== assessmentId.value ||
      assessment.readOnly,
  )
  /** Item id → the members it is assigned to. */
  const assignees = computed(() => {
    const map = new Map<string, Member[]>()
    for (const m of sorted.value) for (const id of m.itemIds) map.set(id, [...(map.get(id) ?? []), m])
    return map
  })
  const progress = computed(
    () => new Map(members.value.map((m) => [m.id, memberProgress(m.itemIds, assessment.answers, evidence.byItem)])),
  )

  function close() {
    stop.forEach((f) => f())
    stop = []
    assessmentId.value = null
    members.value = []
    received.value = null
    error.value = null
  }

  async function open(id: string) {
    if (assessmentId.value === id) return
    close()
    assessmentId.value = id
    const onError = (e: unknown) => (error.value = toStorageError(e))
    try {
      const [rows, r] = await Promise.all([repos().members.list(id), repos().exchange.receivedAssignment(id)])
      members.value = rows
      received.value = r ?? null
    } catch (e) {
      onError(e)
    }
    if (assessmentId.value !== id) return
    stop.push(
      repos().watch(() => repos().members.list(id), (rows) => (members.value = rows), onError),
      repos().watch(() => repos().exchange.receivedAssignment(id), (r) => (received.value = r ?? null), onError),
    )
  }

  async function save(m: Member): Promise<MemberProblem | null> {
    if (!(await attemptWrite(error, () => repos().members.put(plain(m))))) return 'not-saved'
    if (m.assessmentId === assessmentId.value) members.value = [...members.value.filter((x) => x.id !== m.id), m]
    return null
  }

  function addMember(input: MemberInput): Promise<MemberProblem | null> {
    const id = assessmentId.value
    const problem = nameProblem(input.name)
    if (problem) return Promise.resolve(problem)
    if (!id || readOnly.value || !MEMBER_ROLES.includes(input.role)) return Promise.resolve('not-saved')
    return save({ id: newId(), assessmentId: id, name: cleanName(input.name), role: input.role, itemIds: [], createdAt: nowIso() })
  }

  function updateMember(memberId: string, input: MemberInput): Promise<MemberProblem | null> {
    const m = members.value.find((x) => x.id === memberId)
    const problem = nameProblem(input.name)
    if (problem) return Promise.resolve(problem)
    if (!m || readOnly.value || !MEMBER_ROLES.includes(input.role)) return Promise.resolve('not-saved')
    return save({ ...m, name: cleanName(input.name), role: input.role })
  }

  /** Gives the member exactly these rows (known rows only, in the set's order). */
  async function assign(memberId: string, itemIds: readonly string[]): Promise<boolean> {
    const m = members.value.find((x) => x.id === memberId)
    const set = assessment.set
    if (!m || !set || readOnly.value) return false
    const wanted = new Set(itemIds)
    const rows = itemPlaces(set).flatMap((p) => (wanted.has(p.item.id) ? [p.item.id] : []))
    return (await save({ ...m, itemIds: rows })) === null
  }

  async function removeMember(memberId: string): Promise<boolean> {
    if (readOnly.value || !members.value.some((m) => m.id === memberId)) return false
    if (!(await attemptWrite(error, () => repos().members.remove(memberId)))) return false
    members.value = members.value.filter((m) => m.id !== memberId)
    return true
  }

  async function hand(key: string, r: ExchangeResult<MadeFile>): Promise<SendResult> {
    if (!r.ok) return r
    const f = r.value
    made.set(key, f)
    const outcome = await shareOrDownload(f.blob, f.fileName, f.fileName)
    return { ok: true, fileName: f.fileName, outcome, warnings: f.warnings }
  }

  /** Notes on the member when their file left this phone (shared or downloaded), for the team list. */
  async function markSent(memberId: string, outcome: ShareOutcome | null): Promise<void> {
    if (readOnly.value || (outcome !== 'shared' && outcome !== 'downloaded')) return
    const sentAt = nowIso()
    try {
      // Only this field: an edit or removal of the member made meanwhile stays as it is.
      if (!(await repos().members.markSent(memberId, sentAt))) return
    } catch (e) {
      error.value = toStorageError(e)
      return
    }
    members.value = members.value.map((m) => (m.id === memberId ? { ...m, sentAt } : m))
  }

  /** The principal's side: the member's rows as a file for their phone, to the share sheet. */
  async function sendAssignment(memberId: string): Promise<SendResult> {
    const id = assessmentId.value
    if (!id) return { ok: false, errors: [] }
    const r = await hand(memberId, await (await exchangeStore()).exportAssignment(id, memberId))
    if (r.ok) await markSent(memberId, r.outcome)
    return r
  }

  /** The member's side: their work on the assigned rows, photos included, back to the principal. */
  async function sendContribution(id: string): Promise<SendResult> {
    return hand(CONTRIBUTION, await (await exchangeStore()).exportContribution(id))
  }

  /** Shares a made file again (e.g. after the share sheet needed a fresh tap); `key` is the member id or `contribution`. */
  async function shareAgain(key: string): Promise<ShareOutcome | null> {
    const f = made.get(key)
    const outcome = f ? await shareOrDownload(f.blob, f.fileName, f.fileName) : null
    await markSent(key, outcome)
    return outcome
  }

  async function downloadAgain(key: string): Promise<void> {
    const f = made.get(key)
    if (!f) return
    download(f.blob, f.fileName)
    await markSent(key, 'downloaded')
  }


  /**
   * Opens a file received over Zalo, email or USB: an assignment is stored on this (member's)
   * phone at once; a contribution is checked and planned for the principal to review. Any other
   * file, or one for another school or assessment, is refused and nothing is written.
   */
  async function openFile(file: File): Promise<OpenResult> {
    const fileName = file.name
    const exchange = await exchangeStore()
    // A contribution's limits hold any assignment, so it is read as one first: an assignment is
    // told apart by its manifest, before anything else of it is read.
    const c = await exchange.previewContribution(file)
    if (c.ok) return { kind: 'contribution', fileName, preview: c.value }
    const kind = foundKind(c.errors)
    if (kind === 'chiso.decision') {
      // The managing body's return or acceptance of this school's submission.
      const d = await (await import('./submit')).useSubmitStore().openDecision(file)
      return d.ok ? { kind: 'decision', fileName, value: d.value } : { kind: 'refused', fileName, errors: d.errors }
    }
    if (kind !== 'chiso.assignment') return { kind: 'refused', fileName, errors: c.errors }
    const a = await exchange.importAssignment(file)
    if (!a.ok) return { kind: 'refused', fileName, errors: a.errors }
    justOpened.value = { ...a.value, fileName }
    await loadReceived().catch(() => undefined)
    return { kind: 'assignment', fileName, value: a.value }
  }


  /**
   * Writes a reviewed contribution with the principal's choice for each conflict, in one
   * transaction. A preview kept in a screen's reactive state is unwrapped: IndexedDB cannot store proxies.
   */
  async function applyContribution(
    preview: ContributionPreview,
    choices: Readonly<Record<string, ConflictChoice>>,
    outsideTeamChosen = false,
  ): Promise<ExchangeResult<ContributionApplied>> {
    return (await exchangeStore()).applyContribution(toRaw(preview), { ...choices }, outsideTeamChosen)
  }

  return {
    assessmentId, members, sorted, received, receivedList, error, made, pendingFile, justOpened,
    readOnly, assignees, progress,
    open, close, addMember, updateMember, assign, removeMember,
    sendAssignment, sendContribution, shareAgain, downloadAgain, loadReceived, openFile, takePending, applyContribution,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useTeamStore, import.meta.hot))
