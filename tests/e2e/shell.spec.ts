import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './helpers/axe'

test('app shell loads and reloads offline from the service worker', async ({ page, context }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Chỉ số CĐS' })).toBeVisible()
  const sets = page.getByTestId('sets-overview')
  await expect(sets).toContainText('Chỉ số chuyển đổi số trường học (QĐ 4725) · Phiên bản 1.0.0')
  await expect(sets).toContainText('Chưa xác minh')

  // clientsClaim makes the first visit controlled without a reload.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 })

  await context.setOffline(true)
  const response = await page.reload()
  expect(response?.fromServiceWorker()).toBe(true)
  await expect(page.getByRole('heading', { level: 1, name: 'Chỉ số CĐS' })).toBeVisible()
  await expect(sets).toContainText('Chỉ số chuyển đổi số trường học (QĐ 4725) · Phiên bản 1.0.0')
  await expect(sets).toContainText('Chưa xác minh')
})

test('home page has no serious accessibility violations', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
})
