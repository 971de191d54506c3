import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import writeXlsxFile from 'write-excel-file/node'
import { criteriaSetToWorkbook } from '../../src/domain/criteria/workbook'
import { templateExampleSet } from '../../src/domain/criteria/template'
import { expectNoSeriousA11yViolations } from './helpers/axe'

/** The template's example set with one cell broken: the maximum of chỉ số 1.2.1 (sheet "Chỉ số", D6) written in words. */
async function brokenWorkbook(): Promise<Buffer> {
  const book = criteriaSetToWorkbook(templateExampleSet())
  const rows = book.find((s) => s.name === 'Chỉ số')!.rows
  rows[5]![3] = 'năm'
  const sheets = book.map((s) => ({ sheet: s.name, data: s.rows.map((r) => r.map((c) => (c === null || c === undefined ? null : c))) }))
  return writeXlsxFile(sheets as Parameters<typeof writeXlsxFile>[0]).toBuffer()
}

test('a district loads its set from the Excel template and a school scores with it', async ({ page }) => {
  test.setTimeout(90_000)
  await page.goto('/sets')
  await expectNoSeriousA11yViolations(page)

  // The template, with its example filled in
  const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải mẫu Excel' }).click()])
  expect(template.suggestedFilename()).toBe('mau-bo-tieu-chi.xlsx')
  const templateBytes = readFileSync((await template.path()))

  // A spreadsheet with a mistake is refused, naming the sheet and cell; nothing is added
  await page.getByLabel('Chọn tệp bộ tiêu chí').setInputFiles({
    name: 'bo-tieu-chi-phong.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await brokenWorkbook(),
  })
  const refusal = page.getByRole('alert')
  await expect(refusal).toContainText('Không nạp được tệp “bo-tieu-chi-phong.xlsx”')
  await expect(refusal).toContainText('Trang “Chỉ số”, ô D6')
  await expect(refusal).toContainText('“Điểm tối đa” phải là số')
  await expectNoSeriousA11yViolations(page)

  // The template as downloaded loads like a JSON set
  await page.getByLabel('Chọn tệp bộ tiêu chí').setInputFiles({
    name: 'bo-tieu-chi-phong.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: templateBytes,
  })
  await expect(page.getByRole('main').getByRole('status')).toContainText('Đã nạp “Ví dụ bộ tiêu chí” phiên bản 1.0.0')
  await expect(page.getByRole('heading', { name: 'Ví dụ bộ tiêu chí' })).toBeVisible()

  // Any set, a built-in one included, goes out as a spreadsheet in the same layout, and reads back as the same set
  const [exported] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Xuất Excel — Chỉ số chuyển đổi số/ }).first().click()])
  expect(exported.suggestedFilename()).toMatch(/^qd-4725-\d+\.\d+\.\d+\.xlsx$/)
  await page.getByLabel('Chọn tệp bộ tiêu chí').setInputFiles({
    name: exported.suggestedFilename(),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: readFileSync((await exported.path())),
  })
  await expect(page.getByRole('main').getByRole('status')).toContainText('đã có trong ứng dụng nên không nạp lại')

  // A school scores one chỉ số with the loaded set
  await page.goto('/')
  await page.getByRole('link', { name: 'Thêm trường' }).click()
  await page.getByLabel('Tên trường').fill('Trường Tiểu học Hòa Bình')
  await page.getByText('Tiểu học', { exact: true }).click()
  await page.getByLabel('Xã/phường').fill('Xã Hòa Bình')
  await page.getByLabel('Họ và tên Hiệu trưởng (Giám đốc)').fill('Trần Văn An')
  await page.getByRole('button', { name: 'Lưu thông tin trường' }).click()
  await page.getByRole('button', { name: 'Tạo đợt đánh giá' }).click()
  await page.getByRole('radio', { name: /Ví dụ bộ tiêu chí/ }).check()
  await page.getByRole('button', { name: 'Tạo và bắt đầu chấm' }).click()
  await expect(page.getByTestId('group-total')).toContainText('Nhóm 1: 0/10 điểm')
  await page.locator('#item-1_2_1').getByText('Có', { exact: true }).click()
  await expect(page.getByTestId('group-total')).toContainText('Nhóm 1: 5/10 điểm')
  await expect(page.getByTestId('group-level')).toHaveText('Đạt')
  await expectNoSeriousA11yViolations(page)
})

test('a school checks its web portal against Điều 9 of TT 37/2020: items met out of the total', async ({ page }) => {
  await page.goto('/sets')
  await expect(page.getByRole('heading', { name: 'Cổng thông tin điện tử trường học (TT 37/2020)' })).toBeVisible()
  // The provincial emulation form is there as an example, labelled with its issuer and confidence
  await expect(page.getByRole('heading', { name: 'Ví dụ: Thi đua CNTT 100 điểm (Sở GD&ĐT TP. Hồ Chí Minh)' })).toBeVisible()
  await expect(page.getByText('Bộ ví dụ', { exact: true })).toBeVisible()

  await page.goto('/')
  await page.getByRole('link', { name: 'Thêm trường' }).click()
  await page.getByLabel('Tên trường').fill('Trường THCS Lê Lợi')
  await page.getByText('THCS', { exact: true }).click()
  await page.getByLabel('Xã/phường').fill('Phường Bến Thành')
  await page.getByLabel('Họ và tên Hiệu trưởng (Giám đốc)').fill('Lê Thị Mai')
  await page.getByRole('button', { name: 'Lưu thông tin trường' }).click()
  await page.getByRole('button', { name: 'Tạo đợt đánh giá' }).click()
  // The QĐ 4725 set stays the default choice; the example set is listed last
  await expect(page.getByRole('radio', { name: /Chỉ số chuyển đổi số trường học/ }).first()).toBeChecked()
  await expect(page.getByRole('radio', { name: /Thi đua CNTT/ })).not.toBeChecked()
  await page.getByRole('radio', { name: /Cổng thông tin điện tử trường học/ }).check()
  await page.getByRole('button', { name: 'Tạo và bắt đầu chấm' }).click()

  await expect(page.getByTestId('group-total')).toContainText('Nhóm 9: 0/9 điểm')
  // Each item is met or not: one tap, no number to type, and no level since the circular has none
  await expect(page.locator('#item-9_1a').getByRole('textbox')).toHaveCount(0)
  await page.locator('#item-9_1a').getByText('Đạt', { exact: true }).click()
  await page.locator('#item-9_7').getByText('Đạt', { exact: true }).click()
  await page.locator('#item-9_8').getByText('Chưa đạt', { exact: true }).click()
  await expect(page.getByTestId('group-total')).toContainText('Nhóm 9: 2/9 điểm')
  await expect(page.getByTestId('group-level')).toHaveCount(0)
  await page.locator('#item-9_7').getByText('Chưa đạt', { exact: true }).click()
  await expect(page.getByTestId('group-total')).toContainText('Nhóm 9: 1/9 điểm')
  await expectNoSeriousA11yViolations(page)
})
