/**
 * The years side by side: one school's assessments, possibly on different versions of a set, matched
 * row by row by id. A row whose wording or maximum changed between the versions is said to have changed.
 */
import type { CriteriaSet, Item } from '../criteria/schema'
import { idMap } from '../ids'
import type { Assessment } from '../model'
import { scoreAssessment, type AnswerValue, type AnswerValues } from '../scoring/score'

export interface YearEntry {
  schoolYear: string
  set: CriteriaSet
  answers: AnswerValues
}

export type RowTrend = 'up' | 'down' | 'same' | 'new' | 'removed'

export interface RowComparison {
  groupId: string
  criterionId: string
  itemId: string
  kind: Item['kind']
  before: AnswerValue
  after: AnswerValue
  /** Points difference for points rows (null for conditions and facts, or when a side is missing). */
  delta: number | null
  trend: RowTrend
  /** The row's wording or maximum differs between the two versions. */
  changedRow: boolean
}

export interface GroupComparison {
  groupId: string
  before: { points: number; level: number | null } | null
  after: { points: number; level: number | null } | null
}

interface Located {
  groupId: string
  criterionId: string
  item: Item
}

function rowsOf(set: CriteriaSet): Map<string, Located> {
  const rows = new Map<string, Located>()
  for (const g of set.groups)
    for (const c of g.criteria) for (const item of c.items) rows.set(item.id, { groupId: g.id, criterionId: c.id, item })
  return rows
}

const valueOf = (answers: AnswerValues, id: string): AnswerValue => {
  const v = Object.prototype.hasOwnProperty.call(answers, id) ? answers[id] : undefined
  return v ?? null
}

function sameRow(a: Item, b: Item): boolean {
  if (a.kind !== b.kind || a.text.vi !== b.text.vi) return false
  return a.kind !== 'points' || b.kind !== 'points' || a.max === b.max
}

function trendOf(kind: Item['kind'], before: AnswerValue, after: AnswerValue): { trend: RowTrend; delta: number | null } {
  if (kind === 'points') {
    const b = typeof before === 'number' ? before : 0
    const a = typeof after === 'number' ? after : 0
    const delta = Math.round((a - b) * 1000) / 1000
    return { trend: delta > 0 ? 'up' : delta < 0 ? 'down' : 'same', delta }
  }
  if (kind === 'condition') {
    if (before === after) return { trend: 'same', delta: null }
    if (after === true) return { trend: 'up', delta: null }
    if (before === true) return { trend: 'down', delta: null }
    return { trend: 'same', delta: null }
  }
  return { trend: 'same', delta: null }
}

/** Every row of either year, in the later set's order followed by rows that were removed. */
export function compareYears(earlier: YearEntry, later: YearEntry): { groups: GroupComparison[]; rows: RowComparison[] } {
  const before = rowsOf(earlier.set)
  const after = rowsOf(later.set)
  const rows: RowComparison[] = []
  for (const [id, now] of after) {
    const was = before.get(id)
    const a = valueOf(later.answers, id)
    if (!was) {
      rows.push({ ...place(now), before: null, after: a, delta: null, trend: 'new', changedRow: false })
      continue
    }
    const b = valueOf(earlier.answers, id)
    const changedRow = !sameRow(was.item, now.item)
    rows.push({ ...place(now), before: b, after: a, ...trendOf(now.item.kind, b, a), changedRow })
  }
  for (const [id, was] of before)
    if (!after.has(id))
      rows.push({ ...place(was), before: valueOf(earlier.answers, id), after: null, delta: null, trend: 'removed', changedRow: false })

  const s0 = scoreAssessment(earlier.set, earlier.answers)
  const s1 = scoreAssessment(later.set, later.answers)
  const ids = [...new Set([...s1.groups.map((g) => g.id), ...s0.groups.map((g) => g.id)])]
  const groups = ids.map((groupId) => {
    const g0 = s0.groups.find((g) => g.id === groupId)
    const g1 = s1.groups.find((g) => g.id === groupId)
    return {
      groupId,
      before: g0 ? { points: g0.points, level: g0.level } : null,
      after: g1 ? { points: g1.points, level: g1.level } : null,
    }
  })
  return { groups, rows }
}

function place(r: Located): Pick<RowComparison, 'groupId' | 'criterionId' | 'itemId' | 'kind'> {
  return { groupId: r.groupId, criterionId: r.criterionId, itemId: r.item.id, kind: r.item.kind }
}

/** One point per year and group, oldest first, for a chart of each group's points against its bands. */
export interface YearPoint {
  schoolYear: string
  groupId: string
  points: number
  max: number
  level: number | null
}

export function yearSeries(entries: readonly YearEntry[]): YearPoint[] {
  return [...entries]
    .sort((a, b) => a.schoolYear.localeCompare(b.schoolYear))
    .flatMap((e) =>
      scoreAssessment(e.set, e.answers).groups.map((g) => ({
        schoolYear: e.schoolYear,
        groupId: g.id,
        points: g.points,
        max: g.max,
        level: g.level,
      })),
    )
}

/**
 * The assessment that speaks for each school year, newest year first: the latest approved revision
 * where there is one, else the latest revision.
 */
export function assessmentPerYear<A extends Pick<Assessment, 'schoolYear' | 'revision' | 'status'>>(list: readonly A[]): A[] {
  const best = new Map<string, A>()
  const rank = (a: A) => [a.status === 'draft' ? 0 : 1, a.revision] as const
  for (const a of list) {
    const cur = best.get(a.schoolYear)
    if (!cur) best.set(a.schoolYear, a)
    else {
      const [s1, r1] = rank(a)
      const [s0, r0] = rank(cur)
      if (s1 > s0 || (s1 === s0 && r1 > r0)) best.set(a.schoolYear, a)
    }
  }
  return [...best.values()].sort((a, b) => b.schoolYear.localeCompare(a.schoolYear))
}

/** Last year's answer to one row, as next year's scoring screen shows it beside the row. */
export interface LastYearRow {
  value: AnswerValue
  /** The row's wording or maximum is not the same in the two versions of the set. */
  changedRow: boolean
}

/**
 * Last year's answers for the rows of this year's set, matched by id across set versions. A row
 * this year's set does not have is left out, and so is a row new this year; a row whose wording or
 * maximum changed is said to have changed.
 */
export function lastYearRows(earlier: YearEntry, later: CriteriaSet): Record<string, LastYearRow> {
  const before = rowsOf(earlier.set)
  const out = idMap<LastYearRow>()
  for (const g of later.groups)
    for (const c of g.criteria)
      for (const item of c.items) {
        const was = before.get(item.id)
        if (was) out[item.id] = { value: valueOf(earlier.answers, item.id), changedRow: !sameRow(was.item, item) }
      }
  return out
}

/** The year before `schoolYear` that has an assessment: the newest earlier year, or null. */
export function previousYear<A extends Pick<Assessment, 'schoolYear' | 'revision' | 'status'>>(list: readonly A[], schoolYear: string): A | null {
  return assessmentPerYear(list).find((a) => a.schoolYear < schoolYear) ?? null
}
