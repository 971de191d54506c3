import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { repos, toStorageError, type StorageError } from '@/db'
import {
  baseFor,
  idMap,
  followSuggestion,
  mayRedo,
  newTabWrites,
  nextVersion,
  noteLanded,
  shownAfterRead,
  versionOf,
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
  type LostRace,
  type RowField,
  type RowVersion,
  type SchoolTotals,
} from '@/domain'
import { nowIso } from '@/services/clock'
import { useCriteriaSetsStore } from './criteriaSets'
import { plain } from './plain'

const FIELDS: readonly RowField[] = ['value', 'basis', 'note']
const changedFields = (patch: AnswerPatch): RowField[] => FIELDS.filter((f) => patch[f] !== undefined || f in patch)
const contentFields = (row: Answer | undefined): Partial<Answer> =>
  row ? { value: row.value, note: row.note, ...(row.basis ? { basis: row.basis } : {}) } : {}
/** The one text field a typed change sets: its note, or the answer of an info row. */
const textField = (change: AnswerPatch): 'note' | 'value' => (change.note !== undefined ? 'note' : 'value')

export type OpenState = 'idle' | 'loading' | 'ready' | 'missing' | 'no-set'

export interface AnswerPatch {
  value?: AnswerValue
  basis?: AnswerBasis
  note?: string
  /**
   * For a text typed over a while: the row's version and the text when typing began. Without it
   * the change is made on the row shown when it is asked for.
   */
  began?: { version: RowVersion; text: string }
}

