import { expect, test, type Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './helpers/axe'

const ROSTER = 'Tên trường,Mã trường,Cấp học,Xã/phường\nTH Xuân Hương,TH01,Tiểu học,Xuân Hương\nTHCS Lê Lợi,THCS02,THCS,Lâm Viên\nTH Hòa Bình,TH03,Tiểu học,Xuân Hương\n'

async function setUpDesk(page: Page) {
  await page.goto('/')
  await page.getByTestId('workspace-desk').click()
  await expect(page).toHaveURL(/\/desk$/)
  await page.getByRole('link', { name: 'Thiết lập đơn vị và đợt đánh giá' }).click()
  await page.getByTestId('unit-name').fill('Phòng Văn hóa – Xã hội phường Xuân Hương')
  await page.getByTestId('campaign-year').fill('2025-2026')
  await page.getByTestId('campaign-deadline').fill('2026-05-31')
  await expectNoSeriousA11yViolations(page)
  await page.getByTestId('setup-save').click()
  await expect(page.getByTestId('desk-campaign')).toContainText('Năm học 2025-2026')
}

test('a managing body sets up its desk, imports its roster and finds a school', async ({ page }) => {
  await setUpDesk(page)
  await page.getByRole('link', { name: /Danh sách trường/ }).click()
  await page.getByTestId('roster-file').setInputFiles({ name: 'ds-truong.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER) })
  await expect(page.getByTestId('roster-done')).toContainText('thêm 3 trường')
  await expectNoSeriousA11yViolations(page)
  await page.getByRole('link', { name: 'Quay lại' }).click()
  await expect(page.getByTestId('count-not-submitted')).toContainText('3')
  await page.getByTestId('desk-search').fill('le loi')
  await expect(page.getByTestId('desk-shown')).toContainText('Hiện 1 / 3 trường')
  await expect(page.getByTestId('desk-row')).toHaveCount(1)
  await expectNoSeriousA11yViolations(page)

  // The choice is kept: the app opens on the desk again.
  await page.goto('/')
  await expect(page).toHaveURL(/\/desk$/)
})

test('a roster with a bad cell is refused with the cell named', async ({ page }) => {
  await setUpDesk(page)
  await page.getByRole('link', { name: /Danh sách trường/ }).click()
  await page.getByTestId('roster-file').setInputFiles({ name: 'sai.csv', mimeType: 'text/csv', buffer: Buffer.from('Tên trường,Cấp học\nTH A,Đại học\n') })
  await expect(page.getByTestId('roster-refused')).toContainText('sai.csv:B2')
  await expect(page.getByRole('heading', { name: '0 trường trong danh sách' })).toBeVisible()
})
