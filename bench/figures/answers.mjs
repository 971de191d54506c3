// An answer change on the scoring screen until it is committed to IndexedDB, interleaved with a raw
// IndexedDB put in the same page (change, put, change, put …), so both see the same load. The first
// condition row is toggled between "Đạt" and "Chưa đạt" (a programmatic click on the radio, which
// fires its change event). Each change is timed from the click to the moment a reader in a dedicated
// worker — polling the row with raw IndexedDB reads, each a new read transaction, so only committed
// data is visible — sees the new value; the worker is not held up by the page's main thread. The
// time until the save indicator (data-testid="save-state") shows the change as saved (its
// data-saved-at moves on) is noted too: that one includes the app's re-rendering. Each put of the
// baseline writes a similar record in its own readwrite transaction, in a separate database, timed
// from put() to the transaction's 'complete' event. Everything runs with the CPU slowed 4× (the
// page's main thread: Chromium does not slow workers), after the service worker has finished
// precaching, with a short pause after each change. Ratio: each run's p95 against its puts' p95.
import { newPhoneContext, throttle, waitControlled, withTimeout } from '../lib/browser.mjs'
import { notMeasuredRow, row } from '../lib/figure.mjs'
import { ASSESSMENT_ID, FIRST_INPUT, domIdOf } from '../lib/seed.mjs'
import { percentile } from '../lib/stats.mjs'

/** Pause after each answer change has shown as saved, so the next starts on a settled page (a fast tapper). */
const GAP_MS = 50
const P95_BUDGET = { maxRatio: 3 }

/** @type {import('../lib/figure.mjs').Figure} */
export default {
  id: 'answers',
  title: 'an answer change until committed to IndexedDB (p50, p95) and shown as saved, against a raw put',
  rows: [
    { label: 'answer → IndexedDB p50', unit: 'ms' },
    { label: 'answer → IndexedDB p95', unit: 'ms', budget: P95_BUDGET },
    { label: 'answer → "Đã lưu" shown again, p95', unit: 'ms' },
  ],
  async measure(ctx) {
    const app = ctx.app()
    const { statePath, itemId } = await ctx.seeded()
    const changes = ctx.runs(200, 40)
    const runs = await ctx.repeat('answer commits', ctx.runs(3, 1), () => answerRun(ctx.browser, app.url, statePath, itemId, { changes, gapMs: GAP_MS }))
    for (const r of runs) for (const e of r.errors.slice(0, 3)) ctx.note(`answer commits: ${e}`)
    const pick = (/** @type {number[]} */ xs, /** @type {number} */ p) => (xs.length ? percentile(xs, p) : NaN)
    const of = (/** @type {number} */ p) => ({
      baseline: runs.map((r) => pick(r.raw, p)),
      baselineName: 'raw put',
      pairRatios: runs.map((r) => pick(r.app, p) / pick(r.raw, p)),
    })
    return {
      rows: [
        row('answer → IndexedDB p50', 'ms', runs.map((r) => pick(r.app, 50)), of(50)),
        row('answer → IndexedDB p95', 'ms', runs.map((r) => pick(r.app, 95)), { ...of(95), budget: P95_BUDGET }),
        runs.some((r) => r.ui.length > 0)
          ? row('answer → "Đã lưu" shown again, p95', 'ms', runs.map((r) => pick(r.ui, 95)))
          : notMeasuredRow('answer → "Đã lưu" shown again, p95', 'ms', 'the save indicator never went "Đang lưu…" → saved'),
      ],
    }
  },
}

/**
 * @typedef {{ app: number[], ui: number[], raw: number[], errors: string[] }} AnswerRun
 */

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} appUrl
 * @param {string} statePath
 * @param {string} itemId the condition row to toggle (unanswered in the seed)
 * @param {{ changes: number, gapMs: number }} opts
 * @returns {Promise<AnswerRun>}
 */
