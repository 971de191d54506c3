import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef, toRaw } from 'vue'
import { repos, toStorageError } from '@/db'
import {
  amendAssessment,
  carriedIntoRevision,
  copyAnswers,
  exchangeError,
  fingerprint,
  markSubmitted,
  receiveDecision,
  reviewComments,
  sectorTable,
  submissionContent,
  type Assessment,
  type CriteriaSet,
  type DecisionContent,
  type ExchangeError,
  type ExchangeResult,
  type SectorCell,
  type SubmissionContent,
} from '@/domain'
import { newId, nowIso } from '@/services/clock'
import type { Progress } from '@/services/exchange'
import { download } from '@/services/share'
import { version as appVersion } from '../../package.json'
import { useCriteriaSetsStore } from './criteriaSets'
import { createMadeFile } from './madeFile'
import { plain } from './plain'

/** Loaded when a file is made or opened, not with the first screen. */
const zip = () => import('@/services/exchange')

export type { ShareOutcome } from '@/services/share'

/** What the principal may attach to the submission, with its size. */
export interface SubmitChoices {
  /** Photos and documents of the evidence stored on this phone. */
  photos: { count: number; bytes: number }
}

/** A submission file made on this phone. */
export interface MadeSubmissionFile {
  blob: Blob
  fileName: string
  sha256: string
  /** `7F3A-91C2-5B0E-44D1`: read over the phone to the reviewer. */
  fingerprint: string
  submittedAt: string
  revision: number
  /** Evidence codes whose stored photo is gone: described without it. */
  missingFiles: string[]
}

/** What opening a decision file did. */
export interface DecisionOpened {
  decision: DecisionContent['decision']
  /** The assessment the decision is about (its review is now stored on it). */
  assessmentId: string
  /** A return: the new revision carrying the answers (opened now or before). */
  revisionId?: string
  /** The same decision was already taken: nothing changed. */
  duplicate: boolean
}

const failed = (errors: ExchangeError[]): { ok: false; errors: ExchangeError[] } => ({ ok: false, errors })
const storageFailed = (e: unknown) =>
  failed([exchangeError('storage-failed', '', `the device's storage refused the write (${toStorageError(e).code}); nothing was changed`, { reason: toStorageError(e).code })])

/**
 * Reporting the approved result up to the managing body, on the school's phone: the submission
 * file (with the photos and the record PDF at the principal's choice), the assessment marked
 * submitted, the per-row table for the sector database, and the reviewer's decision file opened
 * (a return opens a new revision carrying the answers; an acceptance marks the result accepted).
 */
