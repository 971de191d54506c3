// `npm run bench`: builds the app and a bare Vue 3 + Dexie baseline page, serves both with
// `vite preview`, drives Debian Chromium (CPU slowed 4×, slow 4G where it applies) and prints a
// table of the performance figures of the design's budgets, each beside a baseline measured in the
// same run where one exists. Budgets are reported as met / not met, never asserted: the bench
// always exits 0. Writes bench/RESULTS.md and raw JSON to .bench/. How it works: bench/README.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { answerRun } from '../bench/lib/answers.mjs'
import { CPU_RATE, launch, withTimeout } from '../bench/lib/browser.mjs'
import { firstScreenBytes, precacheBytes } from '../bench/lib/bytes.mjs'
import { PDF_PHOTOS, photoRun, recordPdfRun } from '../bench/lib/evidence.mjs'
import { NotMeasured, metOf, notMeasuredRow, row } from '../bench/lib/figure.mjs'
import { installability, lighthouseRun } from '../bench/lib/lighthouse.mjs'
import { endAll, endAllSync, run, startPreview } from '../bench/lib/proc.mjs'
import { consoleTable, filesTable, markdownTable, notMeasuredList } from '../bench/lib/report.mjs'
import { FIRST_INPUT, SET_ID, SET_VERSION, seed } from '../bench/lib/seed.mjs'
import { coldOnline, offlineFromWorker } from '../bench/lib/startup.mjs'
import { median, percentile } from '../bench/lib/stats.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const OUT = join(ROOT, '.bench')
const DIST = join(ROOT, 'dist')
const BARE_DIST = join(OUT, 'bare-dist')
const BARE_CONFIG = 'bench/bare/vite.config.mjs'
const BARE_INPUT = '#bare-input'
const QUICK = process.env.BENCH_QUICK === '1'
/** Runs per figure (BENCH_QUICK=1: fewer, for working on the bench itself). */
const RUNS = QUICK
  ? { bytes: 1, startup: 2, startupBare: 1, answers: 1, changes: 40, photo: 1, pdf: 1, lighthouse: 1 }
  : { bytes: 3, startup: 5, startupBare: 3, answers: 3, changes: 200, photo: 3, pdf: 3, lighthouse: 3 }
/** No further run of the record PDF is started once its runs have taken this long. */
const PDF_TIME_MS = 45_000
/** BENCH_ONLY=1,3: only these figures (for working on the bench itself). */
const ONLY = new Set((process.env.BENCH_ONLY ?? '').split(',').map((x) => x.trim()).filter(Boolean))
const wanted = (/** @type {string} */ n) => ONLY.size === 0 || ONLY.has(n)
/** BENCH_SKIP_BUILD=1: measure the builds already in dist/ and .bench/bare-dist/. */
const SKIP_BUILD = process.env.BENCH_SKIP_BUILD === '1'
/** Pause after each answer change has shown as saved, so the next starts on a settled page (a fast tapper). */
const GAP_MS = 50
/** Pause between the baseline's raw puts. */
const RAW_GAP_MS = 10
/** The whole bench is ended (with a partial report) if it runs longer than this. */
const WATCHDOG_MS = 15 * 60_000

const started = Date.now()
/** @type {import('../bench/lib/figure.mjs').Row[]} */
const rows = []
/** @type {Record<string, unknown>} */
const raw = { runs: RUNS }
/** @type {string[]} */
const notes = []
/** @type {Record<string, string>} */
const facts = {}
/** @type {string[]} */
const details = []

