// The review desk taking in a province's submissions: 2,000 submission files (no photos, made by
// the app's own code, one per roster school, `lib/submissions.mjs`) picked at once on the import
// screen with the CPU slowed 4×. Times run from the file input's change event to the first frame
// that shows the checked plan (every file read, its archive, manifest, hashes and data checked,
// its school matched, its scores recomputed: "imported and checked"), and from the click on
// "Nhận …" to the first frame that shows it done (everything written in one transaction).
// Baseline, interleaved: the same files in the same kind of page, merely unzipped (fflate's
// `unzipSync`) and their manifest.json and data.json parsed with JSON.parse.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { newPhoneContext, PHONE, throttle, withTimeout } from '../lib/browser.mjs'
import { NotMeasured, row } from '../lib/figure.mjs'
import { CAMPAIGN_ID, DESK_SET_ID, DESK_SET_VERSION, makeSubmissionFiles, SCHOOL_YEAR } from '../lib/submissions.mjs'

const N = 2000
const CHECKED = `${N.toLocaleString('en')} submissions imported and checked`
const TAKEN = `${N.toLocaleString('en')} submissions written after the reviewer's "take"`
const BUDGET = { max: 5000 }

/** Marks, in `window.__desk`, the change of a file input and the first frame each test id shows. */
function installProbe() {
  const w = /** @type {any} */ (window)
  w.__desk = { change: null, seen: {} }
  document.addEventListener('change', () => (w.__desk.change ??= performance.now()), true)
  const ids = ['import-take', 'import-done']
  let pending = false
  const check = () => {
    pending = false
    for (const id of ids) if (w.__desk.seen[id] == null && document.querySelector(`[data-testid="${id}"]`)) w.__desk.seen[id] = performance.now()
  }
  new MutationObserver(() => {
    if (!pending) {
      pending = true
      requestAnimationFrame(check)
    }
  }).observe(document, { childList: true, subtree: true })
}

/** @type {import('../lib/figure.mjs').Figure} */
export default {
  id: 'desk-import',
  title: `${N.toLocaleString('en')} submission files imported and checked on the review desk (vs unzip + JSON.parse)`,
  rows: [
    { label: CHECKED, unit: 'ms', budget: BUDGET },
    { label: TAKEN, unit: 'ms', budget: null },
  ],
  async measure(ctx) {
    const app = ctx.app()
    const dir = join(ctx.out, 'desk-submissions')
    ctx.log(`making ${N} submission files`)
    const { paths, roster } = await makeSubmissionFiles(ctx.root, dir, N)
    const statePath = join(ctx.out, 'desk-state.json')
    await seedDesk(ctx.browser, app.url, roster, statePath)
    const fflate = readFileSync(join(dirname(createRequire(import.meta.url).resolve('fflate')), '..', 'umd', 'index.js'), 'utf8')

    const pairs = await ctx.interleave('desk import', ctx.runs(3, 1), async () => {
      // The bare work runs in the same page, with the library added as a script (hence no CSP).
      const c = await ctx.browser.newContext({ ...PHONE, storageState: statePath, bypassCSP: true })
      try {
        const page = await c.newPage()
        await throttle(page, { network: false })
        await page.goto(`${app.url}/desk/import`, { waitUntil: 'load' })
        await page.addScriptTag({ content: fflate }).catch(() => {
          throw new NotMeasured('fflate could not be loaded into the page')
        })
        await page.evaluate(() => {
          const input = document.createElement('input')
          input.type = 'file'
          input.multiple = true
          input.id = 'bench-files'
          document.body.append(input)
        })
        await page.setInputFiles('#bench-files', paths)
        return await withTimeout(
          page.evaluate(async () => {
            const w = /** @type {any} */ (window)
            const files = [.../** @type {HTMLInputElement} */ (document.getElementById('bench-files')).files ?? []]
            const text = new TextDecoder()
            const t0 = performance.now()
            let n = 0
            for (const f of files) {
              const entries = w.fflate.unzipSync(new Uint8Array(await f.arrayBuffer()))
              JSON.parse(text.decode(entries['manifest.json']))
              JSON.parse(text.decode(entries['data.json']))
              n++
            }
            return { ms: performance.now() - t0, n }
          }),
          300_000,
          'unzipping',
        )
      } finally {
        await withTimeout(c.close(), 15_000, 'closing context').catch(() => {})
      }
    }, async () => {
      const c = await newPhoneContext(ctx.browser, statePath)
      try {
        const page = await c.newPage()
        await page.addInitScript(installProbe)
        await throttle(page, { network: false })
        await page.goto(`${app.url}/desk/import`, { waitUntil: 'load' })
        await page.locator('[data-testid="import-files"]').waitFor({ state: 'attached', timeout: 60_000 })
        await page.setInputFiles('[data-testid="import-files"]', paths)
        await page.locator('[data-testid="import-take"]').waitFor({ state: 'visible', timeout: 600_000 })
        const take = page.locator('[data-testid="import-take"]')
        const label = await take.innerText()
        if (!label.includes(String(N)))
          throw new Error(`the plan offers "${label}", not all ${N} submissions`)
        const clicked = await page.evaluate(() => performance.now())
        await take.click()
        await page.locator('[data-testid="import-done"]').waitFor({ state: 'visible', timeout: 600_000 })
        const marks = await page.evaluate(() => /** @type {any} */ (window).__desk)
        return { checked: marks.seen['import-take'] - marks.change, taken: marks.seen['import-done'] - clicked }
      } finally {
        await withTimeout(c.close(), 15_000, 'closing context').catch(() => {})
      }
    })
    const base = pairs.map((p) => p.base.ms)
    if (pairs.some((p) => p.base.n !== N)) ctx.note(`desk-import: the baseline read ${pairs[0]?.base.n} files, not ${N}`)
    return {
      rows: [
        row(CHECKED, 'ms', pairs.map((p) => p.app.checked), {
          baseline: base,
          baselineName: 'unzip + JSON.parse',
          pairRatios: pairs.map((p) => p.app.checked / p.base.ms),
          budget: BUDGET,
        }),
        row(TAKEN, 'ms', pairs.map((p) => p.app.taken)),
      ],
      details: [`The ${N.toLocaleString('en')} files (${DESK_SET_ID} ${DESK_SET_VERSION}, ${SCHOOL_YEAR}, no photos) are made by the app's own code before the runs; a roster of the same schools is seeded, so each is matched by its code.`],
    }
  },
}

