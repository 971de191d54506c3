// The managing body's rankings with 2,000 schools on the review desk (1,900 submitted on qd-4725
// 1.0.0, 100 not), seeded straight into the desk's tables. With the CPU slowed 4×:
// - rank and render: from the click on the desk's "rankings" link to the first frame that shows a
//   ranked row (every school's measure computed, sorted, ties counted, the list drawn). Baseline,
//   interleaved: the same 2,000 totals and names sorted bare in the same kind of page (by total, then
//   by name with Vietnamese collation);
// - a change of filter (one school kind): from the select's change to the first frame after the
//   list changed;
// - the workbook: from the click on "xlsx" to the download starting, and its bytes (a sheet per
//   school kind, the whole unit, and the matrix of 2,000 schools × every chỉ số).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { newPhoneContext, throttle, withTimeout } from '../lib/browser.mjs'
import { NotMeasured, row } from '../lib/figure.mjs'

const N = 2000
const SUBMITTED = 1900
const SET_ID = 'qd-4725'
const SET_VERSION = '1.0.0'
const CAMPAIGN = 'bench-ranking'
const KINDS = ['mam-non', 'tieu-hoc', 'thcs', 'thpt']
const KIND_NAMES = { 'mam-non': 'Mầm non', 'tieu-hoc': 'Tiểu học', thcs: 'THCS', thpt: 'THPT' }

const RANKED = `${N.toLocaleString('en')} schools ranked and shown`
const FILTER = 'ranking: one school kind chosen'
const XLSX = `ranking workbook, ${N.toLocaleString('en')} schools × every chỉ số, time`
const XLSX_BYTES = `ranking workbook, ${N.toLocaleString('en')} schools × every chỉ số, bytes`

/** A small deterministic random source, so every run sees the same schools. @param {number} seed */
function random(seed) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

/** The desk's rows for 2,000 schools, each answer drawn at random (conditions mostly met). @param {string} root */
function deskRows(root) {
  const set = JSON.parse(readFileSync(join(root, 'criteria-sets', SET_ID, `${SET_VERSION}.json`), 'utf8'))
  const items = set.groups.flatMap((/** @type {any} */ g) => g.criteria.flatMap((/** @type {any} */ c) => c.items))
  const rand = random(2000)
  const T = '2026-05-20T03:00:00.000Z'
  const rows = []
  for (let i = 0; i < N; i++) {
    const kind = KINDS[i % KINDS.length]
    const id = `r${i}`
    const name = `Trường ${KIND_NAMES[/** @type {keyof typeof KIND_NAMES} */ (kind)]} số ${i + 1}`
    const roster = { id, campaignId: CAMPAIGN, name, code: `RK${String(i + 1).padStart(5, '0')}`, kind, commune: `Xã ${1 + (i % 40)}`, source: 'roster', addedAt: T }
    if (i >= SUBMITTED) {
      rows.push({ roster })
      continue
    }
    const answers = items.flatMap((/** @type {any} */ it) => {
      if (it.kind === 'info') return []
      const value = it.kind === 'condition' ? rand() < 0.85 : Math.round(rand() * (it.max ?? 0))
      return [{ itemId: it.id, value, note: '' }]
    })
    const sha256 = i.toString(16).padStart(64, '0')
    const content = {
      school: { id: `school-${id}`, name, code: roster.code, kind, commune: roster.commune },
      assessment: { id: `a-${id}`, schoolYear: '2025-2026', revision: 1 },
      set: { setId: SET_ID, version: SET_VERSION },
      answers,
      evidence: [],
    }
    const head = { sha256, campaignId: CAMPAIGN, rosterId: id, revision: 1, submittedAt: T, importedAt: T, flags: [], attachments: { files: [], record: false } }
    rows.push({ roster, head, content: { campaignId: CAMPAIGN, sha256, content } })
  }
  return rows
}

/**
 * The desk set up with its 2,000 schools; saved as a storage state every run restores.
 * @param {import('playwright-core').Browser} browser
 * @param {string} appUrl
 * @param {string} root
 * @param {string} statePath
 */
