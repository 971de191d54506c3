/**
 * Classification for emulation (thi đua): Xuất sắc / Tốt / Khá / Trung bình / Yếu, from bands on a
 * school's total points. The bands are data: a set's own, or a unit's own rule, labelled as such.
 */
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
