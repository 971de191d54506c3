import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './helpers/axe'
import { seedAssessment } from './helpers/seed'

test('two tabs on the same assessment stay consistent', async ({ page, context }) => {
  await page.goto('/')
  const { assessmentId } = await seedAssessment(page)
  const other = await context.newPage()
  await page.goto(`/a/${assessmentId}?group=2`)
  await other.goto(`/a/${assessmentId}?group=2`)

  await page.locator('#item-2_3_3').getByText('Có', { exact: true }).click()
  await expect(page.getByTestId('group-total')).toContainText('10/100')
  await expect(other.getByTestId('group-total')).toContainText('10/100')
  await expect(other.locator('#item-2_3_3-input')).toHaveValue('10')

  await other.locator('#item-2_3_3-input').fill('4')
  await expect(page.locator('#item-2_3_3-input')).toHaveValue('4')
  await expect(page.getByTestId('group-total')).toContainText('4/100')
})

test('the criteria-set and settings screens are usable with a screen reader', async ({ page }) => {
  await page.goto('/sets')
  await expect(page.getByText('4725/QĐ-BGDĐT').first()).toBeVisible()
  // A broken set file is refused with the file named, and nothing is added.
  await page.getByLabel('Chọn tệp bộ tiêu chí').setInputFiles({
    name: 'bo-tieu-chi-loi.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "chiso.criteria-set",'),
  })
  await expect(page.getByRole('alert')).toContainText('Không nạp được tệp “bo-tieu-chi-loi.json”')
  await expectNoSeriousA11yViolations(page)
  await page.goto('/settings')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
})
