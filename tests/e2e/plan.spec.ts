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
