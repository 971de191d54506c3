// The results: a table on the console, bench/RESULTS.md (full runs only), and raw JSON in .bench/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { CPU_RATE } from './browser.mjs'
import { HEADER, cells, fmt, metOf, verdict } from './figure.mjs'
import { CORES } from './load.mjs'
import { SET_ID, SET_VERSION } from './seed.mjs'

/**
 * @typedef {object} Results
 * @property {import('./figure.mjs').Row[]} rows
 * @property {string[]} details sections under the table (markdown)
 * @property {string[]} notes
 * @property {{ figure: string, load: import('./load.mjs').Load, counted: boolean }[]} loads
 * @property {Record<string, string>} facts
 * @property {boolean} full every figure, full runs: replaces bench/RESULTS.md
 * @property {number} started
 */

/** The machine and the tools, for the head of the results. @param {string} root */
export function machineFacts(root) {
  /** @type {Record<string, string>} */
  const facts = {
    cores: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}`,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    loadStart: os.loadavg()[0]?.toFixed(1) ?? '?',
  }
  for (const pkg of ['vite', 'lighthouse', 'playwright-core', 'vue', 'dexie']) {
    try {
      facts[pkg] = /** @type {{ version: string }} */ (JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8'))).version
    } catch {
      facts[pkg] = 'not installed'
    }
  }
  return facts
}

/** @param {string[][]} rows */
function plainTable(rows) {
  const widths = HEADER.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)))
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd()).join('\n')
}

/** @param {import('./figure.mjs').Row[]} rows */
export function consoleTable(rows) {
  // Reasons for "not measured" are listed under the table, to keep its columns narrow.
  const body = rows.map((r) => {
    const c = cells(r)
    if (r.notMeasured) c[1] = 'not measured (below)'
    return c
  })
  const header = HEADER
  const sep = HEADER.map(() => '')
  const all = [header, sep, ...body]
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)))
  all[1] = widths.map((w) => '-'.repeat(w))
  return plainTable(all)
}

/** @param {string} s */
const md = (s) => s.replace(/\|/g, '\\|')

/** @param {import('./figure.mjs').Row[]} rows */
export function markdownTable(rows) {
  const lines = [`| ${HEADER.join(' | ')} |`, `|${HEADER.map(() => '---').join('|')}|`]
  for (const r of rows) {
    const c = cells(r)
    if (r.notMeasured || !r.value) lines.push(`| ${md(c[0] ?? '')} | ${md(c[1] ?? '')} | | | | | | ${md(c[7] ?? '')} | – |`)
    else lines.push(`| ${c.map(md).join(' | ')} |`)
  }
  return lines.join('\n')
}

/**
 * @param {{ path: string, raw: number, gzip: number, transfer: number | null }[]} files
 */
export function filesTable(files) {
  const lines = ['| file | gzip -9 | raw | transferred |', '|---|---|---|---|']
  for (const f of files)
    lines.push(`| \`${f.path}\` | ${fmt(f.gzip / 1024, 'KB')} | ${fmt(f.raw / 1024, 'KB')} | ${f.transfer === null ? '–' : fmt(f.transfer / 1024, 'KB')} |`)
  return lines.join('\n')
}

/** "figure: reason" for every row that was not measured. @param {import('./figure.mjs').Row[]} rows */
export function notMeasuredList(rows) {
  return rows.filter((r) => r.notMeasured).map((r) => `${r.figure}: not measured: ${r.notMeasured ?? ''}`)
}

/** One line per figure: how busy the machine was while it ran. @param {Results} r */
function loadTable(r) {
  const n = (/** @type {number | null} */ x) => (x === null ? '?' : x.toFixed(1))
  const lines = [
    '| figure | took | load (1 min) before → after | runnable tasks during | other processes (cores) | the bench (cores) | noisy |',
    '|---|---|---|---|---|---|---|',
  ]
  for (const { figure, load: l, counted } of r.loads)
    lines.push(
      `| ${figure} | ${l.seconds.toFixed(0)} s | ${n(l.before)} → ${n(l.after)} | ${n(l.during)} | ${n(l.others)} | ${n(l.ours)} | ${l.noisy ? (counted ? 'yes' : 'yes (does not matter: bytes)') : 'no'} |`,
    )
  return lines.join('\n')
}