/** Replaces machine paths in text that ends up in the results. @param {string} s */
const clean = (s) => s.split(ROOT).join('').split(os.tmpdir()).join('<tmp>')
/** @param {unknown} e */
const message = (e) => clean(e instanceof Error ? e.message : String(e)).split('\n')[0]?.slice(0, 300) ?? ''
/** @param {string} s */
const log = (s) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${s}`)

/**
 * Runs `fn` `n` times; a failed run is noted and skipped; throws when every run failed. With
 * `maxMs`, no further run starts once the runs so far have taken that long.
 * @template T
 * @param {string} what
 * @param {number} n
 * @param {(i: number) => Promise<T>} fn
 * @param {number} [maxMs]
 * @returns {Promise<T[]>}
 */
async function repeat(what, n, fn, maxMs = Infinity) {
  /** @type {T[]} */
  const out = []
  /** @type {unknown} */
  let last
  const begin = Date.now()
  for (let i = 0; i < n; i++) {
    if (i > 0 && Date.now() - begin > maxMs) {
      log(`${what}: ${i} run(s) only, to keep the bench short`)
      break
    }
    try {
      out.push(await fn(i))
    } catch (e) {
      if (e instanceof NotMeasured) throw e
      last = e
      notes.push(`${what}, run ${i + 1}: ${message(e)}`)
      log(`${what}, run ${i + 1} failed: ${message(e)}`)
    }
  }
  if (out.length === 0) throw last instanceof Error ? last : new Error(String(last))
  return out
}

/**
 * Runs one figure; on failure adds "not measured" rows for it instead.
 * @param {{ figure: string, unit: import('../bench/lib/figure.mjs').Unit, budget?: import('../bench/lib/figure.mjs').Budget | null }[]} planned
 * @param {() => Promise<void>} fn
 */
async function figure(planned, fn) {
  if (!wanted(planned[0]?.figure.match(/^\d+/)?.[0] ?? '')) return
  const before = rows.length
  try {
    await fn()
  } catch (e) {
    rows.splice(before)
    const reason = e instanceof NotMeasured ? clean(e.message) : `error: ${message(e)}`
    for (const p of planned) rows.push(notMeasuredRow(p.figure, p.unit, reason, p.budget ?? null))
    log(`${planned[0]?.figure ?? 'figure'}: not measured: ${reason}`)
  }
}

/** Builds the app; falls back to `vite build` alone when only the type-check fails. */
async function buildApp() {
  log('building the app (npm run build)')
  const npm = await run('npm', ['run', 'build'], { cwd: ROOT, logFile: join(OUT, 'build-app.log'), timeoutMs: 5 * 60_000 })
  if (npm.code === 0) return 'npm run build'
  const why = npm.timedOut ? 'timed out' : 'failed'
  const firstError = npm.output.split('\n').find((l) => /error/i.test(l)) ?? ''
  notes.push(`npm run build ${why}: ${clean(firstError).slice(0, 200)}`)
  log(`npm run build ${why}; trying vite build alone`)
  const vite = await run(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
    cwd: ROOT,
    logFile: join(OUT, 'build-app-vite.log'),
    timeoutMs: 5 * 60_000,
  })
  if (vite.code === 0) return `vite build (npm run build ${why}, see notes)`
  throw new Error(`the app did not build (npm run build ${why}; vite build failed too, see .bench/build-app-vite.log)`)
}

async function main() {
  mkdirSync(OUT, { recursive: true })
  facts.cores = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}`
  facts.memory = `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`
  facts.node = process.version
  facts.loadStart = loadText()
  for (const pkg of ['vite', 'lighthouse', 'playwright-core', 'vue', 'dexie']) {
    try {
      const p = /** @type {{ version: string }} */ (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')))
      facts[pkg] = p.version
    } catch {
      facts[pkg] = 'not installed'
    }
  }

  /** @type {string | null} */
  let appBuild = null
  try {
    appBuild = SKIP_BUILD ? 'the existing dist/ (BENCH_SKIP_BUILD=1)' : await buildApp()
    facts.build = appBuild
  } catch (e) {
    notes.push(message(e))
    facts.build = 'failed'
  }
  log('building the bare baseline page')
  const bare = SKIP_BUILD
    ? { code: 0 }
    : await run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', BARE_CONFIG], {
        cwd: ROOT,
        logFile: join(OUT, 'build-bare.log'),
        timeoutMs: 3 * 60_000,
      })
  const bareBuilt = bare.code === 0 && existsSync(join(BARE_DIST, 'index.html'))
  if (!bareBuilt) notes.push('the bare baseline page did not build (see .bench/build-bare.log)')

  /** @type {{ url: string, stop: () => Promise<void> } | null} */
  let appServer = null
  /** @type {{ url: string, stop: () => Promise<void> } | null} */
  let bareServer = null
  /** @type {import('playwright-core').Browser | null} */
  let browser = null
  try {
    if (appBuild && existsSync(join(DIST, 'index.html')))
      appServer = await startPreview({ root: ROOT, name: 'app', logFile: join(OUT, 'preview-app.log') }).catch((e) => {
        notes.push(message(e))
        return null
      })
    if (bareBuilt)
      bareServer = await startPreview({ root: ROOT, configFile: BARE_CONFIG, name: 'bare', logFile: join(OUT, 'preview-bare.log') }).catch(
        (e) => {
          notes.push(message(e))
          return null
        },
      )
    browser = await launch()
    facts.chromium = `Chromium ${browser.version()} (/usr/bin/chromium)`
    log(`serving app at ${appServer?.url ?? '–'}, bare page at ${bareServer?.url ?? '–'}; ${facts.chromium}`)
    await measureAll(browser, appServer?.url ?? null, bareServer?.url ?? null)
  } finally {
    await withTimeout(browser?.close() ?? Promise.resolve(), 20_000, 'closing the browser').catch(() => {})
    await appServer?.stop()
    await bareServer?.stop()
    await endAll()
  }
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string | null} appUrl
 * @param {string | null} bareUrl
 */
