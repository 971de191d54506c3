import { expect, test, type Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './helpers/axe'

async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 })
}

test('a principal scores both groups on a phone, offline, and approves the result', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000)
  const foreign: string[] = []
  page.on('request', (r) => {
    if (!r.url().startsWith(`${baseURL}/`) && !/^(data|blob):/.test(r.url())) foreign.push(r.url())
  })
  const cspViolations: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text())
  })
  // School profile
  await page.goto('/')
  await expectNoSeriousA11yViolations(page)
  await page.getByRole('link', { name: 'Thêm trường' }).click()
  await page.getByLabel('Tên trường').fill('Trường Tiểu học Văn Tràng')
  await page.getByText('Tiểu học', { exact: true }).click()
  await page.getByLabel('Xã/phường').fill('Xã An Phú')
  await page.getByLabel('Họ và tên Hiệu trưởng (Giám đốc)').fill('Nguyễn Thị Hồng')
  await expectNoSeriousA11yViolations(page)
  await page.getByRole('button', { name: 'Lưu thông tin trường' }).click()

  // Assessment for the school year, on the built-in QĐ 4725 set
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Văn Tràng')
  await page.getByRole('button', { name: 'Tạo đợt đánh giá' }).click()
  await expectNoSeriousA11yViolations(page)
  await page.getByRole('button', { name: 'Tạo và bắt đầu chấm' }).click()

  // Group 1: conditions and points
  await expect(page.getByTestId('group-total')).toContainText('Nhóm 1: 0/100 điểm')
  await expect(page.getByTestId('group-progress')).toContainText('Đã trả lời 0/17 chỉ số')
  await expect(page.getByTestId('group-level')).toHaveText('Chưa chấm')
  await page.locator('#item-1_1').getByText('Đạt', { exact: true }).click()
  await page.locator('#item-1_2').getByText('Chưa đạt', { exact: true }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Điều kiện bắt buộc chưa đạt: 1.2.' })).toBeVisible()
  await page.locator('#item-1_3_1').getByText('Có', { exact: true }).click()
  await page.locator('#item-1_3_3-input').fill('6')
  await page.locator('#item-1_3_4-input').fill('6')
  await page.locator('#item-1_3_5-input').fill('6')
  await page.locator('#item-1_3_6-input').fill('6')
  await expect(page.getByTestId('criterion-total-1.3')).toContainText('30/30 điểm · Tiêu chí đạt Mức 3: trên 20 điểm')
  await page.locator('#item-1_4-input').fill('9')
  await page.locator('#item-1_5_1-input').fill('15')
  await page.locator('#item-1_5_2-input').fill('5')
  // A share asked as two counts; the school's total of teachers is typed once and reused
  await page.locator('#item-1_6_1-input-total').fill('20')
  await page.locator('#item-1_6_1-input-count').fill('17')
  await expect(page.locator('#item-1_6_1')).toContainText('Tỷ lệ: 85 %')
  await expect(page.locator('#item-1_6_1-input')).toHaveValue('6')
  await expect(page.locator('#item-1_6_2-input-total')).toHaveValue('20')
  await page.locator('#item-1_6_2-input').fill('12')
  await expect(page.locator('#item-1_6_2')).toContainText('Điểm vượt quá tối đa 7. Chưa lưu giá trị này.')
  await page.locator('#item-1_6_2-input').fill('5')
  // 30 + 9 + 20 + 6 + 5 = 70: level 2 by points, and the unmet condition caps it at level 1
  await expect(page.getByTestId('group-total')).toContainText('Nhóm 1: 70/100 điểm')
  await expect(page.getByTestId('group-level')).toHaveText('Mức 1')
  await page.locator('#item-1_2').getByText('Đạt', { exact: true }).click()
  await expect(page.getByTestId('group-level')).toHaveText('Mức 2 — Đáp ứng cơ bản')
  await page.locator('#item-1_6_3-input').fill('6')
  await expect(page.getByTestId('group-level')).toHaveText('Mức 3 — Đáp ứng tốt')
  await expectNoSeriousA11yViolations(page)

  // Group 2, reached through "next unanswered"; its note says the known rows sum to 90
  await page.getByRole('link', { name: 'Nhóm 2' }).click()
  await expect(page.getByTestId('group-note')).toContainText('90 điểm')
  await page.locator('#item-2_1').getByText('Đạt', { exact: true }).click()
  await page.locator('#item-2_2').getByText('Đạt', { exact: true }).click()
  for (const row of ['2_3_2', '2_3_3', '2_4_1', '2_4_2']) await page.locator(`#item-${row}`).getByText('Có', { exact: true }).click()
  await expect(page.getByTestId('group-total')).toContainText('Nhóm 2: 36/100 điểm')
  // "Không" after "Có": the points follow the answer back to 0
  await page.locator('#item-2_3_4').getByText('Có', { exact: true }).click()
  await expect(page.getByTestId('group-total')).not.toContainText('Nhóm 2: 36/100 điểm')
  await page.locator('#item-2_3_4').getByText('Không', { exact: true }).click()
  await expect(page.locator('#item-2_3_4-input')).toHaveValue('0')
  await expect(page.getByTestId('group-total')).toContainText('Nhóm 2: 36/100 điểm')
  await expect(page.getByTestId('group-level')).toHaveText('Mức 1 — Chưa đáp ứng')
  await expect(page.getByTestId('save-state')).toContainText('Đã lưu lúc')

  // Offline: reload from the service worker, everything is still there
  await waitForServiceWorker(page)
  await context.setOffline(true)
  const response = await page.reload()
  expect(response?.fromServiceWorker()).toBe(true)
  await expect(page.getByTestId('group-total')).toContainText('Nhóm 2: 36/100 điểm')
  await page.getByRole('link', { name: 'Nhóm 1' }).click()
  await expect(page.getByTestId('group-total')).toContainText('Nhóm 1: 76/100 điểm')
  await expect(page.locator('#item-1_6_1-input')).toHaveValue('6')

  // Summary: both groups with their bands, the weakest criteria
  await page.getByRole('link', { name: 'Tổng hợp' }).click()
  await expect(page.getByTestId('summary-group-1')).toContainText('76/100 điểm')
  await expect(page.getByTestId('summary-group-2')).toContainText('36/100 điểm')
  await expect(page.getByTestId('overall-level')).toHaveText('Mức 1')
  await expect(page.getByRole('img', { name: 'Nhóm 1: 76 trên 100 điểm, Mức 3' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  // Approval makes it read-only
  await page.getByRole('link', { name: 'Phê duyệt kết quả' }).click()
  await page.getByLabel('Số quyết định').fill('15/QĐ-THVT')
  // Never backed up: the approval screen suggests a backup first, without blocking
  await expect(page.getByTestId('backup-nudge')).toContainText('Nên tạo bản sao lưu trước khi phê duyệt.')
  await expect(page.getByTestId('backup-nudge').getByRole('link', { name: 'Sao lưu ngay' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await page.getByRole('button', { name: 'Phê duyệt kết quả' }).click()
  await page.getByRole('dialog').getByRole('button', { name: /Đồng ý|Xác nhận|Phê duyệt/ }).click()
  // Approved: the screen says what comes next
  const done = page.getByTestId('approval-done')
  await expect(done).toContainText('Đã phê duyệt')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(done.getByRole('link', { name: /Xuất hồ sơ/ })).toBeVisible()
  await expect(done.getByRole('link', { name: 'Sao lưu dữ liệu' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await page.getByRole('link', { name: 'Quay lại' }).click()
  await expect(page.getByText('Kết quả đã được phê duyệt nên chỉ xem được.', { exact: false })).toBeVisible()
  await expect(page.locator('#item-1_4-input')).toBeDisabled()
  await expect(page.locator('#item-1_1-input')).toBeDisabled()

  // Privacy: nothing left the app's origin, and the strict CSP blocked nothing the app needs
  expect(foreign).toEqual([])
  expect(cspViolations).toEqual([])
})