async function answerRun(browser, appUrl, statePath, itemId, opts) {
  const ctx = await newPhoneContext(browser, statePath)
  try {
    const page = await ctx.newPage()
    await throttle(page, { network: false })
    await page.goto(`${appUrl}/a/${ASSESSMENT_ID}`, { waitUntil: 'load' })
    await page.locator(FIRST_INPUT).first().waitFor({ state: 'visible', timeout: 30_000 })
    await page.locator('[data-testid="save-state"]').waitFor({ state: 'attached', timeout: 10_000 })
    // Let the service worker finish precaching so its downloads do not compete with the changes.
    await waitControlled(page, 60_000)
    await page.waitForTimeout(500)
    const args = {
      n: opts.changes,
      gapMs: opts.gapMs,
      domId: domIdOf(itemId),
      itemId,
      assessmentId: ASSESSMENT_ID,
      perStepMs: 5000,
      deadlineMs: 100_000,
    }
    const result = await withTimeout(page.evaluate(inPage, args), 130_000, 'answer changes')
    if ('error' in result) throw new Error(result.error)
    return result
  } finally {
    await ctx.close()
  }
}

/**
 * Runs in the page. Every await is bounded by `perStepMs`, the whole loop by `deadlineMs`.
 * @param {{ n: number, gapMs: number, domId: string, itemId: string, assessmentId: string, perStepMs: number, deadlineMs: number }} a
 * @returns {Promise<AnswerRun | { error: string }>}
 */
