import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import { repos, toStorageError } from '@/db'
import {
  applyResolution,
  META,
  setKey,
  checkAssignmentTarget,
  checkContributionTarget,
  exchangeError,
  exchangeFileName,
  planContribution,
  unknownSetVersions,
  answersAgainstSets,
  checkTeam,
  needsTeamChoice,
  type TeamCheck,
  type ConflictChoice,
  type CriteriaSet,
  type ContributionManifest,
  type BackupManifest,
  type ContributionPlan,
  type ExchangeData,
  type ExchangeError,
  type ImportMode,
  type ImportReport,
  type ExchangeResult,
} from '@/domain'
import { newId, nowIso, todayLocal } from '@/services/clock'
import { sha256OfBlob } from '@/services/hash'
import type { CarriedFile, Progress } from '@/services/exchange'
import { version as appVersion } from '../../package.json'
import { useBackupStore } from './backup'
import { useCriteriaSetsStore } from './criteriaSets'
import { useSchoolsStore } from './schools'

/** What every action returns (re-exported for the screens and tests that name it). */
export type { ExchangeResult } from '@/domain'

/** A file made for the user to share or save. */
export interface MadeFile {
  blob: Blob
  fileName: string
  /** Made anyway, but something could not be included (e.g. a photo missing on the device). */
  warnings: ExchangeError[]
}

export type ExchangeTask = 'backup' | 'restore' | 'assignment-out' | 'assignment-in' | 'contribution-out' | 'contribution-in'

export interface ExchangeProgress {
  task: ExchangeTask
  done: number
  total: number
}

/** A backup file that passed every check, ready to be written. */
export interface CheckedBackup {
  manifest: BackupManifest
  data: ExchangeData
  files: CarriedFile[]
}

/** A checked contribution and what importing it would do, for the principal to review. */
export interface ContributionPreview {
  manifest: ContributionManifest
  plan: ContributionPlan
  files: CarriedFile[]
  /** Set when this very file was imported before on this device. */
  alreadyImportedAt?: string
  /** The sender and rows against this device's team; outside it, importing needs an explicit choice. */
  team: TeamCheck
}

export interface AssignmentImported {
  assessmentId: string
  schoolName: string
  memberName: string
  itemCount: number
  /** Rows the member had already changed, kept as they were. */
  rowsKept: number
}

export interface ContributionApplied {
  answers: number
  evidence: number
  files: number
}

/** Loaded when a file is made or opened, not with the first screen. */
const zip = () => import('@/services/exchange')

const failed = (errors: ExchangeError[]): { ok: false; errors: ExchangeError[] } => ({ ok: false, errors })
const storageFailed = (e: unknown) => {
  const s = toStorageError(e)
  return failed([exchangeError('storage-failed', '', `the device's storage refused the write (${s.code}); nothing was changed`, { reason: s.code })])
}
const head = () => ({ appVersion, createdAt: nowIso(), packageId: newId() })

/**
 * Exchange files: backup and restore, and the assignment → contribution round between the
 * principal's device and members' phones. Every import is checked completely before anything is
 * written, and written in one transaction. Sharing the made file is the screen's work.
 */
