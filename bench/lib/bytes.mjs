// Figure 1: the JS and CSS the first screen requests. Each file the page requests is looked up in
// the build output and gzip-compressed here (zlib level 9), so the figure does not depend on how the
// server compresses; the bytes actually transferred (vite preview compresses too) are kept as well.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { newPhoneContext } from './browser.mjs'

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
