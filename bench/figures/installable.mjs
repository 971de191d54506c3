// Whether the app can be installed: `Page.getInstallabilityErrors` and `Page.getAppManifest` on `/`
// in a persistent (non-incognito) profile once its service worker controls the page — the checks
// Lighthouse 12 no longer has, read from Chromium itself over CDP.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchPersistent, waitControlled, withTimeout } from '../lib/browser.mjs'
import { row } from '../lib/figure.mjs'
import { sleep } from '../lib/proc.mjs'

const LABEL = 'PWA installable (CDP, no errors)'

/** @type {import('../lib/figure.mjs').Figure} */
export default {
  id: 'installable',
  title: 'the app is installable (no installability or manifest errors)',
  rows: [{ label: LABEL, unit: 'yes/no', budget: { min: 1 } }],
  loadMatters: false,
  async measure(ctx) {
    const app = ctx.app()
    const r = await withTimeout(installability(`${app.url}/`), 150_000, 'installability')
    const errors = [...r.installabilityErrors, ...r.manifestErrors]
    return {
      rows: [row(LABEL, 'yes/no', [errors.length === 0 ? 1 : 0], { budget: { min: 1 }, note: errors.join('; ') })],
      details: [
        '### Installability',
        '',
        `Manifest \`${new URL(r.manifestUrl || `${app.url}/`).pathname}\`; installability errors: ${r.installabilityErrors.join(', ') || 'none'}; manifest errors: ${r.manifestErrors.join(', ') || 'none'}.`,
        '',
      ],
    }
  },
}

/**
 * `Page.getInstallabilityErrors` and `Page.getAppManifest` on the first screen, once its service
 * worker controls it (asked again for a few seconds while errors remain, since they can be transient).
 * @param {string} url
 * @returns {Promise<{ installabilityErrors: string[], manifestUrl: string, manifestErrors: string[] }>}
 */
async function installability(url) {
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