async function seedRankings(browser, appUrl, root, statePath) {
  const ctx = await newPhoneContext(browser)
  try {
    const page = await ctx.newPage()
    await page.goto(`${appUrl}/`, { waitUntil: 'load' })
    await page.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'chiso'), undefined, { timeout: 30_000 })
    const T = '2026-04-01T00:00:00.000Z'
    const meta = [
      { key: 'settings.workspace', value: 'desk' },
      { key: 'desk.unit', value: { name: 'Phòng Văn hóa – Xã hội', headName: 'Lê Văn Nam', reviewers: [] } },
      { key: 'desk.campaignId', value: CAMPAIGN },
    ]
    const campaign = { id: CAMPAIGN, schoolYear: '2025-2026', setId: SET_ID, version: SET_VERSION, deadline: '2026-05-31', createdAt: T, updatedAt: T }
    const result = await page.evaluate(
      ({ meta, campaign, rows }) =>
        new Promise((resolve) => {
          const open = indexedDB.open('chiso')
          open.onerror = () => resolve(`open failed: ${String(open.error)}`)
          open.onsuccess = () => {
            const db = open.result
            const stores = ['meta', 'deskCampaigns', 'deskRoster', 'deskSubmissions', 'deskContents']
            const missing = stores.filter((s) => !db.objectStoreNames.contains(s))
            if (missing.length) {
              db.close()
              resolve(`object store(s) missing: ${missing.join(', ')}`)
              return
            }
            const tx = db.transaction(stores, 'readwrite')
            for (const m of meta) tx.objectStore('meta').put(m)
            tx.objectStore('deskCampaigns').put(campaign)
            for (const r of rows) {
              tx.objectStore('deskRoster').put(r.roster)
              if (r.head) tx.objectStore('deskSubmissions').put(r.head)
              if (r.content) tx.objectStore('deskContents').put(r.content)
            }
            tx.oncomplete = () => {
              db.close()
              resolve('ok')
            }
            tx.onerror = () => resolve(`write failed: ${String(tx.error)}`)
          }
        }),
      { meta, campaign, rows: deskRows(root) },
    )
    if (result !== 'ok') throw new NotMeasured(`could not seed the desk: ${String(result)}`)
    await ctx.storageState({ path: statePath, indexedDB: true })
  } finally {
    await ctx.close()
  }
}

/** Notes in `window.__rank` the first frame that shows a ranked row, and the first frame after a change of the list. */
function installProbe() {
  const w = /** @type {any} */ (window)
  w.__rank = { shown: null, changedAt: null, changed: null }
  let pending = false
  const check = (/** @type {number} */ t) => {
    pending = false
    if (w.__rank.shown === null && document.querySelector('[data-testid="ranking-row"]')) w.__rank.shown = t
    if (w.__rank.changedAt !== null && w.__rank.changed === null) w.__rank.changed = t
  }
  new MutationObserver((records) => {
    if (w.__rank.armed && records.some((r) => r.target instanceof Element && r.target.closest('[data-testid="ranking-list"]'))) {
      w.__rank.armed = false
      w.__rank.changedAt = performance.now()
    }
    if (!pending) {
      pending = true
      requestAnimationFrame(check)
    }
  }).observe(document, { childList: true, subtree: true, characterData: true })
}