export const useSubmitStore = defineStore('submit', () => {
  const busy = ref(false)
  const progress = ref<{ done: number; total: number } | null>(null)
  const made = createMadeFile<MadeSubmissionFile>()
  /** The reviewer's comments beside the rows of the open assessment (after a return). */
  const comments = shallowRef<ReadonlyMap<string, string>>(new Map())

  function setOf(a: Assessment): CriteriaSet | undefined {
    return useCriteriaSetsStore().get(a.setId, a.version)
  }

  /** What can be attached to the submission of `assessmentId`, with sizes. */
  async function choices(assessmentId: string): Promise<SubmitChoices> {
    const seen = new Set<string>()
    let bytes = 0
    for (const e of await repos().evidence.list(assessmentId))
      if (e.file && !seen.has(e.file.id)) {
        seen.add(e.file.id)
        bytes += e.file.size
      }
    return { photos: { count: seen.size, bytes } }
  }

  /** The content of the approved assessment as it would be submitted, and its set. */
  async function content(assessmentId: string): Promise<ExchangeResult<{ content: SubmissionContent; missingFiles: string[]; assessment: Assessment; set: CriteriaSet }>> {
    const a = await repos().assessments.get(assessmentId)
    const school = a ? await repos().schools.get(a.schoolId) : undefined
    if (!a || !school) return failed([exchangeError('wrong-assessment', '', 'the assessment is no longer on this device', {})])
    await useCriteriaSetsStore().refresh()
    const set = setOf(a)
    if (!set) return failed([exchangeError('unknown-set-version', '', `the criteria set ${a.setId} ${a.version} is not on this device`, { set: `${a.setId} ${a.version}` })])
    const { blobSha256, criteriaSetSha256 } = await zip()
    const evidence = await repos().evidence.list(a.id)
    const fileSha256 = new Map<string, string>()
    for (const id of new Set(evidence.flatMap((e) => (e.file ? [e.file.id] : [])))) {
      const f = await repos().evidence.file(id)
      if (f) fileSha256.set(id, await blobSha256(f.blob))
    }
    const r = submissionContent({
      school,
      assessment: a,
      set,
      setSha256: await criteriaSetSha256(set),
      answers: await repos().answers.list(a.id),
      evidence,
      fileSha256,
    })
    if (!r.ok) return failed([exchangeError('approved-revision', '', 'only an approved result can be submitted', { status: r.problem.status })])
    return { ok: true, value: { content: r.content, missingFiles: r.missingFiles, assessment: a, set } }
  }

  /**
   * Makes the submission file of an approved assessment and marks it submitted (the first time
   * this content is submitted is kept). `photos`: carry the stored photos and documents;
   * `record`: carry the whole record's PDF (made now). Sharing it is `share()` / `download()`.
   */
  async function submit(assessmentId: string, opts: { photos: boolean; record: boolean }): Promise<ExchangeResult<MadeSubmissionFile>> {
    if (busy.value) return failed([exchangeError('storage-failed', '', 'a file is being made already', {})])
    busy.value = true
    progress.value = { done: 0, total: 0 }
    try {
      const c = await content(assessmentId)
      if (!c.ok) return c
      const { assessment: a } = c.value
      let record: Blob | undefined
      if (opts.record) {
        // The record's code (and the PDF library) is loaded only when the PDF is asked for.
        const rec = (await import('./record')).useRecordStore()
        await rec.open(a.id)
        const r = await rec.makeRecord(undefined, 'pdf', false)
        if (!r.ok) return failed([exchangeError('storage-failed', '', `the record PDF could not be made (${r.error})`, { reason: r.error })])
        record = r.file.blob
      }
      const files: { id: string; blob: Blob }[] = []
      if (opts.photos)
        for (const e of c.value.content.evidence)
          if (e.file) {
            const f = await repos().evidence.file(e.file.id)
            if (f) files.push({ id: f.id, blob: f.blob })
          }
      const now = nowIso()
      const onProgress: Progress = (done, total) => (progress.value = { done, total })
      const built = await (await zip()).buildSubmissionFile(c.value.content, { files, ...(record ? { record } : {}) }, {
        appVersion,
        createdAt: now,
        packageId: newId(),
        submittedAt: now,
        ...(a.submission ? { earlier: a.submission } : {}),
        onProgress,
      })
      if (!built.ok) return built
      const marked = markSubmitted(plain(a), built.value.sha256, now)
      if (!marked.ok) return failed([exchangeError('approved-revision', '', 'only an approved result can be submitted', {})])
      await repos().assessments.put(marked.value)
      const file: MadeSubmissionFile = {
        blob: built.value.blob,
        fileName: built.value.fileName,
        sha256: built.value.sha256,
        fingerprint: fingerprint(built.value.sha256),
        submittedAt: marked.value.submission?.submittedAt ?? now,
        revision: a.revision,
        missingFiles: c.value.missingFiles,
      }
      made.last.value = file
      return { ok: true, value: file }
    } catch (e) {
      return storageFailed(e)
    } finally {
      busy.value = false
      progress.value = null
    }
  }

  /**
   * Downloads the per-row table as CSV or .xlsx (the spreadsheet code is loaded only now).
   * Returns false when it could not be made.
   */
  async function downloadTable(assessmentId: string, kind: 'csv' | 'xlsx'): Promise<boolean> {
    try {
      const r = await table(assessmentId)
      if (!r.ok) return false
      const svc = await import('@/services/sectorTable')
      const blob = kind === 'csv' ? svc.sectorCsv(r.value.rows) : await svc.sectorXlsx(r.value.rows)
      download(blob, svc.sectorFileName(r.value.content, kind))
      return true
    } catch {
      return false
    }
  }

  /** The per-row table of an approved (or submitted) result, for the sector database. */
  async function table(assessmentId: string): Promise<ExchangeResult<{ rows: SectorCell[][]; content: SubmissionContent }>> {
    const c = await content(assessmentId)
    if (!c.ok) return c
    return { ok: true, value: { rows: sectorTable(c.value.content, c.value.set), content: c.value.content } }
  }

  /**
   * Opens a decision file (return or acceptance) on the school's phone. Checked completely first:
   * the file, then that it is about a submission this phone made. The decision is kept on the
   * assessment; a return opens a new draft revision carrying the answers, evidence and team
   * (unless one is open already). A refused file changes nothing.
   */
  async function openDecision(file: Blob, onProgress?: Progress): Promise<ExchangeResult<DecisionOpened>> {
    try {
      const r = await (await zip()).readDecisionFile(file, onProgress)
      if (!r.ok) return r
      const d = r.value.decision
      const own = await repos().assessments.get(d.submission.assessmentId)
      const all = own ? await repos().assessments.listBySchool(own.schoolId) : []
      const outcome = receiveDecision(d, own?.schoolId ?? d.submission.schoolId, all, nowIso())
      if (!outcome.ok) return outcome
      const o = outcome.value
      const existing = all.find((x) => x.amends === o.assessment.id)
      if (o.kind === 'duplicate')
        return { ok: true, value: { decision: d.decision, assessmentId: o.assessment.id, ...(existing ? { revisionId: existing.id } : {}), duplicate: true } }
      let revisionId = existing?.id
      if (o.openRevision) {
        // The revision first: should the second write fail, opening the file again records the
        // decision and finds the revision already there.
        const base = plain(o.assessment)
        const next = amendAssessment(base, newId(), nowIso())
        const answers = copyAnswers(await repos().answers.list(base.id), next, undefined, false)
        const carried = carriedIntoRevision({ members: await repos().members.list(base.id), evidence: await repos().evidence.list(base.id) }, next, newId)
        await repos().assessments.create(next, answers, carried)
        revisionId = next.id
      }
      await repos().assessments.put(toRaw(o.assessment))
      return { ok: true, value: { decision: d.decision, assessmentId: o.assessment.id, ...(revisionId ? { revisionId } : {}), duplicate: false } }
    } catch (e) {
      return storageFailed(e)
    }
  }

  /** The assessment as stored now, with the school's other revisions (to find the one that amends it). */
  async function load(assessmentId: string): Promise<{ assessment: Assessment; revisions: Assessment[] } | null> {
    const a = await repos().assessments.get(assessmentId)
    if (!a) return null
    return { assessment: a, revisions: await repos().assessments.listBySchool(a.schoolId) }
  }

  /** Loads the reviewer's comments shown beside the rows of `a` (empty when none). */
  async function loadComments(a: Assessment | null): Promise<void> {
    if (!a) {
      comments.value = new Map()
      return
    }
    const all = await repos().assessments.listBySchool(a.schoolId)
    comments.value = reviewComments(a, all)
  }

  return { busy, progress, made, comments, load, choices, submit, table, downloadTable, openDecision, loadComments }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSubmitStore, import.meta.hot))
