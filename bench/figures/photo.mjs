// One 4000×3000 JPEG picked on the scoring screen with the CPU slowed 4×: "Thêm minh chứng cho dòng …"
// opens the sheet, the fixture is set on its image file input, and the time runs from the input's
// change event to the new evidenceFiles row in IndexedDB; bytes are that row's JPEG. The photo
// pipeline runs in a worker, which Chromium's CPU slowdown does not reach (`Emulation.
// setCPUThrottlingRate` is refused for workers), so this figure is faster here than on a phone
// with a 4× slower CPU.
import { newPhoneContext, throttle, withTimeout } from '../lib/browser.mjs'
import { row } from '../lib/figure.mjs'
import { photoFixture, pickPhoto } from '../lib/photos.mjs'
import { ASSESSMENT_ID, FIRST_INPUT } from '../lib/seed.mjs'

const TIME = 'photo 4000×3000 → stored evidence, time'
const BYTES = 'photo 4000×3000 → stored evidence, bytes'

/** @type {import('../lib/figure.mjs').Figure} */
export default {
  id: 'photo',
  title: 'a 4000×3000 photo picked until stored as evidence (time, bytes)',
  rows: [
    { label: TIME, unit: 'ms', budget: { max: 1500 } },
    { label: BYTES, unit: 'KB', budget: { max: 400 } },
  ],
  async measure(ctx) {
    const app = ctx.app()
    const { statePath } = await ctx.seeded()
    const fixture = photoFixture(ctx.root)
    const runs = await ctx.repeat('photo evidence', ctx.runs(3, 1), async () => {
      const c = await newPhoneContext(ctx.browser, statePath)
      try {
        const page = await c.newPage()
        await throttle(page, { network: false })
        await page.goto(`${app.url}/a/${ASSESSMENT_ID}`, { waitUntil: 'load' })
        await page.locator(FIRST_INPUT).first().waitFor({ state: 'visible', timeout: 30_000 })
        return await pickPhoto(page, fixture)
      } finally {
        await withTimeout(c.close(), 15_000, 'closing context').catch(() => {})
      }
    })
    return {
      rows: [
        row(TIME, 'ms', runs.map((r) => r.ms), { budget: { max: 1500 } }),
        row(BYTES, 'KB', runs.map((r) => r.bytes / 1024), { budget: { max: 400 } }),
      ],
    }
  },
}
