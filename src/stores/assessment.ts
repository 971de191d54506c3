import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { repos, toStorageError, type StorageError } from '@/db'
import {
  idMap,
  followSuggestion,
  followTotals,
  nextRowToVisit,
  own,
  pointsMismatches,
  scoreAssessment,
  setProgress,
  suggestPoints,
  unconfirmedRows,
  withEntry,
  type Answer,
  type AnswerBasis,
  type AnswerValue,
  type AnswerValues,
  type Assessment,
  type CriteriaSet,
  type Item,
  type SchoolTotals,
} from '@/domain'
import { nowIso } from '@/services/clock'
import { useCriteriaSetsStore } from './criteriaSets'
import { plain } from './plain'

/**
 * What the database reports, except rows this tab wrote more recently: a watch result can be computed
 * just before a write of ours commits, and must not take that write off the screen.
 */
function newestOf(shown: Record<string, Answer>, rows: Answer[]): Record<string, Answer> {
  const next = idMap(rows.map((r) => [r.itemId, r] as const))
  let same = rows.length === Object.keys(shown).length
  for (const [itemId, local] of Object.entries(shown)) {
    const stored = own(next, itemId)
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
  // Replaced whole on every change, never deeply reactive: a proxy would read its own function for a
  // row named `hasOwnProperty`.
  const answers = shallowRef<Record<string, Answer>>(idMap())
  const state = ref<OpenState>('idle')
  const saving = ref(0)
  const lastSavedAt = ref<string | null>(null)
  const error = ref<StorageError | null>(null)
  let stop: (() => void)[] = []

  const values = computed<AnswerValues>(() =>
    idMap(Object.values(answers.value).map((a) => [a.itemId, a.value] as const)),
  )
  const score = computed(() => (set.value ? scoreAssessment(set.value, values.value) : null))
  const readOnly = computed(() => assessment.value?.status !== 'draft')
  const totals = computed<SchoolTotals>(() => assessment.value?.totals ?? {})
  /** Rows answered, copied and not yet confirmed ("chưa xác nhận"), and unanswered: every progress count. */
  const progress = computed(() => (set.value ? setProgress(set.value, answers.value) : null))
  /** Rows whose points differ from the suggestion of their own answer, in the set's order. */
  const mismatches = computed(() => (set.value ? pointsMismatches(set.value, answers.value, totals.value) : []))
  const itemsById = computed(
    () => new Map((set.value?.groups ?? []).flatMap((g) => g.criteria.flatMap((c) => c.items)).map((i) => [i.id, i] as const)),
  )

  /** The next row that needs the school (unanswered or unconfirmed), this group first. */
  function nextRow(groupId: string, afterItemId?: string) {
    return set.value ? nextRowToVisit(set.value, answers.value, groupId, afterItemId) : null
  }

  function close() {
    stop.forEach((f) => f())
    stop = []
    assessment.value = null
    set.value = null
    answers.value = idMap()
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
    answers.value = idMap((await repos().answers.list(id)).map((r) => [r.itemId, r] as const))
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
    const before = own(answers.value, itemId)
    patch = withFollowedPoints(itemsById.value.get(itemId), before, patch)
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
      answers.value = withEntry(answers.value, itemId, next)
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

  /**
   * A basis change without a number of its own: the points follow the new suggestion while the
   * school has not typed its own number (a "Không" after "Có" drops the points), else they stay.
   */
  function withFollowedPoints(item: Item | undefined, before: Answer | undefined, patch: AnswerPatch): AnswerPatch {
    if (!patch.basis || 'value' in patch || item?.kind !== 'points') return patch
    const was = suggestPoints(item, before?.basis ?? {}, totals.value)
    const now = suggestPoints(item, patch.basis, totals.value)
    return { ...patch, value: followSuggestion(before?.value, was, now) }
  }

  /**
   * "Giữ như năm trước": the copied rows among `itemIds` are confirmed as they are, in one write.
   * Rows already confirmed or changed are left alone.
   */
  async function keepCopied(itemIds: readonly string[]): Promise<boolean> {
    const a = assessment.value
    if (!a || readOnly.value) return false
    const items = itemIds.flatMap((i) => itemsById.value.get(i) ?? [])
    const now = nowIso()
    const rows = unconfirmedRows(items, answers.value).map((i) => {
      const row: Answer = { ...plain(own(answers.value, i)!), updatedAt: now }
      delete row.copied
      return row
    })
    if (!rows.length) return true
    return write(() => repos().answers.putMany(rows), () => {
      answers.value = idMap([...Object.entries(answers.value), ...rows.map((r) => [r.itemId, r] as const)])
      lastSavedAt.value = now
    })
  }

  /**
   * Saves the school-wide totals (teachers, classes, classrooms) once for the assessment; count rows
   * whose points were following their suggestion follow the new totals, in the same write.
   */
  async function setTotals(patch: SchoolTotals): Promise<boolean> {
    const a = assessment.value
    const s = set.value
    if (!a || !s || readOnly.value) return false
    const now = nowIso()
    const nextTotals: SchoolTotals = { ...a.totals }
    for (const [k, v] of Object.entries(patch) as [keyof SchoolTotals, number | undefined][]) {
      if (v === undefined) delete nextTotals[k]
      else nextTotals[k] = v
    }
    const stored = (await repos().assessments.get(a.id).catch(() => undefined)) ?? a
    const nextA: Assessment = { ...plain(stored), totals: nextTotals, updatedAt: now }
    const rows = followTotals(s, answers.value, a.totals ?? {}, nextTotals).map(({ itemId, value }) => {
      const row: Answer = { ...plain(own(answers.value, itemId)!), value, updatedAt: now }
      delete row.copied
      return row
    })
    return write(() => repos().answers.putMany(rows, nextA), () => {
      assessment.value = nextA
      answers.value = idMap([...Object.entries(answers.value), ...rows.map((r) => [r.itemId, r] as const)])
      lastSavedAt.value = now
    })
  }

  async function write(op: () => Promise<void>, then: () => void): Promise<boolean> {
    saving.value++
    try {
      await op()
      then()
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

  return {
    assessment,
    set,
    answers,
    state,
    saving,
    lastSavedAt,
    error,
    values,
    score,
    readOnly,
    totals,
    progress,
    mismatches,
    nextRow,
    open,
    close,
    setAnswer,
    keepCopied,
    setTotals,
    saveRecordFields,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useAssessmentStore, import.meta.hot))