/**
 * The desk, set up: the workspace, the unit, the campaign on the built-in set, the roster; saved
 * as a storage state every run restores.
 * @param {import('playwright-core').Browser} browser
 * @param {string} appUrl
 * @param {object[]} roster
 * @param {string} statePath
 */
async function seedDesk(browser, appUrl, roster, statePath) {
  const ctx = await newPhoneContext(browser)
  try {
    const page = await ctx.newPage()
    await page.goto(`${appUrl}/`, { waitUntil: 'load' })
    await page.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'chiso'), undefined, { timeout: 30_000 })
    const now = '2026-04-01T00:00:00.000Z'
    const rows = [
      { store: 'meta', value: { key: 'settings.workspace', value: 'desk' } },
      { store: 'meta', value: { key: 'desk.unit', value: { name: 'Phòng Văn hóa – Xã hội', headName: 'Lê Văn Nam', reviewers: [] } } },
      { store: 'meta', value: { key: 'desk.campaignId', value: CAMPAIGN_ID } },
      {
        store: 'deskCampaigns',
        value: { id: CAMPAIGN_ID, schoolYear: SCHOOL_YEAR, setId: DESK_SET_ID, version: DESK_SET_VERSION, deadline: '2026-05-31', createdAt: now, updatedAt: now },
      },
      ...roster.map((value) => ({ store: 'deskRoster', value })),
    ]
    const result = await page.evaluate(
      (rows) =>
        new Promise((resolve) => {
          const open = indexedDB.open('chiso')
          open.onerror = () => resolve(`open failed: ${String(open.error)}`)
          open.onsuccess = () => {
            const db = open.result
            const stores = [...new Set(rows.map((r) => r.store))]
            const missing = stores.filter((s) => !db.objectStoreNames.contains(s))
            if (missing.length) {
              db.close()
              resolve(`object store(s) missing: ${missing.join(', ')}`)
              return
            }
            const tx = db.transaction(stores, 'readwrite')
            for (const r of rows) tx.objectStore(r.store).put(r.value)
            tx.oncomplete = () => {
              db.close()
              resolve('ok')
            }
            tx.onerror = () => resolve(`write failed: ${String(tx.error)}`)
          }
        }),
      rows,
    )
    if (result !== 'ok') throw new NotMeasured(`could not seed the desk: ${String(result)}`)
    await ctx.storageState({ path: statePath, indexedDB: true })
  } finally {
    await ctx.close()
  }
}