export const useExchangeStore = defineStore('exchange', () => {
  const progress = ref<ExchangeProgress | null>(null)

  async function run<T>(task: ExchangeTask, work: (onProgress: Progress) => Promise<ExchangeResult<T>>): Promise<ExchangeResult<T>> {
    progress.value = { task, done: 0, total: 0 }
    try {
      return await work((done, total) => (progress.value = { task, done, total }))
    } catch (e) {
      return storageFailed(e)
    } finally {
      progress.value = null
    }
  }

  /** The last backup time and the reminder live in the backup store (the home screen reads them without this code). */
  const backupChanged = () => useBackupStore().refreshNudge().catch(() => undefined)

  /** Is this set version available to score with (built in, or loaded on this device)? */
  async function knownSets(): Promise<(setId: string, version: string) => boolean> {
    const sets = useCriteriaSetsStore()
    await sets.refresh()
    return (setId, version) => sets.get(setId, version) !== undefined
  }

  /** The set this version names, when the device has it (built in or loaded). */
  async function setLookup(): Promise<(setId: string, version: string) => CriteriaSet | undefined> {
    const sets = useCriteriaSetsStore()
    await sets.refresh()
    return (setId, version) => sets.get(setId, version)
  }

  /**
   * A backup of everything on the device; records when it was made — only once the made file has
   * been read back with every check a restore makes, so "last backup" is always a file that restores.
   */
  function makeBackup(): Promise<ExchangeResult<MadeFile>> {
    return run('backup', async (onProgress) => {
      const { files, ...data } = await repos().exchange.snapshot()
      const h = head()
      const z = await zip()
      const r = await z.buildBackup(data, files, { ...h, onProgress })
      if (!r.ok) return r
      const back = await z.verifyExchangeFile(r.blob, 'chiso.backup', onProgress)
      if (!back.ok) return back
      await repos().meta.set(META.lastBackupAt, h.createdAt)
      await backupChanged()
      return { ok: true, value: { blob: r.blob, fileName: exchangeFileName('chiso.backup', todayLocal()), warnings: r.warnings } }
    })
  }

  /**
   * Checks a backup file completely and writes nothing: the screen asks how to restore (replace or
   * merge) only about a file that can be restored, then calls `applyBackup`.
   */
  function checkBackup(file: Blob): Promise<ExchangeResult<CheckedBackup>> {
    return run('restore', async (onProgress) => {
      const z = await zip()
      const r = await z.readExchangeFile(file, 'chiso.backup', onProgress)
      if (!r.ok) return r
      const unknown = unknownSetVersions(r.data, await knownSets())
      if (unknown.length) return failed(unknown)
      return { ok: true, value: { manifest: r.manifest, data: r.data, files: z.carriedFiles(r.data, r.files) } }
    })
  }

  /**
   * Writes a checked backup in one transaction. `replace` makes the device hold exactly the backup
   * (and so counts as backed up when the file was made); `merge` adds what is missing and keeps the
   * device's version of rows present on both sides.
   */
  function applyBackup(checked: CheckedBackup, mode: ImportMode): Promise<ExchangeResult<ImportReport>> {
    return run('restore', async () => {
      const report = await repos().exchange.restore(checked.data, checked.files, mode)
      if (mode === 'replace') {
        // A file's time is not trusted beyond now: a future time would silence the backup reminder.
        const now = nowIso()
        const madeAt = checked.manifest.createdAt < now ? checked.manifest.createdAt : now
        const last = await repos().meta.get(META.lastBackupAt)
        if (last === undefined || last < madeAt) await repos().meta.set(META.lastBackupAt, madeAt)
      }
      await backupChanged()
      await Promise.all([useCriteriaSetsStore().refresh(), useSchoolsStore().refresh()])
      return { ok: true, value: report }
    })
  }

  /** Restores a backup file: `checkBackup`, then `applyBackup`. A bad file changes nothing. */
  async function restore(file: Blob, mode: ImportMode): Promise<ExchangeResult<ImportReport>> {
    const checked = await checkBackup(file)
    return checked.ok ? applyBackup(checked.value, mode) : checked
  }

  /** The assignment file for one member: their rows, for their phone. */
  function exportAssignment(assessmentId: string, memberId: string): Promise<ExchangeResult<MadeFile>> {
    return run('assignment-out', async (onProgress) => {
      const assessment = await repos().assessments.get(assessmentId)
      const member = (await repos().members.list(assessmentId)).find((m) => m.id === memberId)
      const school = assessment ? await repos().schools.get(assessment.schoolId) : undefined
      if (!assessment || !member || !school)
        return failed([exchangeError('wrong-assessment', '', 'the assessment or member is no longer on this device', {})])
      const criteriaSet = (await repos().criteriaSets.list()).find((c) => c.key === setKey(assessment))
      const r = await (await zip()).buildAssignment(
        { school, assessment, member, answers: await repos().answers.list(assessmentId), ...(criteriaSet ? { criteriaSet } : {}) },
        { ...head(), onProgress },
      )
      if (!r.ok) return r
      return { ok: true, value: { blob: r.blob, fileName: exchangeFileName('chiso.assignment', todayLocal(), member.name), warnings: r.warnings } }
    })
  }

  /** Opens an assignment on a member's phone: the member's rows, ready to work on offline. */
  function importAssignment(file: Blob): Promise<ExchangeResult<AssignmentImported>> {
    return run('assignment-in', async (onProgress) => {
      const r = await (await zip()).readExchangeFile(file, 'chiso.assignment', onProgress)
      if (!r.ok) return r
      const h = r.manifest.assignment
      const refusal = checkAssignmentTarget(h, {
        assessment: await repos().assessments.get(h.assessmentId),
        memberCopyOf: (await repos().exchange.receivedAssignment(h.assessmentId))?.assignment.memberId,
        school: await repos().schools.get(h.schoolId),
        schoolFromAssignment: (await repos().exchange.receivedAssignments()).some((a) => a.assignment.schoolId === h.schoolId),
        member: await repos().members.get(h.memberId),
      })
      if (refusal.length) return failed(refusal)
      const unknown = unknownSetVersions(r.data, await knownSets())
      if (unknown.length) return failed(unknown)
      const misfits = answersAgainstSets(r.data, await setLookup())
      if (misfits.length) return failed(misfits)
      const { rowsKept } = await repos().exchange.storeAssignment(r.data, { packageId: r.manifest.packageId, importedAt: nowIso(), assignment: h })
      await Promise.all([useCriteriaSetsStore().refresh(), useSchoolsStore().refresh()])
      return {
        ok: true,
        value: { assessmentId: h.assessmentId, schoolName: h.schoolName, memberName: h.memberName, itemCount: h.assignedItemIds.length, rowsKept },
      }
    })
  }

  /** On a member's phone: their work on the assigned rows, photos included, for the principal. */
  function exportContribution(assessmentId: string): Promise<ExchangeResult<MadeFile>> {
    return run('contribution-out', async (onProgress) => {
      const received = await repos().exchange.receivedAssignment(assessmentId)
      if (!received)
        return failed([exchangeError('not-for-this-device', '', 'this device received no assignment for this assessment', {})])
      const h = received.assignment
      const assessment = await repos().assessments.get(assessmentId)
      const school = await repos().schools.get(h.schoolId)
      const member = (await repos().members.list(assessmentId)).find((m) => m.id === h.memberId)
      if (!assessment || !school || !member)
        return failed([exchangeError('wrong-assessment', '', 'the assigned assessment is no longer on this device', {})])
      const evidence = await repos().evidence.list(assessmentId)
      const files: CarriedFile[] = []
      for (const id of new Set(evidence.flatMap((e) => (e.file ? [e.file.id] : [])))) {
        const f = await repos().evidence.file(id)
        if (f) files.push(f)
      }
      const r = await (await zip()).buildContribution(
        { received, school, assessment, member, answers: await repos().answers.list(assessmentId), evidence },
        files,
        { ...head(), onProgress },
      )
      if (!r.ok) return r
      return { ok: true, value: { blob: r.blob, fileName: exchangeFileName('chiso.contribution', todayLocal(), h.memberName), warnings: r.warnings } }
    })
  }

  /**
   * Checks a contribution on the principal's device and plans the merge; writes nothing. The screen
   * shows the plan (and asks for each conflict), then calls `applyContribution`.
   */
  function previewContribution(file: Blob): Promise<ExchangeResult<ContributionPreview>> {
    return run('contribution-in', async (onProgress) => {
      const z = await zip()
      const r = await z.readExchangeFile(file, 'chiso.contribution', onProgress)
      if (!r.ok) return r
      const h = r.manifest.assignment
      const refusal = checkContributionTarget(h, {
        school: await repos().schools.get(h.schoolId),
        assessment: await repos().assessments.get(h.assessmentId),
        isMemberCopy: (await repos().exchange.receivedAssignment(h.assessmentId)) !== undefined,
      })
      if (refusal.length) return failed(refusal)
      const misfits = answersAgainstSets(r.data, await setLookup())
      if (misfits.length) return failed(misfits)
      const files = z.carriedFiles(r.data, r.files)
      const stored = new Set<string>()
      for (const f of files) if (await repos().evidence.file(f.id)) stored.add(f.id)
      const current = await repos().evidence.list(h.assessmentId)
      // The same photo sent back by a member is recognised by its content, not stored twice.
      const fileHashes = new Map<string, string>()
      for (const f of files) fileHashes.set(f.id, await sha256OfBlob(f.blob))
      for (const id of new Set(current.flatMap((e) => (e.file ? [e.file.id] : [])))) {
        const f = await repos().evidence.file(id)
        if (f) fileHashes.set(id, f.sha256 ?? (await sha256OfBlob(f.blob)))
      }
      const plan = planContribution({
        header: h,
        contribution: { answers: r.data.answers, evidence: r.data.evidence },
        current: { answers: await repos().answers.list(h.assessmentId), evidence: current },
        storedFileIds: stored,
        fileHashes,
        keptDecisions: await repos().exchange.keptDecisions(h.assessmentId),
      })
      const alreadyImportedAt = await repos().exchange.contributionImportedAt(r.manifest.packageId)
      const team = checkTeam(h, await repos().members.get(h.memberId))
      return { ok: true, value: { manifest: r.manifest, plan, files, team, ...(alreadyImportedAt ? { alreadyImportedAt } : {}) } }
    })
  }

  /**
   * Writes a previewed contribution with the principal's choice for every conflict, in one
   * transaction. Refused when a conflict has no choice, or when the assessment or one of the rows
   * changed since the preview (then preview again).
   */
  async function applyContribution(
    preview: ContributionPreview,
    choices: Readonly<Record<string, ConflictChoice>>,
    /** The principal chose to import work from outside the team (`preview.team`). */
    outsideTeamChosen = false,
  ): Promise<ExchangeResult<ContributionApplied>> {
    if (needsTeamChoice(preview.team) && !outsideTeamChosen)
      return failed([
        exchangeError('not-on-team', '', `${preview.plan.memberName} is not on this team, or sent rows not assigned to them: choose to import it`, {
          member: preview.plan.memberName,
          items: preview.team.notAssigned.join(', '),
        }),
      ])
    const resolved = applyResolution(preview.plan, choices)
    if (resolved.unresolved.length)
      return failed(
        resolved.unresolved.map((itemId) =>
          exchangeError('unresolved-conflict', itemId, `choose which value to keep for row ${itemId}`, { itemId }),
        ),
      )
    let refusal
    try {
      refusal = await repos().exchange.applyContribution(resolved, preview.files, { packageId: preview.manifest.packageId, importedAt: nowIso() })
    } catch (e) {
      return storageFailed(e)
    }
    if (refusal)
      return failed([
        refusal.reason === 'assessment'
          ? exchangeError('approved-revision', '', 'the assessment was approved or removed meanwhile; nothing was changed', {})
          : exchangeError('changed-since-preview', '', `rows changed since the file was checked: ${refusal.itemIds.join(', ')}; open the file again`, {
              items: refusal.itemIds.join(', '),
            }),
      ])
    return { ok: true, value: { answers: resolved.answers.length, evidence: resolved.evidence.length, files: resolved.fileIds.length } }
  }

  return {
    progress,
    makeBackup,
    checkBackup,
    applyBackup,
    restore,
    exportAssignment,
    importAssignment,
    exportContribution,
    previewContribution,
    applyContribution,
  }
})

export { EXCHANGE_FILE_ACCEPT } from '@/domain'

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useExchangeStore, import.meta.hot))