/** @type {import('../lib/figure.mjs').Figure} */
export default {
  id: 'rankings',
  title: `rankings of ${N.toLocaleString('en')} schools: rank and show (vs a bare sort), a filter, the xlsx workbook`,
  rows: [
    { label: RANKED, unit: 'ms', budget: null },
    { label: FILTER, unit: 'ms', budget: null },
    { label: XLSX, unit: 'ms', budget: null },
    { label: XLSX_BYTES, unit: 'KB', budget: null },
  ],
  async measure(ctx) {
    const app = ctx.app()
    const statePath = join(ctx.out, 'rankings-state.json')
    ctx.log(`seeding ${N} schools on the desk`)
    await withTimeout(seedRankings(ctx.browser, app.url, ctx.root, statePath), 180_000, 'seeding the desk')
    const rows = deskRows(ctx.root)
    const totals = rows.map((r) => ({
      name: r.roster.name,
      total: r.content ? r.content.content.answers.reduce((/** @type {number} */ s, /** @type {{ value: number | boolean }} */ a) => s + (typeof a.value === 'number' ? a.value : a.value ? 1 : 0), 0) : -1,
    }))

    const pairs = await ctx.interleave('rankings', ctx.runs(3, 1), async () => {
      const c = await newPhoneContext(ctx.browser)
      try {
        const page = await c.newPage()
        await throttle(page, { network: false })
        await page.goto(`${app.url}/settings`, { waitUntil: 'load' })
        return await page.evaluate((totals) => {
          const t0 = performance.now()
          const collator = new Intl.Collator('vi')
          const sorted = [...totals].sort((a, b) => b.total - a.total || collator.compare(a.name, b.name))
          return { ms: performance.now() - t0, n: sorted.length }
        }, totals)
      } finally {
        await withTimeout(c.close(), 15_000, 'closing context').catch(() => {})
      }
    }, async () => {
      const c = await newPhoneContext(ctx.browser, statePath)
      try {
        const page = await c.newPage()
        await page.addInitScript(installProbe)
        await throttle(page, { network: false })
        await page.goto(`${app.url}/desk`, { waitUntil: 'load' })
        const link = page.locator('[data-testid="desk-rankings"]')
        await link.waitFor({ state: 'visible', timeout: 120_000 })
        const clicked = await page.evaluate(() => performance.now())
        await link.click()
        await page.waitForFunction(() => /** @type {any} */ (window).__rank.shown !== null, undefined, { timeout: 300_000, polling: 100 })
        const shown = await page.evaluate(() => /** @type {any} */ (window).__rank.shown)
        const options = await page.locator('[data-testid="ranking-kind"] option').allTextContents()
        if (!options.some((o) => o.includes(`(${N})`))) throw new Error(`the kinds offered are ${options.join(', ')}: not all ${N} schools`)

        // One kind: the list must change.
        await page.evaluate(() => {
          const w = /** @type {any} */ (window)
          const select = /** @type {HTMLSelectElement} */ (document.querySelector('[data-testid="ranking-kind"]'))
          w.__rank.armed = true
          w.__rank.filterAt = performance.now()
          select.value = 'thcs'
          select.dispatchEvent(new Event('change'))
        })
        await page.waitForFunction(() => /** @type {any} */ (window).__rank.changed !== null, undefined, { timeout: 120_000, polling: 50 })
        const filter = await page.evaluate(() => {
          const r = /** @type {any} */ (window).__rank
          return r.changed - r.filterAt
        })

        // The workbook (every kind's sheet, whatever the kind shown).
        const download = page.waitForEvent('download', { timeout: 300_000 })
        const before = await page.evaluate(() => performance.now())
        await page.locator('[data-testid="export-xlsx"]').click()
        const file = await download
        const after = await page.evaluate(() => performance.now())
        const path = join(ctx.out, 'rankings.xlsx')
        await file.saveAs(path)
        return { ranked: shown - clicked, filter, xlsx: after - before, bytes: readFileSync(path).length }
      } finally {
        await withTimeout(c.close(), 15_000, 'closing context').catch(() => {})
      }
    })
    if (pairs.some((p) => p.base.n !== N)) ctx.note(`rankings: the baseline sorted ${pairs[0]?.base.n} rows, not ${N}`)
    return {
      rows: [
        row(RANKED, 'ms', pairs.map((p) => p.app.ranked), {
          baseline: pairs.map((p) => p.base.ms),
          baselineName: 'bare sort',
          pairRatios: pairs.map((p) => p.app.ranked / Math.max(p.base.ms, 0.1)),
        }),
        row(FILTER, 'ms', pairs.map((p) => p.app.filter)),
        row(XLSX, 'ms', pairs.map((p) => p.app.xlsx)),
        row(XLSX_BYTES, 'KB', pairs.map((p) => p.app.bytes / 1024)),
      ],
      details: [
        `The ${N.toLocaleString('en')} schools (${SUBMITTED.toLocaleString('en')} submitted on ${SET_ID} ${SET_VERSION}, answers drawn at random; ${(N - SUBMITTED).toLocaleString('en')} not submitted) are written straight into the desk's tables. "Ranked and shown" runs from the click on the desk's link to the first frame with a ranked row (the rankings screen's code is loaded then too); the bare sort is the same totals and names sorted by total, then name (Vietnamese collation), in the same kind of page. The workbook row runs from the click on "xlsx" to the download starting.`,
      ],
    }
  },
}