async function inPage(a) {
  const begin = performance.now()
  /** @param {number} ms */
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
  /** @template T @param {Promise<T>} p @returns {Promise<T | 'timeout'>} */
  const bounded = (p) => Promise.race([p, /** @type {Promise<'timeout'>} */ (new Promise((r) => setTimeout(() => r('timeout'), a.perStepMs)))])
  /** @template T @param {IDBRequest<T>} r @returns {Promise<T>} */
  const request = (r) =>
    new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result)
      r.onerror = () => reject(r.error)
    })
  /** @param {IDBTransaction} tx @returns {Promise<void>} */
  const done = (tx) =>
    new Promise((resolve, reject) => {
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
      tx.onabort = () => reject(tx.error)
    })

  const yes = document.getElementById(`${a.domId}-input`)
  const no = [...document.querySelectorAll(`input[name="${a.domId}"]`)].find((e) => e !== yes)
  const saveEl = document.querySelector('[data-testid="save-state"]')
  if (!(yes instanceof HTMLInputElement) || !(no instanceof HTMLInputElement))
    return { error: `the radios of row ${a.itemId} were not found` }
  if (!saveEl) return { error: 'no save-state element' }

  // The reader runs in a worker, so a busy main thread (the app re-rendering) cannot delay the moment
  // the committed value is seen; times are compared on the shared clock (timeOrigin + now).
  const readerSource = `
    let conn = null
    const opened = new Promise((resolve, reject) => {
      const r = indexedDB.open('chiso')
      r.onsuccess = () => { conn = r.result; conn.onversionchange = () => conn.close(); resolve() }
      r.onerror = () => reject(r.error)
    })
    const read = (key) => new Promise((resolve, reject) => {
      const r = conn.transaction('answers', 'readonly').objectStore('answers').get(key)
      r.onsuccess = () => resolve(r.result && r.result.value)
      r.onerror = () => reject(r.error)
    })
    onmessage = async ({ data }) => {
      try {
        await opened
        if (data.ping) { postMessage({ ready: true }); return }
        const until = performance.now() + data.timeoutMs
        while (performance.now() < until) {
          if ((await read(data.key)) === data.expected) { postMessage({ at: performance.timeOrigin + performance.now() }); return }
        }
        postMessage({ timeout: true })
      } catch (e) { postMessage({ error: String(e) }) }
    }`
  const reader = new Worker(URL.createObjectURL(new Blob([readerSource], { type: 'text/javascript' })))
  /** @param {object} msg @returns {Promise<{ at?: number, ready?: boolean, timeout?: boolean, error?: string } | 'timeout'>} */
  const ask = (msg) =>
    bounded(
      new Promise((resolve) => {
        reader.onmessage = (e) => resolve(e.data)
        reader.postMessage(msg)
      }),
    )
  const ready = await ask({ ping: true })
  if (ready === 'timeout' || !ready.ready) {
    reader.terminate()
    return { error: `the IndexedDB reader did not start: ${JSON.stringify(ready)}` }
  }
  const now = () => performance.timeOrigin + performance.now()

  /** @type {{ t: number, saved: string }[]} */
  let log = []
  const savedAt = () => saveEl.getAttribute('data-saved-at') ?? ''
  const obs = new MutationObserver(() => log.push({ t: performance.now(), saved: savedAt() }))
  obs.observe(saveEl, { attributes: true, attributeFilter: ['data-saved-at'] })
  /** The time the screen showed this change as saved: the indicator's save time moved on. */
  const settledAt = (/** @type {string} */ before) => log.find((e) => e.saved !== before)?.t ?? null

  // Baseline: raw puts into a separate database of the same page, one right after each change.
  const name = 'bench-raw-put'
  await bounded(request(indexedDB.deleteDatabase(name)))
  const openRaw = indexedDB.open(name, 1)
  openRaw.onupgradeneeded = () => {
    const store = openRaw.result.createObjectStore('answers', { keyPath: ['assessmentId', 'itemId'] })
    store.createIndex('assessmentId', 'assessmentId')
  }
  const rawDb = await bounded(request(openRaw))
  if (rawDb === 'timeout') {
    reader.terminate()
    return { error: 'opening the raw database timed out' }
  }
  /** One raw put in its own transaction, from put() to 'complete'. @param {number} i */
  const rawPut = async (i) => {
    const t0 = performance.now()
    const tx = rawDb.transaction('answers', 'readwrite')
    tx.objectStore('answers').put({ assessmentId: 'raw', itemId: a.itemId, value: i % 2 === 0, note: '', updatedAt: new Date().toISOString() })
    const r = await bounded(done(tx))
    return r === 'timeout' ? null : performance.now() - t0
  }

  /** @type {number[]} */
  const app = []
  /** @type {number[]} */
  const ui = []
  /** @type {number[]} */
  const raw = []
  /** @type {string[]} */
  const errors = []
  let uiMisses = 0
  let uiBroken = false
  for (let i = 0; i < a.n; i++) {
    if (performance.now() - begin > a.deadlineMs) {
      errors.push(`stopped after ${i} changes: deadline`)
      break
    }
    const expected = i % 2 === 0
    const before = savedAt()
    log = []
    const seenP = ask({ key: [a.assessmentId, a.itemId], expected, timeoutMs: a.perStepMs })
    const t0 = performance.now()
    const t0abs = now()
    ;(expected ? yes : no).click()
    const seen = await seenP
    if (seen === 'timeout' || seen.at === undefined) errors.push(`change ${i}: not seen in IndexedDB (${JSON.stringify(seen)})`)
    else app.push(seen.at - t0abs)
    // The indicator normally shows the new save time right after the commit; give it up to 1 s more
    // (none at all once it never did in the first changes, e.g. if the attribute is gone).
    let settled = settledAt(before)
    const uiUntil = performance.now() + (uiBroken ? 0 : 1000)
    while (settled === null && performance.now() < uiUntil) {
      await sleep(2)
      settled = settledAt(before)
    }
    if (settled === null) {
      uiMisses++
      if (uiMisses >= 3 && ui.length === 0) uiBroken = true
    } else ui.push(settled - t0)
    await sleep(a.gapMs)
    const put = await rawPut(i)
    if (put === null) errors.push(`raw put ${i} timed out`)
    else raw.push(put)
    await sleep(a.gapMs)
  }
  obs.disconnect()
  reader.terminate()
  if (uiMisses) errors.push(`the save indicator did not settle within 1 s for ${uiMisses} change(s)`)
  rawDb.close()
  await bounded(request(indexedDB.deleteDatabase(name)))
  return { app, ui, raw, errors }
}
