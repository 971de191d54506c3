import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './helpers/axe'

const ZALO_ANDROID =
  'Mozilla/5.0 (Linux; Android 11; SM-A515F; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/108.0.5359.128 Mobile Safari/537.36 Zalo android/12100639 ZaloTheme/light ZaloLanguage/vn'

test.describe('inside Zalo', () => {
  test.use({ userAgent: ZALO_ANDROID })

  test('warns that data may be lost, fits a 360 px screen, and stays dismissed', async ({ page }) => {
    await page.goto('/')
    const warning = page.getByRole('complementary', { name: 'Bạn đang mở ứng dụng bên trong Zalo' })
    await expect(warning).toBeVisible()
    await expect(warning).toContainText('«Mở bằng trình duyệt» (Chrome)')
    await expect(page.getByRole('heading', { level: 1, name: 'Chỉ số CĐS' })).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    await expectNoSeriousA11yViolations(page)

    await warning.getByRole('button', { name: 'Tôi hiểu, vẫn dùng ở đây' }).click()
    await expect(warning).toBeHidden()
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Chỉ số CĐS' })).toBeVisible()
    await expect(page.getByTestId('in-app-warning')).toHaveCount(0)
  })
})

test('says nothing in a real browser', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Chỉ số CĐS' })).toBeVisible()
  await expect(page.getByTestId('in-app-warning')).toHaveCount(0)
})
