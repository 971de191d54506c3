// One row of the results table, and how it is judged against its budget.
import { median, summarize } from './stats.mjs'

/** Thrown by a measurement that cannot be made (yet); the row shows the reason instead of numbers. */
export class NotMeasured extends Error {}

/**
 * @typedef {'KB' | 'ms' | 'score' | 'yes/no'} Unit
 * @typedef {{ max?: number, min?: number, maxRatio?: number }} Budget
 * @typedef {object} Row
 * @property {string} figure
 * @property {Unit} unit
 * @property {import('./stats.mjs').Summary | null} value
 * @property {import('./stats.mjs').Summary | null} baseline
 * @property {string} baselineName
 * @property {Budget | null} budget
 * @property {string | null} notMeasured
 * @property {string} [note]
 * @property {number[]} [pairRatios] app ÷ baseline of each interleaved pair: the figure's ratio is their median
 * @property {boolean} [noisy] the machine was busier than its cores while this was measured
 */

/**
 * @param {string} figure
 * @param {Unit} unit
 * @param {number[]} values
 * @param {{ baseline?: number[] | null, baselineName?: string, budget?: Budget | null, note?: string, pairRatios?: number[] }} [opts]
 * @returns {Row}
 */
export function row(figure, unit, values, opts = {}) {
  return {
    figure,
    unit,
    value: summarize(values),
    baseline: opts.baseline ? summarize(opts.baseline) : null,
    baselineName: opts.baselineName ?? '',
    budget: opts.budget ?? null,
    notMeasured: null,
    ...(opts.note ? { note: opts.note } : {}),
    ...(opts.pairRatios ? { pairRatios: opts.pairRatios.filter((x) => Number.isFinite(x)) } : {}),
  }
}

/**
 * @param {string} figure
 * @param {Unit} unit
 * @param {string} reason
 * @param {Budget | null} [budget]
 * @returns {Row}
 */
export function notMeasuredRow(figure, unit, reason, budget = null) {
  return { figure, unit, value: null, baseline: null, baselineName: '', budget, notMeasured: reason }
}

/**
 * The figure against its baseline: the median of the ratios of its interleaved pairs when it was
 * measured that way (each pair saw the same load), else the ratio of the medians.
 * @param {Row} r
 */
export function ratioOf(r) {
  if (r.pairRatios?.length) return median(r.pairRatios)
  if (!r.value || !r.baseline || !(r.baseline.median > 0)) return null
  return r.value.median / r.baseline.median
}

/** @param {Row} r @returns {boolean | null} null when there is no budget or no value */
export function metOf(r) {
  if (!r.budget || !r.value || !Number.isFinite(r.value.median)) return null
  const v = r.value.median
  const ratio = ratioOf(r)
  if (r.budget.max !== undefined && v > r.budget.max) return false
  if (r.budget.min !== undefined && v < r.budget.min) return false
  if (r.budget.maxRatio !== undefined && (ratio === null || ratio > r.budget.maxRatio)) return false
  return true
}

/** @param {number} v @param {Unit} unit */
export function fmt(v, unit) {
  if (!Number.isFinite(v)) return '–'
  if (unit === 'KB') return `${v.toFixed(1)} KB`
  if (unit === 'ms') return v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`
  if (unit === 'yes/no') return v ? 'yes' : 'no'
  return String(Math.round(v))
}

/** @param {Row} r */
export function budgetText(r) {
  const b = r.budget
  if (!b) return '–'
  const parts = []
  /** @param {number} v */
  const limit = (v) => (r.unit === 'KB' ? `${v} KB` : r.unit === 'ms' && v >= 10_000 ? `${v / 1000} s` : fmt(v, r.unit))
  if (b.max !== undefined) parts.push(r.unit === 'yes/no' ? 'no' : `≤ ${limit(b.max)}`)
  if (b.min !== undefined) parts.push(r.unit === 'yes/no' ? 'yes' : `≥ ${limit(b.min)}`)
  if (b.maxRatio !== undefined) parts.push(`≤ ${b.maxRatio}×`)
  return parts.join(', ')
}

/**
 * met / NOT MET, or "noisy" instead of NOT MET when the machine was busier than its cores meanwhile
 * (a figure that missed its budget under load says nothing about the app).
 * @param {Row} r
 */
export function verdict(r) {
  const met = metOf(r)
  if (met === null) return '–'
  if (met) return r.noisy ? 'met (noisy)' : 'met'
  return r.noisy ? 'noisy' : 'NOT MET'
}

/** The table's cells for a row, in column order. @param {Row} r @returns {string[]} */
export function cells(r) {
  if (r.notMeasured || !r.value) {
    return [r.figure, `not measured: ${r.notMeasured ?? 'no value'}`, '', '', '', '', '', budgetText(r), '–']
  }
  const ratio = ratioOf(r)
  const baseline = r.baseline ? `${fmt(r.baseline.median, r.unit)}${r.baselineName ? ` (${r.baselineName})` : ''}` : '–'
  return [
    r.figure,
    fmt(r.value.median, r.unit),
    fmt(r.value.min, r.unit),
    fmt(r.value.max, r.unit),
    String(r.value.runs),
    baseline,
    ratio === null ? '–' : `${ratio.toFixed(2)}×`,
    budgetText(r),
    verdict(r),
  ]
}

export const HEADER = ['figure', 'median', 'min', 'max', 'runs', 'baseline', 'ratio', 'budget', 'met']

/**
 * One figure of the bench: a module in bench/figures/, listed in bench/figures/index.mjs.
 * @typedef {object} Figure
 * @property {string} id the name `--only` takes
 * @property {string} title what it measures, one line (for `--list`)
 * @property {{ label: string, unit: Unit, budget?: Budget | null }[]} rows its rows, in order
 * @property {boolean} [loadMatters] false for figures that do not depend on how busy the machine is (bytes)
 * @property {(ctx: import('./context.mjs').Context) => Promise<{ rows: Row[], details?: string[] }>} measure
 *   the rows it measured (labels as in `rows`; the runner numbers them); throw NotMeasured to say why not
 */
