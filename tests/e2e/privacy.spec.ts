import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'

const PLAIN = readFileSync(fileURLToPath(new URL('../fixtures/photos/plain.jpg', import.meta.url)))

test('a whole journey makes no request outside the app’s origin and breaks no Content-Security-Policy rule', async ({ page, context, baseURL }) => {
  test.setTimeout(90_000)
  const origin = new URL(baseURL!).origin
  const requests: string[] = []
  // The context sees the service worker's requests as well as the pages'.
  context.on('request', (r) => requests.push(r.url()))
  const violations: string[] = []
  page.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) violations.push(m.text())
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`))
  })

  // A school and its assessment
  await page.goto('/')
  await page.getByRole('link', { name: 'Thêm trường' }).click()
  await page.getByLabel('Tên trường').fill('Trường Tiểu học Văn Tràng')
  await page.getByText('Tiểu học', { exact: true }).click()
  await page.getByLabel('Xã/phường').fill('Xã An Phú')
  await page.getByLabel('Họ và tên Hiệu trưởng (Giám đốc)').fill('Nguyễn Thị Hồng')
  await page.getByRole('button', { name: 'Lưu thông tin trường' }).click()
  await page.getByRole('button', { name: 'Tạo đợt đánh giá' }).click()
  await page.getByRole('button', { name: 'Tạo và bắt đầu chấm' }).click()

  // Scoring and a photo
  await page.locator('#item-1_1').getByText('Đạt', { exact: true }).click()
  await page.locator('#item-1_4-input').fill('8')
  await expect(page.getByTestId('save-state')).toContainText('Đã lưu lúc')
  await page.getByRole('button', { name: 'Thêm minh chứng cho chỉ số 1.7.1' }).click()
  const sheet = page.getByRole('dialog', { name: 'Thêm minh chứng cho chỉ số 1.7.1' })
  const chooser = page.waitForEvent('filechooser')
  await sheet.getByRole('button', { name: 'Chọn ảnh' }).click()
  await (await chooser).setFiles({ name: 'phong-may.jpg', mimeType: 'image/jpeg', buffer: PLAIN })
  await sheet.getByRole('button', { name: 'Lưu và đóng' }).click()
  await expect(sheet).toBeHidden()
  await expect(page.getByTestId('evidence-1.7.1').getByRole('img')).toHaveCount(1)

  // The record screen, and one document made as a PDF (fonts and the PDF library load on demand)
  await page.getByRole('link', { name: 'Hồ sơ', exact: true }).click()
  const pdf = page.waitForEvent('download', { timeout: 60_000 })
  await page.getByTestId('record-pdf-decision').click()
  await page.getByRole('button', { name: 'Nhà trường đã đối chiếu, tạo hồ sơ' }).click()
  expect((await pdf).suggestedFilename()).toMatch(/\.pdf$/)

  // A backup
  await page.goto('/')
  await page.getByRole('link', { name: 'Sao lưu', exact: true }).click()
  const backup = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Tạo bản sao lưu' }).click()
  expect((await backup).suggestedFilename()).toMatch(/^chiso-sao-luu-/)

  const foreign = requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin)
  expect(requests.length).toBeGreaterThan(10)
  expect(foreign).toEqual([])
  expect(violations).toEqual([])
})
