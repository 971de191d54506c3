// `npm run bench`: builds the app and a bare Vue 3 + Dexie baseline page, serves both with
// `vite preview`, drives Debian Chromium (CPU slowed 4×, slow 4G where it applies) through the
// figures listed in bench/figures/index.mjs — each one measured interleaved with its baseline where it
// has one, with the machine's load watched meanwhile — and prints a table. Budgets are reported as
// met / not met / noisy, never asserted: the bench always exits 0. A full run writes
// bench/RESULTS.md; every run writes raw JSON to .bench/. How it works: bench/README.md.
//
//   npm run bench                       every figure
//   npm run bench -- --list             the figures, with their ids
//   npm run bench -- --only offline-start,answers   only these (ids or numbers)
//   npm run bench -- --quick            fewer runs (for working on the bench)
//   npm run bench -- --skip-build       measure dist/ and .bench/bare-dist/ as they are
import { mkdirSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FIGURES } from './figures/index.mjs'
import { launch, withTimeout } from './lib/browser.mjs'
import { buildApp, buildBare, BARE_CONFIG } from './lib/build.mjs'
import { makeContext } from './lib/context.mjs'
import { NotMeasured, notMeasuredRow } from './lib/figure.mjs'
import { loadText, watchLoad } from './lib/load.mjs'
import { endAll, endAllSync, startPreview } from './lib/proc.mjs'
import { machineFacts, printResults, writeResults } from './lib/report.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const OUT = join(ROOT, '.bench')
/** The whole bench is ended (with a partial report) if it runs longer than this. */
const WATCHDOG_MS = 25 * 60_000

const USAGE = `npm run bench [-- --list | --only <id|number>[,…] | --quick | --skip-build]`

/** @param {string[]} argv */
function parseArgs(argv) {
  const o = { list: false, only: /** @type {string[]} */ ([]), quick: false, skipBuild: false, help: false }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? ''
    if (a === '--list') o.list = true
    else if (a === '--quick') o.quick = true
    else if (a === '--skip-build') o.skipBuild = true
    else if (a === '--help' || a === '-h') o.help = true
    else if (a === '--only' || a.startsWith('--only=')) {
      const v = a === '--only' ? (argv[++i] ?? '') : a.slice('--only='.length)
      o.only.push(...v.split(',').map((x) => x.trim()).filter(Boolean))
    } else throw new Error(`unknown option ${a}; usage: ${USAGE}`)
  }
  return o
}

const args = parseArgs(process.argv.slice(2))
if (args.help || args.list) {
  if (args.help) console.log(`usage: ${USAGE}\n`)
  FIGURES.forEach((f, i) => console.log(`${String(i + 1).padStart(2)}. ${f.id.padEnd(16)} ${f.title}`))
  process.exit(0)
}
const chosen = FIGURES.map((f, i) => ({ figure: f, n: i + 1 })).filter(
  ({ figure, n }) => args.only.length === 0 || args.only.includes(figure.id) || args.only.includes(String(n)),
)
const unknown = args.only.filter((x) => !FIGURES.some((f, i) => f.id === x || String(i + 1) === x))
if (unknown.length) {
  console.error(`no figure ${unknown.join(', ')}; the figures are:`)
  FIGURES.forEach((f, i) => console.error(`${String(i + 1).padStart(2)}. ${f.id}`))
  process.exit(1)
}
/** A full run replaces bench/RESULTS.md; a partial or quick one writes only to .bench/. */
const FULL = args.only.length === 0 && !args.quick && !args.skipBuild

const started = Date.now()
/** @type {import('./lib/report.mjs').Results} */
const results = { rows: [], details: [], notes: [], loads: [], facts: machineFacts(ROOT), full: FULL, started }

