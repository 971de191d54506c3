import { execSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test, type BrowserContext } from '@playwright/test'
import { seedAssessment } from './helpers/seed'

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

const launch = (profile: string) =>
  chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: ARGS,
    viewport: { width: 360, height: 740 },
    baseURL: 'http://localhost:4173',
    locale: 'vi-VN',
  })

/** Ends the browser the hard way, as a phone does when it kills a backgrounded tab: no unload, no flush. */
function killBrowser(profile: string) {
  // The bracket keeps the pattern from matching the shell that runs pkill itself.
  execSync(`pkill -KILL -f -- '--user-data-dir=[${profile[0]}]${profile.slice(1)}'`)
}

test('an answer shown as saved survives the browser being killed at once', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'chiso-kill-'))
  let context: BrowserContext | undefined
  try {
    context = await launch(profile)
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto('/')
    const { assessmentId } = await seedAssessment(page)
    await page.goto(`/a/${assessmentId}?group=1`)

    await page.locator('#item-1_1').getByText('Đạt', { exact: true }).click()
    await page.locator('#item-1_3_1-input').fill('6')
    await expect(page.getByTestId('save-state')).toContainText('Đã lưu lúc')
    await expect(page.getByTestId('group-total')).toContainText('6/100')
    killBrowser(profile)
    await context.close().catch(() => undefined)

    context = await launch(profile)
    const again = context.pages()[0] ?? (await context.newPage())
    await again.goto(`/a/${assessmentId}?group=1`)
    await expect(again.getByTestId('group-total')).toContainText('6/100')
    await expect(again.locator('#item-1_1-input')).toBeChecked()
    await expect(again.locator('#item-1_3_1-input')).toHaveValue('6')
  } finally {
    await context?.close().catch(() => undefined)
    rmSync(profile, { recursive: true, force: true })
  }
})
