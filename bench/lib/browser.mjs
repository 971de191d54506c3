// The browser side of the bench: Debian Chromium driven by playwright-core, a mid-range phone's
// screen, the CPU slowed 4× and a slow-4G network where a figure needs one.
import { chromium, devices } from 'playwright-core'

export const CHROMIUM = '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/** CPU slowdown applied with `Emulation.setCPUThrottlingRate`. */
export const CPU_RATE = 4

/** Slow 4G for `Network.emulateNetworkConditions`: 400 ms RTT, 1.6 Mbit/s down, 750 kbit/s up. */
export const SLOW_4G = {
  offline: false,
  latency: 400,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
}

/** A mid-range Android phone (Playwright's Pixel 7 profile), Vietnamese. */
export const PHONE = {
  ...devices['Pixel 7'],
  locale: 'vi-VN',
  serviceWorkers: /** @type {'allow'} */ ('allow'),
}

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 })
}

/**
 * @param {string} userDataDir
 */
export function launchPersistent(userDataDir) {
  return chromium.launchPersistentContext(userDataDir, {
    ...PHONE,
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
  })
}

/**
 * A fresh (incognito) context with the phone profile, and optionally stored IndexedDB contents.
 * @param {import('playwright-core').Browser} browser
 * @param {string} [storageState] file written by `context.storageState({ indexedDB: true })`
 */
export async function newPhoneContext(browser, storageState) {
  const ctx = await browser.newContext({ ...PHONE, ...(storageState ? { storageState } : {}) })
  ctx.setDefaultTimeout(30_000)
  ctx.setDefaultNavigationTimeout(90_000)
  return ctx
}

/**
 * Slows a page down before it navigates: CPU always, network when `network` is true.
 * @param {import('playwright-core').Page} page
 * @param {{ network: boolean }} opts
 */
export async function throttle(page, opts) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE })
  if (opts.network) {
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G)
  }
  return cdp
}

/**
 * Installs, before any page script runs, a probe that notes (in `window.__benchUsable`, ms since
 * navigation start) the first animation frame in which an element matching `selector` is in the DOM,
 * enabled and visible. DOM changes only schedule a check for the next frame, so the probe adds little
 * work of its own and the time is that of the frame that shows the element.
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 */
export async function addUsableProbe(page, selector) {
  await page.addInitScript((sel) => {
    const w = /** @type {Window & { __benchUsable?: number | null }} */ (window)
    w.__benchUsable = null
    let pending = false
    const check = (/** @type {number} */ frameTime) => {
      pending = false
      if (w.__benchUsable !== null) return
      const el = document.querySelector(sel)
      if (el && !el.matches(':disabled') && el.checkVisibility()) {
        w.__benchUsable = frameTime
        obs.disconnect()
      }
    }
    const obs = new MutationObserver(() => {
      if (pending) return
      pending = true
      requestAnimationFrame(check)
    })
    obs.observe(document, { subtree: true, childList: true, attributes: true })
  }, selector)
}

/**
 * Waits (bounded) for the probe installed by `addUsableProbe`; returns ms since navigation start.
 * @param {import('playwright-core').Page} page
 * @param {number} timeoutMs
 */
export async function waitUsable(page, timeoutMs) {
  const handle = await page.waitForFunction(
    () => /** @type {Window & { __benchUsable?: number | null }} */ (window).__benchUsable ?? null,
    undefined,
    { timeout: timeoutMs, polling: 50 },
  )
  return Number(await handle.jsonValue())
}

/**
 * Waits (bounded) until a service worker controls the page.
 * @param {import('playwright-core').Page} page
 * @param {number} timeoutMs
 */
export async function waitControlled(page, timeoutMs) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, {
    timeout: timeoutMs,
    polling: 100,
  })
}

/**
 * Races a promise against a timeout, so no step of the bench can hang.
 * @template T
 * @param {Promise<T>} p
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
export function withTimeout(p, ms, what) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer
  const settled = p.finally(() => clearTimeout(timer))
  // A late rejection after the timeout won must not become an unhandled rejection.
  settled.catch(() => {})
  return Promise.race([
    settled,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms)
    }),
  ])
}
