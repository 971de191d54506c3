import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { backupNudge, META, type ChangeCounts, type ImportMode, type ImportReport, type ExchangeError } from '@/domain'
import { shareOrDownload, type ShareOutcome } from '@/services/share'
import { repos } from '@/db'
import type { CheckedBackup, MadeFile } from './exchange'
import { createMadeFile } from './madeFile'

/** The exchange-file code is loaded when a backup is made or read, not with the home screen's reminder. */
const exchangeStore = async () => (await import('./exchange')).useExchangeStore()

export type { ShareOutcome } from '@/services/share'
export type { CheckedBackup, MadeFile } from './exchange'

/** Where restoring a backup stands, for the backup screen. */
export type RestoreStep = 'idle' | 'checking' | 'choose' | 'writing' | 'done' | 'refused'

/**
 * The backup screen's work and the backup reminder: makes a backup and hands it to the share sheet
 * (or downloads it); restores one, asking replace or merge when the device already holds data.
 * The files themselves are made and read by the exchange store.
 */
export const useBackupStore = defineStore('backup', () => {
  const changes = ref<ChangeCounts | null>(null)
  const dismissed = ref(false)
  const lastBackupAt = ref<string | null>(null)
  const nudge = computed(() => (dismissed.value ? null : backupNudge(changes.value, lastBackupAt.value)))
  const nudgeBeforeApproval = computed(() => backupNudge(changes.value, lastBackupAt.value, true))

  /** Reads when the last backup was made and what changed since; cheap enough for every screen visit. */
  async function refreshNudge() {
    lastBackupAt.value = (await repos().meta.get(META.lastBackupAt)) ?? null
    changes.value = await repos().exchange.changesSince(lastBackupAt.value)
  }

  /** Hides the reminder until the app is opened again. */
  function dismissNudge() {
    dismissed.value = true
  }

  // Making a backup
  const { last: made, canShare, shareLast, downloadLast } = createMadeFile<MadeFile>()
  const outcome = ref<ShareOutcome | null>(null)
  const makeErrors = shallowRef<ExchangeError[]>([])

  async function make(): Promise<void> {
    made.value = null
    outcome.value = null
    makeErrors.value = []
    const r = await (await exchangeStore()).makeBackup()
    if (!r.ok) {
      makeErrors.value = r.errors
      return
    }
    made.value = r.value
    outcome.value = await shareOrDownload(r.value.blob, r.value.fileName)
  }

  /** Shares the made file again (a fresh tap), or downloads it where sharing is not possible. */
  async function shareAgain(): Promise<void> {
    outcome.value = (await shareLast()) ?? outcome.value
  }

  function downloadAgain() {
    if (downloadLast()) outcome.value = 'downloaded'
  }

  // Restoring a backup
  const step = ref<RestoreStep>('idle')
  const fileName = ref('')
  const checked = shallowRef<CheckedBackup | null>(null)
  const restoreErrors = shallowRef<ExchangeError[]>([])
  const report = shallowRef<ImportReport | null>(null)

  /** Checks the picked file; restores at once on a device without data, else waits for `choose`. */
  async function pick(file: File): Promise<void> {
    fileName.value = file.name
    checked.value = null
    report.value = null
    restoreErrors.value = []
    step.value = 'checking'
    const r = await (await exchangeStore()).checkBackup(file)
    if (!r.ok) {
      restoreErrors.value = r.errors
      step.value = 'refused'
      return
    }
    checked.value = r.value
    let hasData = true
    try {
      hasData = (await repos().exchange.changesSince(null)).hasData
    } catch {
      // Unknown: ask, rather than replace without asking.
    }
    if (hasData) step.value = 'choose'
    else await choose('replace')
  }

  async function choose(mode: ImportMode): Promise<void> {
    const c = checked.value
    if (!c) return
    step.value = 'writing'
    const r = await (await exchangeStore()).applyBackup(c, mode)
    checked.value = null
    if (!r.ok) {
      restoreErrors.value = r.errors
      step.value = 'refused'
      return
    }
    report.value = r.value
    step.value = 'done'
  }

  function cancelRestore() {
    checked.value = null
    step.value = 'idle'
  }

  return {
    changes,
    lastBackupAt,
    nudge,
    nudgeBeforeApproval,
    refreshNudge,
    dismissNudge,
    made,
    outcome,
    makeErrors,
    canShare,
    make,
    shareAgain,
    downloadAgain,
    step,
    fileName,
    checked,
    restoreErrors,
    report,
    pick,
    choose,
    cancelRestore,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useBackupStore, import.meta.hot))