/** A change of this tab that another writer's change overtook: not saved, shown until dealt with. */
export interface LostWrite {
  itemId: string
  /** The change as the user made it, to make again on the stored row ("Lưu giá trị của tôi"). */
  change: Omit<AnswerPatch, 'began'>
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
  /** This tab's changes another writer overtook (another tab, an imported contribution). */
  const lost = ref<LostWrite[]>([])
  let stop: (() => void)[] = []
  /** This tab's own landed writes, per row (`TabWrites`). */
  let tab = newTabWrites()
  /** The write in flight per row: a row's writes are made one after the other, each on the last. */
  const queues = new Map<string, Promise<unknown>>()

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
    lost.value = []
    tab = newTabWrites()
    queues.clear()
  }

  async function open(id: string) {
    if (assessment.value?.id === id && state.value === 'ready') return
    close()
    state.value = 'loading'
    const sets = useCriteriaSetsStore()
    const a = await repos().assessments.get(id)
    if (!a) {
      state.value = 'missing'
      return
    }
    const found = await sets.load(a.setId, a.version)
    assessment.value = a
    set.value = found ?? null
    if (!set.value) {
      state.value = 'no-set'
      return
    }
    answers.value = idMap((await repos().answers.list(id)).map((r) => [r.itemId, r] as const))
    const onError = (e: unknown) => (error.value = toStorageError(e))
    stop.push(
      repos().watch(
        () => repos().answers.list(id),
        (rows) => (answers.value = shownAfterRead(tab, answers.value, rows)),
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
   * A failed write leaves the stored answer as it was and is reported in `error`. The change is made
   * on the row as the user saw it (`landsOn`): if another writer changed that row meanwhile, it is
   * made again on the stored row when the other change left its fields alone (`mayRedo`); otherwise
   * nothing is written, the row shows what is stored and the change is listed in `lost`.
   */
  function setAnswer(itemId: string, patch: AnswerPatch): Promise<boolean> {
    const a = assessment.value
    if (!a || readOnly.value) return Promise.resolve(false)
    const { began, ...change } = patch
    const shown = own(answers.value, itemId)
    const seen: RowVersion = began ? began.version : versionOf(shown)
    const start: Partial<Answer> = { ...contentFields(shown), ...(began ? { [textField(change)]: began.text } : {}) }
    const previous = queues.get(itemId)
    // Start the write at once when none of this row is in flight, before touching reactive state.
    const run = previous ? previous.then(() => writeAnswer(a, itemId, change, seen, start)) : writeAnswer(a, itemId, change, seen, start)
    const done = run.finally(() => {
      if (queues.get(itemId) === done) queues.delete(itemId)
    })
    queues.set(itemId, done)
    return run
  }

  async function writeAnswer(a: Assessment, itemId: string, change: LostWrite['change'], seen: RowVersion, start: Partial<Answer>): Promise<boolean> {
    let base = baseFor(tab, itemId, seen)
    let before = own(answers.value, itemId)
    saving.value++
    try {
      for (let attempt = 0; ; attempt++) {
        const patch = withFollowedPoints(itemsById.value.get(itemId), before, change)
        const next: Answer = {
          assessmentId: a.id,
          itemId,
          value: before?.value ?? null,
          note: before?.note ?? '',
          ...(before?.basis ? { basis: { ...before.basis } } : {}),
          ...patch,
          ...(patch.note !== undefined ? { note: patch.note.normalize('NFC') } : {}),
          updatedAt: nextVersion(nowIso(), base),
        }
        delete next.copied
        const race = await repos().answers.put(next, base)
        // Let the transaction commit before any re-render this change causes takes the main thread.
        await new Promise((resolve) => setTimeout(resolve, 0))
        error.value = null
        if (!race) {
          noteLanded(tab, itemId, base, next.updatedAt)
          answers.value = withEntry(answers.value, itemId, next)
          lastSavedAt.value = next.updatedAt
          lost.value = lost.value.filter((l) => l.itemId !== itemId)
          return true
        }
        if (attempt < 3 && mayRedo(start, race.stored, changedFields(patch))) {
          before = race.stored
          base = versionOf(race.stored)
          continue
        }
        showLost(race, change)
        return false
      }
    } catch (e) {
      error.value = toStorageError(e)
      return false
    } finally {
      saving.value--
    }
  }

  /** A lost race: the row shows what is stored (a new object, so fields being edited follow it). */
  function showLost(race: LostRace, change: LostWrite['change']) {
    answers.value = withEntry(answers.value, race.itemId, race.stored && { ...race.stored })
    lost.value = [...lost.value.filter((l) => l.itemId !== race.itemId), { itemId: race.itemId, change }]
  }

  /** "Lưu giá trị của tôi": makes an overtaken change again, on the row now stored. */
  function redoLost(itemId: string): Promise<boolean> {
    const l = lost.value.find((x) => x.itemId === itemId)
    if (!l) return Promise.resolve(false)
    lost.value = lost.value.filter((x) => x !== l)
    return setAnswer(itemId, l.change)
  }

  /** "Giữ giá trị đã lưu": forgets an overtaken change. */
  function dropLost(itemId: string) {
    lost.value = lost.value.filter((x) => x.itemId !== itemId)
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
    const rows = unconfirmedRows(items, answers.value).map((i) => {
      const row: Answer = { ...plain(own(answers.value, i)!) }
      delete row.copied
      return row
    })
    if (!rows.length) return true
    return writeRows(rows)
  }

  /**
   * Saves the school-wide totals (teachers, classes, classrooms) once for the assessment; count rows
   * whose points were following their suggestion follow the new totals, in the same write.
   */
  async function setTotals(patch: SchoolTotals): Promise<boolean> {
    const a = assessment.value
    const s = set.value
    if (!a || !s || readOnly.value) return false
    const nextTotals: SchoolTotals = { ...a.totals }
    for (const [k, v] of Object.entries(patch) as [keyof SchoolTotals, number | undefined][]) {
      if (v === undefined) delete nextTotals[k]
      else nextTotals[k] = v
    }
    const stored = (await repos().assessments.get(a.id).catch(() => undefined)) ?? a
    const nextA: Assessment = { ...plain(stored), totals: nextTotals, updatedAt: nowIso() }
    const rows = followTotals(s, answers.value, a.totals ?? {}, nextTotals).map(({ itemId, value }) => {
      const row: Answer = { ...plain(own(answers.value, itemId)!), value }
      delete row.copied
      return row
    })
    return writeRows(rows, nextA)
  }

  /**
   * Writes changed rows (still carrying the version they were made on) in one transaction, with the
   * assessment row when given: all of them, or — when another writer changed one of them meanwhile —
   * none, and the rows show what is stored.
   */
  async function writeRows(changed: Answer[], nextA?: Assessment): Promise<boolean> {
    const now = nowIso()
    const bases = new Map(changed.map((r) => [r.itemId, baseFor(tab, r.itemId, r.updatedAt)] as const))
    const rows = changed.map((r) => ({ ...r, updatedAt: nextVersion(now, bases.get(r.itemId) ?? null) }))
    saving.value++
    try {
      const races = await repos().answers.putMany(rows, nextA, bases)
      error.value = null
      if (races.length) {
        answers.value = idMap([...Object.entries(answers.value), ...races.flatMap((r) => (r.stored ? [[r.itemId, { ...r.stored }] as const] : []))])
        return false
      }
      for (const r of rows) noteLanded(tab, r.itemId, bases.get(r.itemId) ?? null, r.updatedAt)
      if (nextA) assessment.value = nextA
      answers.value = idMap([...Object.entries(answers.value), ...rows.map((r) => [r.itemId, r] as const)])
      lastSavedAt.value = now
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
    lost,
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
    redoLost,
    dropLost,
    keepCopied,
    setTotals,
    saveRecordFields,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useAssessmentStore, import.meta.hot))
