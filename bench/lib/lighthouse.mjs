// Figure 6: Lighthouse (the npm package, default config: mobile form factor, simulated throttling)
// against the same Debian Chromium, and the installability checks Lighthouse 12 no longer has,
// read from Chromium itself over CDP in a persistent (non-incognito) profile.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import lighthouse from 'lighthouse'
import { CHROMIUM, CHROMIUM_ARGS, launchPersistent, waitControlled, withTimeout } from './browser.mjs'
import { endGroup, sleep, start } from './proc.mjs'

/**
 * @typedef {{ performance: number, accessibility: number, bestPractices: number,
 *   metrics: Record<string, number | null>, failing: { category: string, id: string, title: string, score: number | null }[] }} LighthouseRun
 */

/**
 * One Lighthouse run in a freshly started Chromium with its own temporary profile.
 * @param {string} url
 * @returns {Promise<LighthouseRun>}
 */
export async function lighthouseRun(url) {
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

/**
 * `Page.getInstallabilityErrors` and `Page.getAppManifest` on the first screen, once its service
 * worker controls it (asked again for a few seconds while errors remain, since they can be transient).
 * @param {string} url
 * @returns {Promise<{ installabilityErrors: string[], manifestUrl: string, manifestErrors: string[] }>}
 */
export async function installability(url) {
  const profile = mkdtempSync(join(tmpdir(), 'bench-pwa-'))
  const ctx = await launchPersistent(profile)
  try {
    const page = ctx.pages()[0] ?? (await ctx.newPage())
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 })
    await waitControlled(page, 60_000).catch(() => {})
    const cdp = await ctx.newCDPSession(page)
    /** @type {string[]} */
    let errors = []
    const until = Date.now() + 10_000
    do {
      const r = await cdp.send('Page.getInstallabilityErrors')
      errors = r.installabilityErrors.map((e) => [e.errorId, ...e.errorArguments.map((a) => `${a.name}=${a.value}`)].join(' '))
      if (errors.length === 0) break
      await sleep(500)
    } while (Date.now() < until)
    const m = await cdp.send('Page.getAppManifest')
    return {
      installabilityErrors: errors,
      manifestUrl: m.url,
      manifestErrors: m.errors.map((e) => `${e.critical ? 'critical: ' : ''}${e.message}`),
    }
  } finally {
    await withTimeout(ctx.close(), 15_000, 'closing the persistent context').catch(() => {})
    rmSync(profile, { recursive: true, force: true })
  }
}
