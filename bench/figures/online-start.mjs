// The scoring screen of the seeded assessment, opened cold (empty HTTP cache, no service worker)
// over slow 4G with the CPU slowed 4×, from navigation start until its first row input is usable;
// interleaved with the bare page under the same conditions until its input (rendered after a Dexie
// read) shows.
import { row } from '../lib/figure.mjs'
import { BARE_INPUT, coldOnline } from '../lib/startup.mjs'
import { ASSESSMENT_ID, FIRST_INPUT } from '../lib/seed.mjs'

const LABEL = 'scoring screen usable, online cold (slow 4G)'
const BUDGET = { maxRatio: 1.6 }

/** @type {import('../lib/figure.mjs').Figure} */
export default {
  id: 'online-start',
  title: 'scoring screen usable from a cold online start (slow 4G, CPU 4×), against the bare page',
  rows: [{ label: LABEL, unit: 'ms', budget: BUDGET }],
  async measure(ctx) {
    const app = ctx.app()
    const bare = ctx.bare()
    const { statePath } = await ctx.seeded()
    const pairs = await ctx.interleave(
      'online cold start',
      ctx.runs(5),
      () => coldOnline(ctx.browser, `${bare.url}/`, BARE_INPUT),
      () => coldOnline(ctx.browser, `${app.url}/a/${ASSESSMENT_ID}`, FIRST_INPUT, statePath),
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
