// The scoring screen of the seeded assessment opened offline from the service worker: a first visit
// (not timed) until the worker controls the page, then offline, a new page with the CPU slowed 4×,
// from navigation start until its first row input is usable (every response from the worker);
// interleaved with the bare page under the same conditions until its input shows.
import { row } from '../lib/figure.mjs'
import { BARE_INPUT, offlineFromWorker } from '../lib/startup.mjs'
import { ASSESSMENT_ID, FIRST_INPUT } from '../lib/seed.mjs'

const LABEL = 'scoring screen usable, offline (service worker)'
const BUDGET = { maxRatio: 1.5 }

/** @type {import('../lib/figure.mjs').Figure} */
export default {
  id: 'offline-start',
  title: 'scoring screen usable offline from the service worker (CPU 4×), against the bare page',
  rows: [{ label: LABEL, unit: 'ms', budget: BUDGET }],
  async measure(ctx) {
    const app = ctx.app()
    const bare = ctx.bare()
    const { statePath } = await ctx.seeded()
    const pairs = await ctx.interleave(
      'offline start',
      ctx.runs(5),
      () => offlineFromWorker(ctx.browser, `${bare.url}/`, BARE_INPUT),
      () => offlineFromWorker(ctx.browser, `${app.url}/a/${ASSESSMENT_ID}`, FIRST_INPUT, statePath),
    )
    return {
      rows: [
        row(LABEL, 'ms', pairs.map((p) => p.app), {
          baseline: pairs.map((p) => p.base),
          baselineName: 'bare',
          budget: BUDGET,
          pairRatios: pairs.map((p) => p.app / p.base),
        }),
      ],
    }
  },
}
