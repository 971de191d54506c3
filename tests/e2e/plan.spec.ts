import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './helpers/axe'
import { seedAssessment } from './helpers/seed'

/** Writes answers straight into the app's database for the seeded assessment. */
async function seedAnswers(page: import('@playwright/test').Page, assessmentId: string, values: Record<string, boolean | number>) {
  await page.evaluate(
    ({ assessmentId, values }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('chiso')
        req.onsuccess = () => {
          const db = req.result
          const tx = db.transaction('answers', 'readwrite')
          const now = new Date().toISOString()
          for (const [itemId, value] of Object.entries(values))
            tx.objectStore('answers').put({ assessmentId, itemId, value, note: '', updatedAt: now })
          tx.oncomplete = () => (db.close(), resolve())
          tx.onerror = () => reject(new Error('seed failed'))
        }
      }),
    { assessmentId, values },
  )
}

test('the summary leads to what the next level takes, and trying changes never alters the result', async ({ page }) => {
  await page.goto('/')
  const { assessmentId } = await seedAssessment(page)
  // Group 1: both conditions met, 1.4 at 9 and 1.5.1 at 15 → 24 points, level 1.
  await seedAnswers(page, assessmentId, { '1.1': true, '1.2': true, '1.4': 9, '1.5.1': 15 })
  await page.goto(`/a/${assessmentId}/summary`)
  await page.getByTestId('plan-link').click()

  const g1 = page.getByTestId('plan-group-1')
  await expect(g1.getByTestId('plan-needed')).toHaveText(/^Cần thêm 26 điểm để đạt Mức 2/)
  await expect(g1.getByTestId('plan-steps').locator('li').first()).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  await g1.getByText('Thử thay đổi').click()
  await g1.getByRole('button', { name: 'Thử theo gợi ý' }).click()
  await expect(g1.getByTestId('plan-tried')).toContainText(/50 điểm — Mức 2/)
  await expectNoSeriousA11yViolations(page)
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(width).toBeLessThanOrEqual(360)

  await page.goto(`/a/${assessmentId}/summary`)
  await expect(page.getByTestId('summary-group-1')).toContainText('24/100 điểm')
})

test('the summary is shared as a PNG picture named for the school and year', async ({ page }) => {
  await page.goto('/')
  const { assessmentId } = await seedAssessment(page)
  await seedAnswers(page, assessmentId, { '1.1': true, '1.2': true, '1.4': 9 })
  await page.goto(`/a/${assessmentId}/summary`)
  // Desktop Chromium cannot share files, so the picture is downloaded, as on a laptop.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('share-summary').click()])
  expect(download.suggestedFilename()).toMatch(/^ket-qua-cds-[A-Za-z0-9-]+-2025-2026\.png$/)
  const path = await download.path()
  const png = readFileSync(path)
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
  expect(png.readUInt32BE(16)).toBe(1080) // width from the IHDR chunk
  expect(png.readUInt32BE(20)).toBeGreaterThan(600)
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu ảnh' })).toContainText('ket-qua-cds-')

  // On paper: no app bar, no buttons
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.page__bar')).toBeHidden()
  await expect(page.getByTestId('share-summary')).toBeHidden()
  await expect(page.getByTestId('summary-group-1')).toBeVisible()
})

test("next year's assessment starts with last year's improvement plan", async ({ page }) => {
  await page.goto('/')
  const { assessmentId, schoolId } = await seedAssessment(page, { status: 'approved' })
  await seedAnswers(page, assessmentId, { '1.1': true, '1.2': true, '1.4': 9 })
  await page.goto(`/a/${assessmentId}/plan`)
  const g1 = page.getByTestId('plan-group-1')
  await g1.getByTestId('plan-steps').getByRole('button').first().click()
  const action = page.getByTestId('improvement').locator('li').first()
  await action.getByLabel('Việc cần làm').fill('Trang bị máy chiếu cho các phòng học')
  await action.getByLabel('Người thực hiện').fill('Nguyễn Thị Hồng')
  await action.getByLabel('Thời hạn').fill('2027-03-31')
  await expectNoSeriousA11yViolations(page)

  await page.goto(`/schools/${schoolId}`)
  await page.getByRole('button', { name: 'Tạo đợt đánh giá' }).click()
  await page.getByRole('button', { name: 'Tạo và bắt đầu chấm' }).click()
  await expect(page).toHaveURL(/\/a\/[^/]+$/)
  const nextId = page.url().split('/a/')[1]!
  expect(nextId).not.toBe(assessmentId)
  // Each row shows what the school answered last year, matched by the row's id
  await expect(page.getByTestId('last-year-1.4')).toHaveText('Năm học 2025-2026: 9 điểm')
  await expect(page.getByTestId('last-year-1.1')).toHaveText('Năm học 2025-2026: Đạt')
  await expect(page.getByTestId('last-year-1.3.1')).toHaveText('Năm học 2025-2026: chưa trả lời')
  await expectNoSeriousA11yViolations(page)
  await page.goto(`/a/${nextId}/plan`)
  const carried = page.getByTestId('improvement').locator('li').first()
  await expect(carried).toContainText('từ kế hoạch năm học 2025-2026')
  await expect(carried.getByLabel('Việc cần làm')).toHaveValue('Trang bị máy chiếu cho các phòng học')
  await expect(carried.getByLabel('Người thực hiện')).toHaveValue('Nguyễn Thị Hồng')
})
