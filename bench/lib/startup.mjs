// The two start figures: from navigation start to the screen being usable (its first input in the DOM, enabled
// and visible), measured inside the page by a MutationObserver installed before any page script.
import { addUsableProbe, newPhoneContext, throttle, waitControlled, waitUsable } from './browser.mjs'

/** The bare page's input, rendered once its Dexie read is done. */
export const BARE_INPUT = '#bare-input'

/**
 * Online, cold: a fresh context (empty HTTP cache, no service worker), 4× CPU, slow 4G.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {string} selector
 * @param {string} [statePath] stored IndexedDB to restore first
 */
export async function coldOnline(browser, url, selector, statePath) {
  const ctx = await newPhoneContext(browser, statePath)
  try {
    const page = await ctx.newPage()
    await throttle(page, { network: true })
    await addUsableProbe(page, selector)
    await page.goto(url, { waitUntil: 'commit' })
    return await waitUsable(page, 60_000)
  } finally {
    await ctx.close()
  }
}

/**
 * Offline from the service worker: a first visit (unthrottled) installs the worker; then the
 * context goes offline and a new page loads the URL with 4× CPU. Every response of the measured load
 * must come from the service worker.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {string} selector
 * @param {string} [statePath]
 */
export async function offlineFromWorker(browser, url, selector, statePath) {
  const ctx = await newPhoneContext(browser, statePath)
  try {
    const first = await ctx.newPage()
    await first.goto(url, { waitUntil: 'load' })
    await first.locator(selector).first().waitFor({ state: 'visible', timeout: 30_000 })
    // Controlled means installed and activated, i.e. the precache is complete.
    await waitControlled(first, 60_000)
    await first.close()
    await ctx.setOffline(true)
    const page = await ctx.newPage()
    let fromNetwork = 0
    page.on('response', (res) => {
      if (!res.fromServiceWorker() && !res.url().startsWith('data:')) fromNetwork++
    })
    await throttle(page, { network: false })
    await addUsableProbe(page, selector)
    const res = await page.goto(url, { waitUntil: 'commit' })
    const ms = await waitUsable(page, 30_000)
    if (!res?.fromServiceWorker()) throw new Error('the offline navigation was not answered by the service worker')
    if (fromNetwork > 0) throw new Error(`${fromNetwork} response(s) of the offline load did not come from the service worker`)
    return ms
  } finally {
    await ctx.close()
  }
}