/** @param {Results} r */
function verdictLine(r) {
  const over = r.rows.filter((x) => metOf(x) === false && !x.noisy).map((x) => x.figure)
  const noisy = r.rows.filter((x) => verdict(x) === 'noisy').map((x) => x.figure)
  return [
    over.length ? `Over budget: ${over.join('; ')}.` : 'Every measured figure with a budget is within it, or noisy.',
    noisy.length ? `Noisy (over budget while the machine was busier than its ${CORES} cores; measure again on a quieter machine): ${noisy.join('; ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ')
}

/** The table and the verdict on the console. @param {Results} r */
export function printResults(r) {
  console.log(`\n${consoleTable(r.rows)}\n`)
  for (const line of notMeasuredList(r.rows)) console.log(line)
  console.log(verdictLine(r))
  for (const n of r.notes) console.log(`note: ${n}`)
  console.log(`bench took ${((Date.now() - r.started) / 1000).toFixed(0)} s; load average (1 min) at start ${r.facts.loadStart ?? '?'}, at end ${r.facts.loadEnd ?? '?'}`)
}

/**
 * Raw JSON in .bench/ (always), and bench/RESULTS.md for a full run (a partial one goes to
 * .bench/RESULTS-partial.md, so the committed table always comes from one whole run).
 * @param {Results} r
 * @param {{ root: string, out: string }} where
 */
export function writeResults(r, where) {
  const seconds = (Date.now() - r.started) / 1000
  const date = new Date().toISOString()
  const f = r.facts
  const busy = (/** @type {string | undefined} */ x) => (Number(x) > CORES ? ` (busy: more than the ${CORES} cores)` : '')
  const md = [
    '# Bench results',
    '',
    `Latest \`npm run bench\`: ${date.slice(0, 16).replace('T', ' ')} UTC, took ${seconds.toFixed(0)} s. How it measures: [README.md](README.md).`,
    '',
    `Machine: ${f.cores ?? '?'}, ${f.memory ?? '?'} RAM; ${f.chromium ?? 'Chromium not started'}; Node ${f.node ?? '?'}; ` +
      `Lighthouse ${f.lighthouse ?? '?'}; Vite ${f.vite ?? '?'}; playwright-core ${f['playwright-core'] ?? '?'}. ` +
      `App built with: ${f.build ?? '?'}. Load average (1 min) at start ${f.loadStart ?? '?'}${busy(f.loadStart)}, at end ${f.loadEnd ?? '?'}${busy(f.loadEnd)}.`,
    '',
    `Conditions: Playwright's Pixel 7 profile; CPU slowed ${CPU_RATE}× (\`Emulation.setCPUThrottlingRate\`) for every timed browser figure ` +
      "(the page's main thread only: Chromium refuses to slow workers, where the photo pipeline runs); " +
      'slow 4G (400 ms RTT, 1.6 Mbit/s down, 750 kbit/s up) for the online cold start, from `vite preview` (HTTP/1.1). ' +
      `Seeded data: one school and one assessment on ${SET_ID} ${SET_VERSION}, every row answered except the toggled one. ` +
      'A figure with a baseline is measured interleaved with it and judged by the median of its pairs\' ratios.',
    '',
    markdownTable(r.rows),
    '',
    verdictLine(r),
    '',
    '### Load during each figure',
    '',
    `"Noisy": more tasks wanted to run than there are cores (${CORES}), on average over the figure; a noisy figure over its budget is not judged.`,
    '',
    loadTable(r),
    '',
    ...r.details,
    ...(r.notes.length ? ['### Notes from this run', '', ...r.notes.map((n) => `- ${n.replace(/\|/g, '\\|')}`), ''] : []),
  ].join('\n')
  mkdirSync(where.out, { recursive: true })
  writeFileSync(r.full ? join(where.root, 'bench', 'RESULTS.md') : join(where.out, 'RESULTS-partial.md'), md)
  const json = JSON.stringify({ date, seconds, facts: f, rows: r.rows, loads: r.loads, notes: r.notes }, null, 2)
  writeFileSync(join(where.out, `results-${date.replace(/[:.]/g, '-')}.json`), json)
  writeFileSync(join(where.out, 'latest.json'), json)
}