async function measureAll(browser, appUrl, bareUrl) {
  const noApp = 'the app was not built or not served'
  const need = (/** @type {string | null} */ u) => {
    if (!u) throw new NotMeasured(noApp)
    return u
  }

  // 1. First-screen JS + CSS.
  /** @type {string[]} */
  let firstScreenPaths = []
  await figure([{ figure: '1. first screen `/` JS+CSS (gzip)', unit: 'KB', budget: { max: 150, maxRatio: 3 } }], async () => {
    const url = need(appUrl)
    log(`1. first-screen bytes (${RUNS.bytes} runs)`)
    const app = await repeat('first-screen bytes', RUNS.bytes, () => firstScreenBytes(browser, `${url}/`, DIST))
    const bare = bareUrl ? await repeat('bare first-screen bytes', RUNS.bytes, () => firstScreenBytes(browser, `${bareUrl}/`, BARE_DIST)) : null
    raw.firstScreen = { app, bare }
    const last = app[app.length - 1]
    firstScreenPaths = last?.files.map((f) => f.path) ?? []
    rows.push(
      row('1. first screen `/` JS+CSS (gzip)', 'KB', app.map((r) => r.gzip / 1024), {
        baseline: bare?.map((r) => r.gzip / 1024) ?? null,
        baselineName: 'bare Vue+Dexie',
        budget: { max: 150, maxRatio: 3 },
      }),
    )
    if (last) {
      details.push('### First screen `/`: JS and CSS it requests', '', filesTable(last.files), '')
      if (last.workerScripts.length) details.push(`Not counted (service-worker scripts): ${last.workerScripts.map((p) => `\`${p}\``).join(', ')}.`, '')
    }
    const bareLast = bare?.[bare.length - 1]
    if (bareLast) details.push('### Bare Vue 3 + Dexie page', '', filesTable(bareLast.files), '')
    const pre = precacheBytes(DIST, firstScreenPaths)
    if (pre) {
      raw.precache = pre
      details.push(
        `### Precached by the service worker, not loaded by the first screen`,
        '',
        `The service worker precaches ${pre.entries} files, ${(pre.gzip / 1024).toFixed(1)} KB gzip in all. The largest JS/CSS the first screen does not load:`,
        '',
        filesTable(pre.lazy.slice(0, 12)),
        '',
      )
    }
  })

  // Seeded data for figures 2–5.
  const statePath = join(OUT, 'seed-state.json')
  /** @type {string | null} */
  let seedProblem = null
  /** @type {string | null} */
  let toggledId = null
  if (appUrl && ['2', '3', '4', '5'].some(wanted)) {
    try {
      log('seeding one school and one assessment')
      const s = await withTimeout(seed(browser, appUrl, ROOT, statePath), 120_000, 'seeding')
      toggledId = s.toggled.id
    } catch (e) {
      seedProblem = e instanceof NotMeasured ? clean(e.message) : `seeding failed: ${message(e)}`
      log(seedProblem)
    }
  } else seedProblem = noApp
  const seeded = () => {
    if (seedProblem || !appUrl || !toggledId) throw new NotMeasured(seedProblem ?? noApp)
    return { url: appUrl, itemId: toggledId }
  }
  const scoreUrl = (/** @type {string} */ u) => `${u}/a/bench-assessment`

  // 2. Scoring screen usable: online cold, offline from the service worker.
  await figure([{ figure: '2a. scoring screen usable, online cold (slow 4G)', unit: 'ms' }], async () => {
    const { url } = seeded()
    log(`2a. online cold start (${RUNS.startup} runs)`)
    const app = await repeat('online cold start', RUNS.startup, () => coldOnline(browser, scoreUrl(url), FIRST_INPUT, statePath))
    const bare = bareUrl ? await repeat('bare online cold start', RUNS.startupBare, () => coldOnline(browser, `${bareUrl}/`, BARE_INPUT)) : null
    raw.coldOnline = { app, bare }
    rows.push(row('2a. scoring screen usable, online cold (slow 4G)', 'ms', app, { baseline: bare, baselineName: 'bare' }))
  })
  await figure([{ figure: '2b. scoring screen usable, offline (service worker)', unit: 'ms', budget: { max: 1000 } }], async () => {
    const { url } = seeded()
    log(`2b. offline start from the service worker (${RUNS.startup} runs)`)
    const app = await repeat('offline start', RUNS.startup, () => offlineFromWorker(browser, scoreUrl(url), FIRST_INPUT, statePath))
    const bare = bareUrl ? await repeat('bare offline start', RUNS.startupBare, () => offlineFromWorker(browser, `${bareUrl}/`, BARE_INPUT)) : null
    raw.offline = { app, bare }
    rows.push(
      row('2b. scoring screen usable, offline (service worker)', 'ms', app, { baseline: bare, baselineName: 'bare', budget: { max: 1000 } }),
    )
  })

  // 3. Answer change → committed to IndexedDB.
  const answerFigures = [
    { figure: `3a. answer → IndexedDB p50 (${RUNS.changes} changes)`, unit: /** @type {const} */ ('ms') },
    { figure: `3b. answer → IndexedDB p95 (${RUNS.changes} changes)`, unit: /** @type {const} */ ('ms'), budget: { max: 50, maxRatio: 3 } },
    { figure: '3c. answer → "Đã lưu" shown again, p95', unit: /** @type {const} */ ('ms') },
  ]
  await figure(answerFigures, async () => {
    const { url, itemId } = seeded()
    log(`3. answer commits (${RUNS.answers} runs × ${RUNS.changes} changes)`)
    const runs = await repeat('answer commits', RUNS.answers, () =>
      answerRun(browser, url, statePath, itemId, { changes: RUNS.changes, gapMs: GAP_MS, rawGapMs: RAW_GAP_MS }),
    )
    raw.answers = runs
    for (const r of runs) for (const e of r.errors.slice(0, 3)) notes.push(`answer commits: ${e}`)
    const pick = (/** @type {number[]} */ xs, /** @type {number} */ p) => (xs.length ? percentile(xs, p) : NaN)
    rows.push(
      row(answerFigures[0]?.figure ?? '', 'ms', runs.map((r) => pick(r.app, 50)), {
        baseline: runs.map((r) => pick(r.raw, 50)),
        baselineName: 'raw put',
      }),
      row(answerFigures[1]?.figure ?? '', 'ms', runs.map((r) => pick(r.app, 95)), {
        baseline: runs.map((r) => pick(r.raw, 95)),
        baselineName: 'raw put',
        budget: { max: 50, maxRatio: 3 },
      }),
      runs.some((r) => r.ui.length > 0)
        ? row(answerFigures[2]?.figure ?? '', 'ms', runs.map((r) => pick(r.ui, 95)))
        : notMeasuredRow(answerFigures[2]?.figure ?? '', 'ms', 'the save indicator never went "Đang lưu…" → saved'),
    )
  })

  // 4. One 4000×3000 JPEG → stored evidence.
  const photoFigures = [
    { figure: '4a. photo 4000×3000 → stored evidence, time', unit: /** @type {const} */ ('ms'), budget: { max: 1500 } },
    { figure: '4b. photo 4000×3000 → stored evidence, bytes', unit: /** @type {const} */ ('KB'), budget: { max: 400 } },
  ]
  await figure(photoFigures, async () => {
    const { url } = seeded()
    log(`4. photo → stored evidence (${RUNS.photo} runs)`)
    const runs = await repeat('photo evidence', RUNS.photo, () => photoRun(browser, url, statePath, ROOT))
    raw.photo = runs
    rows.push(
      row(photoFigures[0]?.figure ?? '', 'ms', runs.map((r) => r.ms), { budget: { max: 1500 } }),
      row(photoFigures[1]?.figure ?? '', 'KB', runs.map((r) => r.bytes / 1024), { budget: { max: 400 } }),
    )
  })

  // 5. The record PDF with 50 photos.
  const pdfFigures = [
    { figure: `5a. record PDF with ${PDF_PHOTOS} photos, time`, unit: /** @type {const} */ ('ms'), budget: { max: 15_000 } },
    { figure: `5b. record PDF with ${PDF_PHOTOS} photos, bytes`, unit: /** @type {const} */ ('KB') },
  ]
  await figure(pdfFigures, async () => {
    const { url } = seeded()
    log('5. record PDF')
    const runs = await repeat('record PDF', RUNS.pdf, () => recordPdfRun(browser, url, statePath, ROOT), PDF_TIME_MS)
    raw.recordPdf = runs
    rows.push(
      row(pdfFigures[0]?.figure ?? '', 'ms', runs.map((r) => r.ms), { budget: { max: 15_000 } }),
      row(pdfFigures[1]?.figure ?? '', 'KB', runs.map((r) => r.bytes / 1024)),
    )
  })

  // 6. Lighthouse and installability.
  const lhFigures = [
    { figure: '6a. Lighthouse performance (mobile)', unit: /** @type {const} */ ('score'), budget: { min: 95 } },
    { figure: '6b. Lighthouse accessibility', unit: /** @type {const} */ ('score'), budget: { min: 95 } },
    { figure: '6c. Lighthouse best practices', unit: /** @type {const} */ ('score'), budget: { min: 95 } },
  ]
  await figure(lhFigures, async () => {
    const url = need(appUrl)
    log(`6. Lighthouse (${RUNS.lighthouse} runs)`)
    const runs = await repeat('lighthouse', RUNS.lighthouse, () => lighthouseRun(`${url}/`))
    raw.lighthouse = runs
    rows.push(
      row(lhFigures[0]?.figure ?? '', 'score', runs.map((r) => r.performance), { budget: { min: 95 } }),
      row(lhFigures[1]?.figure ?? '', 'score', runs.map((r) => r.accessibility), { budget: { min: 95 } }),
      row(lhFigures[2]?.figure ?? '', 'score', runs.map((r) => r.bestPractices), { budget: { min: 95 } }),
    )
    const m = (/** @type {string} */ k) => median(runs.map((r) => r.metrics[k] ?? NaN))
    details.push(
      '### Lighthouse metrics (median)',
      '',
      `FCP ${Math.round(m('fcp'))} ms · LCP ${Math.round(m('lcp'))} ms · TBT ${Math.round(m('tbt'))} ms · CLS ${m('cls').toFixed(3)} · Speed Index ${Math.round(m('si'))} ms`,
      '',
    )
    const failing = new Map(runs.flatMap((r) => r.failing).map((f) => [`${f.category}/${f.id}`, f]))
    if (failing.size)
      details.push(
        'Audits scoring below 0.9 in some run: ' +
          [...failing.values()].map((f) => `${f.category} / ${f.title} (${f.id}, ${f.score})`).join('; ') +
          '.',
        '',
      )
  })
  await figure([{ figure: '6d. PWA installable (CDP, no errors)', unit: 'yes/no', budget: { min: 1 } }], async () => {
    const url = need(appUrl)
    log('6d. installability')
    const r = await withTimeout(installability(`${url}/`), 150_000, 'installability')
    raw.installability = r
    const errors = [...r.installabilityErrors, ...r.manifestErrors]
    rows.push(
      row('6d. PWA installable (CDP, no errors)', 'yes/no', [errors.length === 0 ? 1 : 0], {
        budget: { min: 1 },
        note: errors.join('; '),
      }),
    )
    details.push(
      '### Installability',
      '',
      `Manifest \`${new URL(r.manifestUrl || `${url}/`).pathname}\`; installability errors: ${r.installabilityErrors.join(', ') || 'none'}; manifest errors: ${r.manifestErrors.join(', ') || 'none'}.`,
      '',
    )
  })
}

