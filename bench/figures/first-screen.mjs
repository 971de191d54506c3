// The JS and CSS the first screen requests, against the bare Vue 3 + Dexie page. Each file the page
// requests is looked up in the build output and gzip-compressed here (zlib level 9), so the figure
// does not depend on how the server compresses; the bytes actually transferred (vite preview
// compresses too) are kept as well. Bytes do not depend on the machine's load.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { newPhoneContext } from '../lib/browser.mjs'
import { row } from '../lib/figure.mjs'
import { filesTable } from '../lib/report.mjs'

const LABEL = 'first screen `/` JS+CSS (gzip)'
const BUDGET = { maxRatio: 2 }

/** @type {import('../lib/figure.mjs').Figure} */
export default {
  id: 'first-screen',
  title: 'JS+CSS (gzip) the first screen `/` loads, against the bare Vue 3 + Dexie page',
  rows: [{ label: LABEL, unit: 'KB', budget: BUDGET }],
  loadMatters: false,
  async measure(ctx) {
    const app = ctx.app()
    const bare = ctx.bare()
    const pairs = await ctx.interleave('first-screen bytes', ctx.runs(3, 1), () => firstScreenBytes(ctx.browser, `${bare.url}/`, bare.dist), () =>
      firstScreenBytes(ctx.browser, `${app.url}/`, app.dist),
    )
    const last = pairs[pairs.length - 1]
    if (!last) return { rows: [] }
    const details = ['### First screen `/`: JS and CSS it requests', '', filesTable(last.app.files), '']
    if (last.app.workerScripts.length)
      details.push(`Not counted (service-worker scripts): ${last.app.workerScripts.map((p) => `\`${p}\``).join(', ')}.`, '')
    details.push('### Bare Vue 3 + Dexie page', '', filesTable(last.base.files), '')
    const pre = precacheBytes(app.dist, last.app.files.map((f) => f.path))
    if (pre)
      details.push(
        '### Precached by the service worker, not loaded by the first screen',
        '',
        `The service worker precaches ${pre.entries} files, ${(pre.gzip / 1024).toFixed(1)} KB gzip in all. The largest JS/CSS the first screen does not load:`,
        '',
        filesTable(pre.lazy.slice(0, 12)),
        '',
      )
    return {
      rows: [
        row(LABEL, 'KB', pairs.map((p) => p.app.gzip / 1024), {
          baseline: pairs.map((p) => p.base.gzip / 1024),
          baselineName: 'bare Vue+Dexie',
          budget: BUDGET,
          pairRatios: pairs.map((p) => p.app.gzip / p.base.gzip),
        }),
      ],
      details,
    }
  },
}

/** @param {string} file */
export const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length

/** Service-worker scripts are fetched by the browser for the worker, not used by the screen. */
const isWorkerScript = (/** @type {string} */ path) => path === '/sw.js' || /^\/workbox-[^/]*\.js$/.test(path)

/**
 * @typedef {{ path: string, raw: number, gzip: number, transfer: number | null }} FileBytes
 * @typedef {{ files: FileBytes[], gzip: number, raw: number, workerScripts: string[] }} FirstScreen
 */

/**
 * Loads `url` once in a fresh context and sums the JS/CSS it requested.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {string} distDir
 * @returns {Promise<FirstScreen>}
 */
export async function firstScreenBytes(browser, url, distDir) {
  const ctx = await newPhoneContext(browser)
  try {
    const page = await ctx.newPage()
    /** @type {import('playwright-core').Request[]} */
    const requests = []
    page.on('requestfinished', (req) => requests.push(req))
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {})
    /** @type {FileBytes[]} */
    const files = []
    const workerScripts = []
    const origin = new URL(url).origin
    for (const req of requests) {
      const u = new URL(req.url())
      if (u.origin !== origin || !/\.(js|css)$/.test(u.pathname)) continue
      if (isWorkerScript(u.pathname)) {
        workerScripts.push(u.pathname)
        continue
      }
      const file = join(distDir, decodeURIComponent(u.pathname))
      if (!existsSync(file) || files.some((f) => f.path === u.pathname)) continue
      const sizes = await req.sizes().catch(() => null)
      files.push({
        path: u.pathname,
        raw: readFileSync(file).length,
        gzip: gzipSize(file),
        transfer: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : null,
      })
    }
    files.sort((a, b) => b.gzip - a.gzip)
    return {
      files,
      gzip: files.reduce((s, f) => s + f.gzip, 0),
      raw: files.reduce((s, f) => s + f.raw, 0),
      workerScripts,
    }
  } finally {
    await ctx.close()
  }
}

/**
 * Everything the service worker precaches (from the generated sw.js), gzip-compressed: the
 * download a first visit triggers in the background, and the JS chunks the first screen does not load.
 * @param {string} distDir
 * @param {string[]} firstScreenPaths
 */
export function precacheBytes(distDir, firstScreenPaths) {
  const swFile = join(distDir, 'sw.js')
  if (!existsSync(swFile)) return null
  const sw = readFileSync(swFile, 'utf8')
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1] ?? '')
  let gzip = 0
  /** @type {FileBytes[]} */
  const lazy = []
  for (const u of urls) {
    const file = join(distDir, u)
    if (!existsSync(file)) continue
    const g = gzipSize(file)
    gzip += g
    if (/\.(js|css)$/.test(u) && !firstScreenPaths.includes(`/${u}`))
      lazy.push({ path: `/${u}`, raw: readFileSync(file).length, gzip: g, transfer: null })
  }
  lazy.sort((a, b) => b.gzip - a.gzip)
  return { entries: urls.length, gzip, lazy }
}
