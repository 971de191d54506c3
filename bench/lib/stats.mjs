// Small statistics helpers. Percentiles use the nearest-rank method.

/** @param {number[]} xs */
export function sorted(xs) {
  return [...xs].sort((a, b) => a - b)
}

/** Nearest-rank percentile (p in 0..100) of a non-empty list. @param {number[]} xs @param {number} p */
export function percentile(xs, p) {
  const s = sorted(xs)
  if (s.length === 0) return NaN
  const rank = Math.max(1, Math.ceil((p / 100) * s.length))
  return s[Math.min(rank, s.length) - 1] ?? NaN
}

/** Median (mean of the middle two for an even count). @param {number[]} xs */
export function median(xs) {
  const s = sorted(xs)
  if (s.length === 0) return NaN
  const mid = Math.floor(s.length / 2)
  const hi = s[mid] ?? NaN
  return s.length % 2 ? hi : ((s[mid - 1] ?? NaN) + hi) / 2
}

/**
 * @typedef {object} Summary
 * @property {number} median
 * @property {number} min
 * @property {number} max
 * @property {number} runs
 * @property {number[]} values
 */

/** @param {number[]} values @returns {Summary} */
export function summarize(values) {
  const ok = values.filter((v) => Number.isFinite(v))
  return {
    median: median(ok),
    min: ok.length ? Math.min(...ok) : NaN,
    max: ok.length ? Math.max(...ok) : NaN,
    runs: ok.length,
    values,
  }
}