/** The 1-minute load average against the core count: other work on the machine skews the times. */
function loadText() {
  const [one] = os.loadavg()
  const cores = os.cpus().length
  return `${(one ?? 0).toFixed(1)}${(one ?? 0) > cores ? ` (busy: more than the ${cores} cores)` : ''}`
}

function report() {
  const seconds = (Date.now() - started) / 1000
  facts.loadEnd = loadText()
  const table = consoleTable(rows)
  console.log(`\n${table}\n`)
  for (const line of notMeasuredList(rows)) console.log(line)
  const overBudget = rows.filter((r) => metOf(r) === false).map((r) => r.figure)
  console.log(overBudget.length ? `Over budget: ${overBudget.join('; ')}` : 'Every measured figure with a budget is within it.')
  for (const n of notes) console.log(`note: ${n}`)
  console.log(`bench took ${seconds.toFixed(0)} s; load average (1 min) at start ${facts.loadStart ?? '?'}, at end ${facts.loadEnd ?? '?'}`)
  const date = new Date().toISOString()
  const md = [
    '# Bench results',
    '',
    `Latest \`npm run bench\`: ${date.slice(0, 16).replace('T', ' ')} UTC, took ${seconds.toFixed(0)} s. How it measures: [README.md](README.md).`,
    '',
    `Machine: ${facts.cores ?? '?'}, ${facts.memory ?? '?'} RAM; ${facts.chromium ?? 'Chromium not started'}; Node ${facts.node ?? '?'}; ` +
      `Lighthouse ${facts.lighthouse ?? '?'}; Vite ${facts.vite ?? '?'}; playwright-core ${facts['playwright-core'] ?? '?'}. ` +
      `App built with: ${facts.build ?? '?'}. Load average (1 min) at start ${facts.loadStart ?? '?'}, at end ${facts.loadEnd ?? '?'}.`,
    '',
    `Conditions: Playwright's Pixel 7 profile; CPU slowed ${CPU_RATE}× (\`Emulation.setCPUThrottlingRate\`) for every timed browser figure ` +
      "(the page's main thread only: Chromium does not slow workers, where the photo pipeline runs); " +
      'slow 4G (400 ms RTT, 1.6 Mbit/s down, 750 kbit/s up) for the online cold start, from `vite preview` (HTTP/1.1). ' +
      `Seeded data: one school and one assessment on ${SET_ID} ${SET_VERSION}, every row answered except the toggled one.`,
    '',
    markdownTable(rows),
    '',
    overBudget.length ? `Over budget: ${overBudget.join('; ')}.` : 'Every measured figure with a budget is within it.',
    '',
    ...details,
    ...(notes.length ? ['### Notes from this run', '', ...notes.map((n) => `- ${n.replace(/\|/g, '\\|')}`), ''] : []),
  ].join('\n')
  writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), md)
  const json = JSON.stringify({ date, seconds, facts, rows, notes, raw }, null, 2)
  mkdirSync(OUT, { recursive: true })
  writeFileSync(join(OUT, `results-${date.replace(/[:.]/g, '-')}.json`), json)
  writeFileSync(join(OUT, 'latest.json'), json)
}

let reported = false
function finish() {
  if (reported) return
  reported = true
  try {
    report()
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
process.on('unhandledRejection', (e) => notes.push(`unhandled: ${message(e)}`))
const watchdog = setTimeout(() => {
  notes.push(`the bench was stopped after ${WATCHDOG_MS / 60_000} minutes`)
  finish()
  endAllSync()
  process.exit(0)
}, WATCHDOG_MS)
watchdog.unref()

try {
  await main()
} catch (e) {
  notes.push(`bench error: ${message(e)}`)
  console.error(e)
} finally {
  clearTimeout(watchdog)
  finish()
}
process.exit(0)
