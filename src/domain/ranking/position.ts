/**
 * One school against the district: its rank, its result beside the district's lowest, median and
 * highest, and how many schools fall in each tenth of the scale (the chart's bars).
 */
import type { RankedSchool } from './rank'

export interface PositionBin {
  /** Lower bound (inclusive); the last bin also holds the top of the scale. */
  from: number
  to: number
  count: number
  /** The school's own result falls here. */
  own: boolean
}

export interface SchoolPosition {
  rank: number
  tied: boolean
  /** Schools with a rank in the table. */
  of: number
  value: number
  min: number
  median: number
  max: number
  /** Schools ranked ahead of it. */
  above: number
  bins: PositionBin[]
}

/**
 * Where `row` stands among the ranked rows of `rows` (a table of `rankSchools`), on a scale from 0
 * to `scaleMax` cut into `binCount` equal bins. Null for a school without a rank.
 */
export function schoolPosition<S>(rows: readonly RankedSchool<S>[], row: RankedSchool<S>, scaleMax: number, binCount = 10): SchoolPosition | null {
  if (row.rank === null || row.measure === null) return null
  const values = rows.flatMap((r) => (r.rank !== null && r.measure !== null ? [r.measure] : [])).sort((a, b) => a - b)
  const n = values.length
  const mid = Math.floor(n / 2)
  const median = n % 2 ? (values[mid] as number) : ((values[mid - 1] as number) + (values[mid] as number)) / 2
  const top = Math.max(scaleMax, values[n - 1] ?? 0)
  const width = top > 0 ? top / binCount : 1
  const binOf = (v: number) => Math.min(binCount - 1, Math.max(0, Math.floor(v / width)))
  const bins: PositionBin[] = Array.from({ length: binCount }, (_, k) => ({
    from: Math.round(k * width * 100) / 100,
    to: Math.round((k + 1) * width * 100) / 100,
    count: 0,
    own: false,
  }))
  for (const v of values) (bins[binOf(v)] as PositionBin).count++
  ;(bins[binOf(row.measure)] as PositionBin).own = true
  const value = row.measure
  return {
    rank: row.rank,
    tied: row.tied,
    of: n,
    value,
    min: values[0] as number,
    median: Math.round(median * 100) / 100,
    max: values[n - 1] as number,
    above: rows.filter((r) => r.rank !== null && r.rank < (row.rank as number)).length,
    bins,
  }
}
