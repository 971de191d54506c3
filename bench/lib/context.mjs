// What a figure gets from the runner: the browser, the two servers, the seeded data, and the ways
// to repeat a measurement — alone, or interleaved with its baseline.
import { withTimeout } from './browser.mjs'
import { NotMeasured } from './figure.mjs'
import { seed } from './seed.mjs'

/**
 * @typedef {{ url: string, dist: string }} Served
 * @typedef {{ statePath: string, itemId: string }} Seeded
 * @typedef {object} Context
 * @property {import('playwright-core').Browser} browser
 * @property {string} root the repository
 * @property {string} out `.bench/`, for the bench's own files
 * @property {boolean} quick fewer runs (`--quick`), for working on the bench itself
 * @property {(full: number, quick?: number) => number} runs how many runs a figure makes
 * @property {() => Served} app the app's production build and its server (throws NotMeasured without it)
 * @property {() => Served} bare the bare Vue 3 + Dexie page (throws NotMeasured without it)
 * @property {() => Promise<Seeded>} seeded one school and one assessment, saved as a storage state (made once)
 * @property {(s: string) => void} log a progress line on the console
 * @property {(s: string) => void} note a line for the notes under the table
 * @property {<T>(what: string, n: number, fn: (i: number) => Promise<T>, maxMs?: number) => Promise<T[]>} repeat
 *   runs `fn` n times; a failed run is noted and left out; throws when every run failed; with `maxMs`,
 *   starts no further run once the runs so far took that long
 * @property {<B, A>(what: string, n: number, base: (i: number) => Promise<B>, app: (i: number) => Promise<A>) => Promise<{ base: B, app: A }[]>} interleave
 *   n pairs measured one right after the other (baseline, app, app, baseline, …), so both halves of a
 *   pair see the same load; a pair with a
 *   failed half is noted and left out; throws when every pair failed
 */

/**
 * @param {{ browser: import('playwright-core').Browser, root: string, out: string, quick: boolean,
 *   app: Served | null, bare: Served | null, appProblem: string, bareProblem: string,
 *   log: (s: string) => void, note: (s: string) => void, message: (e: unknown) => string }} o
 * @returns {Context}
 */
export function makeContext(o) {
  /** @type {Promise<Seeded> | null} */
  let seeding = null
  const statePath = `${o.out}/seed-state.json`

  /** @type {Context['repeat']} */
  async function repeat(what, n, fn, maxMs = Infinity) {
    const out = []
    /** @type {unknown} */
    let last
    const begin = Date.now()
    for (let i = 0; i < n; i++) {
      if (i > 0 && Date.now() - begin > maxMs) {
        o.log(`${what}: ${i} run(s) only, to keep the bench short`)
        break
      }
      try {
        out.push(await fn(i))
      } catch (e) {
        if (e instanceof NotMeasured) throw e
        last = e
        o.note(`${what}, run ${i + 1}: ${o.message(e)}`)
        o.log(`${what}, run ${i + 1} failed: ${o.message(e)}`)
      }
    }
    if (out.length === 0) throw last instanceof Error ? last : new Error(String(last))
    return out
  }

  /** @type {Context['interleave']} */
  async function interleave(what, n, base, app) {
    // Baseline first in even pairs, app first in odd ones (ABBA), so neither always runs on the
    // heels of the other (warm disk cache, a garbage collection still running).
    return repeat(what, n, async (i) => {
      if (i % 2 === 0) {
        const b = await base(i)
        return { base: b, app: await app(i) }
      }
      const a = await app(i)
      return { base: await base(i), app: a }
    })
  }

  return {
    browser: o.browser,
    root: o.root,
    out: o.out,
    quick: o.quick,
    runs: (full, quick = Math.min(full, 2)) => (o.quick ? quick : full),
    app: () => {
      if (!o.app) throw new NotMeasured(o.appProblem)
      return o.app
    },
    bare: () => {
      if (!o.bare) throw new NotMeasured(o.bareProblem)
      return o.bare
    },
    seeded: () => {
      const app = o.app
      if (!app) return Promise.reject(new NotMeasured(o.appProblem))
      seeding ??= (async () => {
        o.log('seeding one school and one assessment')
        try {
          const s = await withTimeout(seed(o.browser, app.url, o.root, statePath), 120_000, 'seeding')
          return { statePath, itemId: s.toggled.id }
        } catch (e) {
          throw e instanceof NotMeasured ? e : new NotMeasured(`seeding failed: ${o.message(e)}`)
        }
      })()
      return seeding
    },
    log: o.log,
    note: o.note,
    repeat,
    interleave,
  }
}
