/**
 * Classification for emulation (thi đua): Xuất sắc / Tốt / Khá / Trung bình / Yếu, from bands on a
 * school's total points. The bands are data: a set's own, or a unit's own rule, labelled as such.
 */
import type { CriteriaSet } from '../criteria/schema'
import type { RankBy } from './rank'

export interface ClassBand {
  label: string
  /** Lowest total that reaches the class; `minInclusive` false means strictly above. */
  min: number
  minInclusive: boolean
}

export interface Classification {
  bands: ClassBand[]
  /** `set`: written in the criteria set; `unit`: the managing body's own rule, said wherever it is shown. */
  source: 'set' | 'unit'
}

export type ClassificationProblem = 'no-bands' | 'empty-label' | 'duplicate-min' | 'not-a-number'

/** What is wrong with a set of bands a reviewer typed; empty when it can be used. */
export function checkClassification(bands: readonly ClassBand[]): ClassificationProblem[] {
  const problems = new Set<ClassificationProblem>()
  if (bands.length === 0) problems.add('no-bands')
  for (const b of bands) {
    if (b.label.trim() === '') problems.add('empty-label')
    if (!Number.isFinite(b.min)) problems.add('not-a-number')
  }
  const mins = bands.map((b) => `${b.min}:${b.minInclusive}`)
  if (new Set(mins).size !== mins.length) problems.add('duplicate-min')
  return [...problems]
}

/** The class a total reaches: the highest band whose lower bound it passes; null below every band. */
export function classify(points: number, bands: readonly ClassBand[]): string | null {
  const sorted = [...bands].sort((a, b) => b.min - a.min || Number(a.minInclusive) - Number(b.minInclusive))
  const band = sorted.find((b) => (b.minInclusive ? points >= b.min : points > b.min))
  return band?.label ?? null
}

/**
 * The set's own classes: a set of one banded group (an emulation form such as "Xuất sắc / Tốt / …")
 * classifies a school by that group's bands, named as the set names them. Null for other sets.
 */
export function setClassification(set: CriteriaSet): Classification | null {
  if (set.groups.length !== 1) return null
  const bands = set.groups[0]?.bands ?? []
  if (bands.length < 2) return null
  return { source: 'set', bands: bands.map((b) => ({ label: b.label.vi, min: b.min, minInclusive: b.minInclusive })) }
}

/** The five classes of emulation, highest first, as a unit usually names them. */
export const EMULATION_CLASSES = ['Xuất sắc', 'Tốt', 'Khá', 'Trung bình', 'Yếu'] as const

/**
 * A first draft of a unit's own rule for a reviewer to edit: the five classes at 90, 80, 65 and
 * 50 % of the highest result, and "Yếu" below. Only a starting point; what is saved is the unit's.
 */
export function draftUnitBands(max: number): ClassBand[] {
  const shares = [0.9, 0.8, 0.65, 0.5, 0]
  return EMULATION_CLASSES.map((label, k) => ({ label, min: Math.round(max * (shares[k] ?? 0) * 2) / 2, minInclusive: true }))
}

/** The highest result a school can have under a ranking order: conditions for checklists, else points. */
export function measureMax(set: CriteriaSet, by: RankBy): number {
  if (by === 'rows-met') return set.groups.flatMap((g) => g.criteria.flatMap((c) => c.items)).filter((i) => i.kind === 'condition').length
  return set.groups.reduce((a, g) => a + (g.max ?? 0), 0)
}
