// Lighthouse (the npm package, default config: mobile form factor, simulated throttling) on `/`
// against the same Debian Chromium, each run in a newly started Chromium with its own temporary
// profile: performance, accessibility, best practices.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import lighthouse from 'lighthouse'
import { CHROMIUM, CHROMIUM_ARGS, withTimeout } from '../lib/browser.mjs'
import { row } from '../lib/figure.mjs'
import { endGroup, sleep, start } from '../lib/proc.mjs'
import { median } from '../lib/stats.mjs'

const SCORES = /** @type {const} */ ([
  ['performance', 'Lighthouse performance (mobile)'],
  ['accessibility', 'Lighthouse accessibility'],
  ['bestPractices', 'Lighthouse best practices'],
])
const BUDGET = { min: 95 }

/** @type {import('../lib/figure.mjs').Figure} */
export default {
  id: 'lighthouse',
  title: 'Lighthouse 12 scores of `/` (mobile, simulated throttling)',
  rows: SCORES.map(([, label]) => ({ label, unit: /** @type {const} */ ('score'), budget: BUDGET })),
  async measure(ctx) {
    const app = ctx.app()
    const runs = await ctx.repeat('lighthouse', ctx.runs(3, 1), () => lighthouseRun(`${app.url}/`))
    const m = (/** @type {string} */ k) => median(runs.map((r) => r.metrics[k] ?? NaN))
    const details = [
      '### Lighthouse metrics (median)',
      '',
      `FCP ${Math.round(m('fcp'))} ms · LCP ${Math.round(m('lcp'))} ms · TBT ${Math.round(m('tbt'))} ms · CLS ${m('cls').toFixed(3)} · Speed Index ${Math.round(m('si'))} ms`,
      '',
    ]
    const failing = new Map(runs.flatMap((r) => r.failing).map((f) => [`${f.category}/${f.id}`, f]))
    if (failing.size)
      details.push(
        'Audits scoring below 0.9 in some run: ' +
          [...failing.values()].map((f) => `${f.category} / ${f.title} (${f.id}, ${f.score})`).join('; ') +
          '.',
        '',
      )
    return { rows: SCORES.map(([key, label]) => row(label, 'score', runs.map((r) => r[key]), { budget: BUDGET })), details }
  },
}

/**
 * @typedef {{ performance: number, accessibility: number, bestPractices: number,
 *   metrics: Record<string, number | null>, failing: { category: string, id: string, title: string, score: number | null }[] }} LighthouseRun
 */

/**
 * One Lighthouse run in a freshly started Chromium with its own temporary profile.
 * @param {string} url
 * @returns {Promise<LighthouseRun>}
 */
async function lighthouseRun(url) {
  const profile = mkdtempSync(join(tmpdir(), 'bench-lh-'))
  const chrome = start(CHROMIUM, [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    cwd: profile,
  })
  try {
    const port = await devtoolsPort(profile, 20_000)
    const result = await withTimeout(
      lighthouse(url, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      }),
      120_000,
      'lighthouse',
    )
    const lhr = result?.lhr
    if (!lhr) throw new Error('lighthouse returned no result')
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    const score = (/** @type {string} */ id) => Math.round((lhr.categories[id]?.score ?? NaN) * 100)
    const metric = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? null
    /** @type {LighthouseRun['failing']} */
    const failing = []
    for (const [catId, cat] of Object.entries(lhr.categories)) {
      for (const ref of cat.auditRefs) {
        const audit = lhr.audits[ref.id]
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9)
          failing.push({ category: catId, id: ref.id, title: audit.title, score: audit.score })
      }
    }
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      metrics: {
        fcp: metric('first-contentful-paint'),
        lcp: metric('largest-contentful-paint'),
        tbt: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
        si: metric('speed-index'),
      },
      failing,
    }
  } finally {
    await endGroup(chrome.pgid)
    rmSync(profile, { recursive: true, force: true })
  }
}

/** Chromium writes the port it picked into DevToolsActivePort in its profile. */
async function devtoolsPort(/** @type {string} */ profile, /** @type {number} */ timeoutMs) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    try {
      const port = Number(readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0])
      if (port > 0) return port
    } catch {
      // not written yet
    }
    await sleep(100)
  }
  throw new Error('Chromium did not open its DevTools port')
}
