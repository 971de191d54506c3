import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { repos, toStorageError, type StorageError } from '@/db'
import {
  scoreAssessment,
  type Answer,
  type AnswerBasis,
  type AnswerValue,
  type AnswerValues,
  type Assessment,
  type CriteriaSet,
} from '@/domain'
import { nowIso } from '@/services/clock'
import { useCriteriaSetsStore } from './criteriaSets'
import { plain } from './plain'

/**
 * What the database reports, except rows this tab wrote more recently: a watch result can be computed
 * just before a write of ours commits, and must not take that write off the screen.
 */
function newestOf(shown: Record<string, Answer>, rows: Answer[]): Record<string, Answer> {
  const next = Object.fromEntries(rows.map((r) => [r.itemId, r]))
  let same = rows.length === Object.keys(shown).length
  for (const [itemId, local] of Object.entries(shown)) {
    const stored = next[itemId]
    // Keep the object already on screen when nothing in it changed: rows whose props stay the same
    // are not rendered again, which keeps the main thread free for the next write.
    if (!stored || stored.updatedAt <= local.updatedAt) next[itemId] = local
    else same = false
  }
  return same ? shown : next
}

export type OpenState = 'idle' | 'loading' | 'ready' | 'missing' | 'no-set'

export interface AnswerPatch {
  value?: AnswerValue
  basis?: AnswerBasis
  note?: string
}

/**
 * The assessment being worked on. Every change is written to the device's database before the
 * screen shows it as saved; the database is watched, so a change made in another tab shows here too.
 */
export const useAssessmentStore = defineStore('assessment', () => {
  const assessment = ref<Assessment | null>(null)
  const set = shallowRef<CriteriaSet | null>(null)
  const answers = ref<Record<string, Answer>>({})
  const state = ref<OpenState>('idle')
  const saving = ref(0)
  const lastSavedAt = ref<string | null>(null)
  const error = ref<StorageError | null>(null)
  let stop: (() => void)[] = []

  const values = computed<AnswerValues>(() =>
    Object.fromEntries(Object.values(answers.value).map((a) => [a.itemId, a.value])),
  )
  const score = computed(() => (set.value ? scoreAssessment(set.value, values.value) : null))
  const readOnly = computed(() => assessment.value?.status !== 'draft')

  function close() {
    stop.forEach((f) => f())
    stop = []
    assessment.value = null
    set.value = null
    answers.value = {}
    state.value = 'idle'
    error.value = null
  }

  async function open(id: string) {
    if (assessment.value?.id === id && state.value === 'ready') return
    close()
    state.value = 'loading'
    const sets = useCriteriaSetsStore()
    await sets.refresh()
    const a = await repos().assessments.get(id)
    if (!a) {
      state.value = 'missing'
      return
    }
    assessment.value = a
    set.value = sets.get(a.setId, a.version) ?? null
    if (!set.value) {
      state.value = 'no-set'
      return
    }
    answers.value = Object.fromEntries((await repos().answers.list(id)).map((r) => [r.itemId, r]))
    const onError = (e: unknown) => (error.value = toStorageError(e))
    stop.push(
      repos().watch(
        () => repos().answers.list(id),
        (rows) => (answers.value = newestOf(answers.value, rows)),
        onError,
      ),
      repos().watch(
        () => repos().assessments.get(id),
        (row) => {
          if (row) assessment.value = row
        },
        onError,
      ),
    )
    state.value = 'ready'
  }

  /**
   * Saves one row's change. Resolves once it is durable on the device; the screen then shows it.
   * A failed write leaves the stored answer as it was and is reported in `error`.
   */
  async function setAnswer(itemId: string, patch: AnswerPatch): Promise<boolean> {
    const a = assessment.value
    if (!a || readOnly.value) return false
    const before = answers.value[itemId]
    const next: Answer = {
      assessmentId: a.id,
      itemId,
      value: before?.value ?? null,
      note: before?.note ?? '',
      ...(before?.basis ? { basis: { ...before.basis } } : {}),
      ...patch,
      ...(patch.note !== undefined ? { note: patch.note.normalize('NFC') } : {}),
      updatedAt: nowIso(),
    }
    delete next.copied
    // Start the write before touching reactive state, so no re-render runs ahead of it.
    const written = repos().answers.put(next)
    saving.value++
    try {
      await written
      // Let the transaction commit before any re-render this change causes takes the main thread.
      await new Promise((resolve) => setTimeout(resolve, 0))
      answers.value = { ...answers.value, [itemId]: next }
      lastSavedAt.value = next.updatedAt
      error.value = null
      return true
    } catch (e) {
      error.value = toStorageError(e)
      return false
    } finally {
      saving.value--
    }
  }

  /** Saves the record's editable fields (merged into what is stored). */
  async function saveRecordFields(fields: Partial<Assessment['record']>): Promise<boolean> {
    const shown = assessment.value
    if (!shown) return false
    // Merge into the stored row, not the one on screen: the watch may not have delivered the last write yet.
    const a = (await repos().assessments.get(shown.id).catch(() => undefined)) ?? shown
    const next: Assessment = { ...a, record: { ...a.record, ...fields }, updatedAt: nowIso() }
    try {
      await repos().assessments.put(plain(next))
      assessment.value = next
      return true
    } catch (e) {
      error.value = toStorageError(e)
      return false
    }
  }

  return { assessment, set, answers, state, saving, lastSavedAt, error, values, score, readOnly, open, close, setAnswer, saveRecordFields }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useAssessmentStore, import.meta.hot))