/** Replaces machine paths in text that ends up in the results. @param {string} s */
const clean = (s) => s.split(ROOT).join('').split(os.tmpdir()).join('<tmp>')
/** @param {unknown} e */
const message = (e) => clean(e instanceof Error ? e.message : String(e)).split('\n')[0]?.slice(0, 300) ?? ''
/** @param {string} s */
const log = (s) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}`)
/** @param {string} s */
const note = (s) => void results.notes.push(s)

/** Row labels as numbered in the table: `6b. record PDF …` (a letter only when a figure has several rows). */
function label(/** @type {number} */ n, /** @type {import('./lib/figure.mjs').Figure} */ f, /** @type {string} */ rowLabel) {
  const i = f.rows.findIndex((r) => r.label === rowLabel)
  const letter = f.rows.length > 1 ? String.fromCharCode(97 + Math.max(0, i)) : ''
  return `${n}${letter}. ${rowLabel}`
}

/**
 * Measures one figure with the load watched; on failure its rows say "not measured: why".
 * @param {import('./lib/context.mjs').Context} ctx
 * @param {import('./lib/figure.mjs').Figure} f
 * @param {number} n
 */
async function measureFigure(ctx, f, n) {
  const watch = watchLoad()
  log(`${n}. ${f.id}: ${f.title}`)
  log(`${n}. ${f.id}: before: load ${os.loadavg()[0]?.toFixed(1) ?? '?'} (1 min)`)
  /** @type {import('./lib/figure.mjs').Row[]} */
  let rows
  try {
    const got = await f.measure(ctx)
    rows = got.rows.map((r) => ({ ...r, figure: label(n, f, r.figure) }))
    results.details.push(...(got.details ?? []))
  } catch (e) {
    const reason = e instanceof NotMeasured ? clean(e.message) : `error: ${message(e)}`
    rows = f.rows.map((r) => notMeasuredRow(label(n, f, r.label), r.unit, reason, r.budget ?? null))
    log(`${n}. ${f.id}: not measured: ${reason}`)
  }
  const load = watch.stop()
  const noisy = load.noisy && f.loadMatters !== false
  for (const r of rows) if (noisy && r.value) r.noisy = true
  results.rows.push(...rows)
  results.loads.push({ figure: `${n}. ${f.id}`, load, counted: f.loadMatters !== false })
  log(`${n}. ${f.id}: after: ${loadText(load)}${noisy ? '' : load.noisy ? ' (bytes: load does not matter)' : ''}`)
}

async function main() {
  mkdirSync(OUT, { recursive: true })
  /** @type {string | null} */
  let appBuilt = 'the existing dist/ (--skip-build)'
  let bareBuilt = true
  if (!args.skipBuild) {
    appBuilt = await buildApp({ root: ROOT, out: OUT, log, note, clean }).catch((e) => {
      note(message(e))
      return null
    })
    bareBuilt = await buildBare({ root: ROOT, out: OUT, log })
    if (!bareBuilt) note('the bare baseline page did not build (see .bench/build-bare.log)')
  }
  results.facts.build = appBuilt ?? 'failed'

  /** @type {{ url: string, stop: () => Promise<void> } | null} */
  let appServer = null
  /** @type {{ url: string, stop: () => Promise<void> } | null} */
  let bareServer = null
  /** @type {import('playwright-core').Browser | null} */
  let browser = null
  try {
    /** @param {Promise<{ url: string, stop: () => Promise<void> }>} p */
    const served = (p) =>
      p.catch((e) => {
        note(message(e))
        return null
      })
    if (appBuilt) appServer = await served(startPreview({ root: ROOT, name: 'app', logFile: join(OUT, 'preview-app.log') }))
    if (bareBuilt)
      bareServer = await served(startPreview({ root: ROOT, configFile: BARE_CONFIG, name: 'bare', logFile: join(OUT, 'preview-bare.log') }))
    browser = await launch()
    results.facts.chromium = `Chromium ${browser.version()} (/usr/bin/chromium)`
    log(`serving app at ${appServer?.url ?? '–'}, bare page at ${bareServer?.url ?? '–'}; ${results.facts.chromium}`)
    const ctx = makeContext({
      browser,
      root: ROOT,
      out: OUT,
      quick: args.quick,
      app: appServer ? { url: appServer.url, dist: join(ROOT, 'dist') } : null,
      bare: bareServer ? { url: bareServer.url, dist: join(OUT, 'bare-dist') } : null,
      appProblem: 'the app was not built or not served',
      bareProblem: 'the bare baseline page was not built or not served',
      log,
      note,
      message,
    })
    for (const { figure, n } of chosen) await measureFigure(ctx, figure, n)
  } finally {
    await withTimeout(browser?.close() ?? Promise.resolve(), 20_000, 'closing the browser').catch(() => {})
    await appServer?.stop()
    await bareServer?.stop()
    await endAll()
  }
}

let reported = false
function finish() {
  if (reported) return
  reported = true
  try {
    results.facts.loadEnd = os.loadavg()[0]?.toFixed(1) ?? '?'
    printResults(results)
    writeResults(results, { root: ROOT, out: OUT })
  } catch (e) {
    console.error(`could not write the report: ${message(e)}`)
  }
}

process.on('exit', endAllSync)
for (const sig of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(sig, () => {
    endAllSync()
    process.exit(130)
  })
}
process.on('unhandledRejection', (e) => note(`unhandled: ${message(e)}`))
const watchdog = setTimeout(() => {
  note(`the bench was stopped after ${WATCHDOG_MS / 60_000} minutes`)
  finish()
  endAllSync()
  process.exit(0)
}, WATCHDOG_MS)
watchdog.unref()

try {
  await main()
} catch (e) {
  note(`bench error: ${message(e)}`)
  console.error(e)
} finally {
  clearTimeout(watchdog)
  finish()
}
process.exit(0)
