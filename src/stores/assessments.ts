import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import { repos } from '@/db'
import { useCriteriaSetsStore } from './criteriaSets'
import {
  amendAssessment,
  approveAssessment,
  assessmentPerYear,
  carriedIntoRevision,
  copyAnswers,
  hasLevels,
  carryActions,
  scoreAssessment,
  setProgress,
  type ApprovalInput,
  type Assessment,
  type CriteriaSet,
  type ImprovementAction,
} from '@/domain'
import { newId, nowIso } from '@/services/clock'
import { plain } from './plain'

export interface NewAssessment {
  schoolId: string
  setId: string
  version: string
  schoolYear: string
  /** Start from this assessment's answers (last year's), marked as copied. */
  copyFrom?: string
}


/** What a card shows of an assessment's result: each group's points and level, and how far it is. */
export interface CardResult {
  groups: { id: string; points: number; level: number | null }[]
  answered: number
  unconfirmed: number
  total: number
}

const newestFirst = (a: Assessment, b: Assessment) => b.schoolYear.localeCompare(a.schoolYear) || b.revision - a.revision

export const useAssessmentsStore = defineStore('assessments', () => {
  const list = ref<Assessment[]>([])
  const schoolId = ref<string | null>(null)
  const results = ref<Record<string, CardResult>>({})
  /** The assessment to go on with on the home screen: the newest on the device. */
  const current = ref<Assessment | null>(null)

  /** Scores the given assessments for their cards (those whose criteria set is on the device). */
  async function loadResults(rows: readonly Assessment[]) {
    const sets = useCriteriaSetsStore()
    const next: Record<string, CardResult> = {}
    for (const a of rows) {
      const set = await sets.load(a.setId, a.version)
      if (!set) continue
      const answers = Object.fromEntries((await repos().answers.list(a.id)).map((r) => [r.itemId, r]))
      const score = scoreAssessment(set, Object.fromEntries(Object.values(answers).map((r) => [r.itemId, r.value])))
      const progress = setProgress(set, answers)
      next[a.id] = {
        // A set with one band for every score (TT 37) rates nothing: no "Mức 1" on its card.
        groups: score.groups.map((g, i) => ({ id: g.id, points: g.points, level: hasLevels(set.groups[i]?.bands ?? []) ? g.level : null })),
        answered: progress.answered,
        unconfirmed: progress.unconfirmed,
        total: progress.total,
      }
    }
    results.value = { ...results.value, ...next }
  }

  /** Finds the newest assessment on the device, with its result, for the home screen. */
  async function loadCurrent() {
    const all = (await repos().assessments.list()).sort(newestFirst)
    current.value = all[0] ?? null
    if (current.value) await loadResults([current.value])
  }

  async function refresh(forSchool: string) {
    schoolId.value = forSchool
    const rows = await repos().assessments.listBySchool(forSchool)
    list.value = rows.sort(newestFirst)
  }

  /** The improvement plan of the school's latest earlier year, to carry into a new assessment. */
  async function earlierPlan(input: NewAssessment, set: CriteriaSet | undefined): Promise<ImprovementAction[]> {
    if (!set) return []
    const earlier = assessmentPerYear(await repos().assessments.listBySchool(input.schoolId)).find(
      (a) => a.schoolYear < input.schoolYear,
    )
    return earlier?.improvement?.length ? carryActions(earlier.improvement, earlier.schoolYear, set) : []
  }

  async function create(input: NewAssessment, set: CriteriaSet | undefined): Promise<Assessment> {
    const now = nowIso()
    const improvement = await earlierPlan(input, set)
    const a: Assessment = {
      id: newId(),
      schoolId: input.schoolId,
      setId: input.setId,
      version: input.version,
      schoolYear: input.schoolYear,
      status: 'draft',
      revision: 1,
      record: {},
      createdAt: now,
      updatedAt: now,
      ...(input.copyFrom ? { copiedFrom: input.copyFrom } : {}),
      ...(improvement.length ? { improvement } : {}),
    }
    const answers = input.copyFrom ? copyAnswers(await repos().answers.list(input.copyFrom), a, set, true) : []
    await repos().assessments.create(a, answers)
    await refresh(input.schoolId)
    return a
  }

  /**
   * Changes the improvement plan: read, change, write. The plan is the school's intention, not part
   * of the result, so it stays editable after approval.
   */
  async function changeImprovement(
    assessmentId: string,
    change: (actions: ImprovementAction[]) => ImprovementAction[],
  ): Promise<ImprovementAction[] | null> {
    const row = await repos().assessments.change(assessmentId, (a) => {
      const actions = change(plain(a.improvement ?? []))
      const next: Assessment = { ...a, improvement: actions, updatedAt: nowIso() }
      if (actions.length === 0) delete next.improvement
      return next
    })
    return row ? (row.improvement ?? []) : null
  }

  const addAction = (assessmentId: string, action: Omit<ImprovementAction, 'id'>) =>
    changeImprovement(assessmentId, (list) => [...list, { ...action, id: newId() }])
  const patchAction = (assessmentId: string, actionId: string, patch: Partial<ImprovementAction>) =>
    changeImprovement(assessmentId, (list) =>
      list.map((x) => {
        if (x.id !== actionId) return x
        const next = { ...x, ...patch }
        if (next.targetPoints === undefined) delete next.targetPoints
        return next
      }),
    )
  const removeAction = (assessmentId: string, actionId: string) =>
    changeImprovement(assessmentId, (list) => list.filter((x) => x.id !== actionId))

  async function remove(a: Assessment) {
    await repos().assessments.remove(a.id)
    await refresh(a.schoolId)
  }

  /**
   * Locks the assessment: approved by the head's decision (number and date), with the number of rows
   * still copied from last year that she ticked as reviewed.
   */
  async function approve(a: Assessment, approval: ApprovalInput) {
    const next = approveAssessment(plain(a), approval, nowIso())
    await repos().assessments.put(next)
    await refresh(a.schoolId)
    return next
  }

  /** Opens a new draft revision of an approved assessment; the approved one stays as it was. */
  async function amend(a: Assessment): Promise<Assessment> {
    const next = amendAssessment(plain(a), newId(), nowIso())
    const answers = copyAnswers(await repos().answers.list(a.id), next, undefined, false)
    const carried = carriedIntoRevision(
      { members: await repos().members.list(a.id), evidence: await repos().evidence.list(a.id) },
      next,
      newId,
    )
    await repos().assessments.create(next, answers, carried)
    await refresh(a.schoolId)
    return next
  }

  return {
    list,
    schoolId,
    results,
    current,
    refresh,
    loadResults,
    loadCurrent,
    create,
    remove,
    approve,
    amend,
    addAction,
    patchAction,
    removeAction,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useAssessmentsStore, import.meta.hot))
