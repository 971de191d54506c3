import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, test, type Download, type Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './helpers/axe'
import { otherPicture } from './helpers/photos'
import { seedAssessment } from './helpers/seed'

const PLAIN = readFileSync(fileURLToPath(new URL('../fixtures/photos/plain.jpg', import.meta.url)))
const PHOTOS = ['may-chieu-5a.jpg', 'may-chieu-5b.jpg', 'phong-may.jpg'].map((name, i) => ({ name, mimeType: 'image/jpeg', buffer: otherPicture(PLAIN, i + 1) }))
const TEACHER = 'Trần Thị Mai'

/** A downloaded file as the other phone receives it over Zalo: its name and bytes. */
async function received(download: Download) {
  const path = await download.path()
  return { name: download.suggestedFilename(), mimeType: 'application/zip', buffer: readFileSync(path) }
}

async function downloadBy(page: Page, click: () => Promise<void>) {
  const waiting = page.waitForEvent('download')
  await click()
  return received(await waiting)
}

/** The evidence rows stored on a device, read straight from IndexedDB (bounded by a timeout). */
function storedEvidence(page: Page): Promise<{ code: string; addedBy?: string; itemIds: string[] }[]> {
  return page.evaluate(() => {
    const read = new Promise<{ code: string; addedBy?: string; itemIds: string[] }[]>((resolve, reject) => {
      const req = indexedDB.open('chiso')
      req.onerror = () => reject(new Error('open failed'))
      req.onsuccess = () => {
        const db = req.result
        const tx = db.transaction('evidence', 'readonly')
        const all = tx.objectStore('evidence').getAll()
        tx.oncomplete = () => {
          db.close()
          resolve(all.result as { code: string; addedBy?: string; itemIds: string[] }[])
        }
        tx.onerror = () => reject(new Error('read failed'))
      }
    })
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('IndexedDB read timed out')), 10_000))
    return Promise.race([read, timeout])
  })
}

test('two phones: the principal assigns rows, the teacher contributes photos, the principal imports and decides a conflict', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000)
  // Principal's phone: a school and a draft assessment, then the working group.
  await page.goto('/')
  const { assessmentId } = await seedAssessment(page)
  await page.goto(`/a/${assessmentId}`)
  await page.getByRole('link', { name: 'Nhóm công tác' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Nhóm công tác' })).toBeVisible()
  await expect(page.getByText('Chưa có thành viên nào.')).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  await page.getByRole('button', { name: 'Thêm thành viên' }).click()
  await page.getByRole('button', { name: 'Lưu thành viên' }).click()
  await expect(page.getByRole('alert')).toHaveText('Hãy nhập họ và tên.')
  await page.getByLabel('Họ và tên').fill(`  ${TEACHER} `)
  await page.getByLabel('Vai trò').selectOption({ label: 'Giáo viên' })
  await expectNoSeriousA11yViolations(page)
  await page.getByRole('button', { name: 'Lưu thành viên' }).click()
  const card = page.getByTestId('member-card').filter({ hasText: TEACHER })
  await expect(card).toContainText('Giáo viên')
  await expect(card).toContainText('Chưa giao chỉ số nào.')
  await expect(card.getByRole('button', { name: `Gửi phần việc cho ${TEACHER}` })).toBeDisabled()

  // Assign criterion 1.7 (three rows) and the single row 1.1.
  await card.getByRole('button', { name: `Giao việc cho ${TEACHER}` }).click()
  const sheet = page.getByRole('dialog', { name: `Giao việc cho ${TEACHER}` })
  await sheet.getByRole('checkbox', { name: /^Tiêu chí 1\.7:/ }).check()
  await sheet.getByRole('checkbox', { name: /^1\.1 / }).check()
  await expect(sheet.getByRole('checkbox', { name: /^1\.7\.2 / })).toBeChecked()
  await expect(sheet.getByRole('checkbox', { name: /^Nhóm 1:/ })).toHaveJSProperty('indeterminate', true)
  await expect(sheet.getByText('Đã chọn 4 chỉ số')).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await sheet.getByRole('button', { name: 'Lưu phần việc' }).click()
  await expect(sheet).toBeHidden()
  await expect(card.getByTestId('member-answered')).toHaveText('Đã trả lời 0/4 chỉ số')

  const assignment = await downloadBy(page, () => card.getByRole('button', { name: `Gửi phần việc cho ${TEACHER}` }).click())
  expect(assignment.name).toMatch(/^chiso-phan-cong-tran-thi-mai-\d{4}-\d{2}-\d{2}\.zip$/)
  await expect(card.getByTestId('send-status')).toContainText(`Đã lưu tệp ${assignment.name} vào mục Tải xuống.`)
  await expect(card.getByTestId('member-sent')).toContainText('Tệp phân công gần nhất:')

  // The scoring screen names the assignee on each assigned row.
  await page.getByRole('link', { name: 'Quay lại' }).click()
  await expect(page.getByTestId('assignee-1.1')).toHaveText(`Giao cho: ${TEACHER}`)
  await expect(page.getByTestId('assignee-1.2')).toHaveCount(0)

  // Teacher's phone: its own browser, its own database.
  const { viewport, baseURL, locale, userAgent, isMobile, hasTouch, deviceScaleFactor, serviceWorkers } = test.info().project.use
  const teacherContext = await browser.newContext({ viewport, baseURL, locale, userAgent, isMobile, hasTouch, deviceScaleFactor, serviceWorkers })
  const phone = await teacherContext.newPage()
  await phone.goto('/')
  await phone.getByTestId('open-file-input').setInputFiles(assignment)
  await expect(phone.getByRole('heading', { level: 1, name: `Phần việc của ${TEACHER}` })).toBeVisible()
  await expect(phone.getByRole('status').filter({ hasText: `Đã mở phần việc từ tệp ${assignment.name}: 4 chỉ số.` })).toBeVisible()
  await expect(phone.locator('[data-answered]')).toHaveCount(4)
  await expect(phone.locator('#item-1_2')).toHaveCount(0)
  await expectNoSeriousA11yViolations(phone)

  await phone.locator('#item-1_1').getByText('Đạt', { exact: true }).click()
  await phone.locator('#item-1_7_1-input').fill('6')
  await phone.locator('#item-1_7_2-input').fill('5')
  await expect(phone.getByTestId('assignment-progress')).toHaveText('Đã trả lời 3/4 chỉ số')
  await phone.getByRole('button', { name: 'Thêm minh chứng cho chỉ số 1.7.1' }).click()
  const add = phone.getByRole('dialog', { name: 'Thêm minh chứng cho chỉ số 1.7.1' })
  const chooser = phone.waitForEvent('filechooser')
  await add.getByRole('button', { name: 'Chọn ảnh' }).click()
  await (await chooser).setFiles(PHOTOS)
  // After the capture the sheet offers the photos' captions; the teacher keeps them as they are.
  await add.getByRole('button', { name: 'Lưu và đóng' }).click({ timeout: 30_000 })
  await expect(add).toBeHidden()
  await expect(phone.getByTestId('evidence-1.7.1').getByRole('img')).toHaveCount(3)

  const contribution = await downloadBy(phone, () => phone.getByRole('button', { name: 'Gửi lại cho hiệu trưởng' }).click())
  expect(contribution.name).toMatch(/^chiso-dong-gop-tran-thi-mai-\d{4}-\d{2}-\d{2}\.zip$/)
  await expect(phone.getByTestId('send-status')).toContainText(contribution.name)
  await expectNoSeriousA11yViolations(phone)
  // A phone holding a member's part does not take contributions: refused, naming the file.
  await phone.goto('/')
  await phone.getByTestId('open-file-input').setInputFiles(contribution)
  await expect(phone.getByTestId('package-errors')).toContainText(`Không mở được tệp «${contribution.name}».`)
  await expect(phone.getByTestId('package-errors')).toContainText('Tệp không dành cho máy này')
  await teacherContext.close()

  // Principal, meanwhile: row 1.1 judged "not met" — the teacher said "met".
  await page.locator('#item-1_1').getByText('Chưa đạt', { exact: true }).click()
  await expect(page.getByTestId('save-state')).toContainText('Đã lưu')
  await page.getByRole('link', { name: 'Nhóm công tác' }).click()
  await page.getByTestId('open-file-input').setInputFiles(contribution)
  await expect(page.getByRole('heading', { level: 1, name: 'Nhập tệp đóng góp' })).toBeVisible()
  await expect(page.getByText(`Tệp ${contribution.name} của ${TEACHER} — Trường Tiểu học Văn Tràng`)).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Chỉ số sẽ cập nhật (2)' })).toBeVisible()
  await expect(page.getByTestId('preview-rows')).toContainText('Sau: 6 điểm')
  await expect(page.getByRole('heading', { name: 'Minh chứng mới (3)' })).toBeVisible()
  await expect(page.getByTestId('preview-evidence').getByText(`do ${TEACHER} thêm`)).toHaveCount(3)
  const conflict = page.getByTestId('conflict-1_1')
  await expect(conflict.getByText('Giá trị hiện tại của bạn')).toBeVisible()
  await expect(conflict.locator('label').first()).toContainText('Chưa đạt')
  await expect(conflict.locator('label').nth(1)).toContainText('Đạt')
  const apply = page.getByRole('button', { name: 'Nhập vào đánh giá' })
  await expect(apply).toBeDisabled()
  await expectNoSeriousA11yViolations(page)
  await conflict.getByRole('radio', { name: `Giá trị của ${TEACHER}` }).check()
  await apply.click()
  await expect(page.getByTestId('applied')).toHaveText(`Đã nhập 3 chỉ số và 3 minh chứng của ${TEACHER}.`)

  // Rows and evidence are there, attributed to the teacher.
  await page.getByRole('link', { name: 'Xem bảng chấm điểm' }).click()
  await page.goto(`/a/${assessmentId}?group=1`)
  await expect(page.locator('#item-1_1').getByRole('radio', { name: 'Đạt', exact: true })).toBeChecked()
  await expect(page.locator('#item-1_7_1-input')).toHaveValue('6')
  await expect(page.getByTestId('evidence-1.7.1').getByRole('img')).toHaveCount(3)
  const evidence = await storedEvidence(page)
  expect(evidence.map((e) => [e.code, e.addedBy, e.itemIds])).toEqual(
    expect.arrayContaining(['MC1.7.01', 'MC1.7.02', 'MC1.7.03'].map((code) => [code, TEACHER, ['1.7.1']])),
  )
  await page.goto(`/a/${assessmentId}/evidence`)
  await expect(page.getByTestId('evidence-item').filter({ hasText: TEACHER })).toHaveCount(3)
  await page.goto(`/a/${assessmentId}/team`)
  await expect(card.getByTestId('member-answered')).toHaveText('Đã trả lời 3/4 chỉ số')
  await expect(card.getByTestId('member-evidence')).toHaveText('1/4 chỉ số có minh chứng · 3 minh chứng')

  // The same file again changes nothing, and says so.
  await page.getByTestId('open-file-input').setInputFiles(contribution)
  await expect(page.getByTestId('already-imported')).toHaveText('Đã nhập tệp này: không còn gì để thay đổi.')
  await expect(page.getByRole('button', { name: 'Nhập vào đánh giá' })).toHaveCount(0)
  expect(await storedEvidence(page)).toHaveLength(3)
  await expectNoSeriousA11yViolations(page)

  // The assignment file is for the teacher's phone, not this one.
  await page.goto('/')
  await page.getByTestId('open-file-input').setInputFiles(assignment)
  await expect(page.getByTestId('package-errors')).toContainText(`Không mở được tệp «${assignment.name}».`)
  await expect(page.getByTestId('package-errors')).toContainText('Chưa có gì trên máy bị thay đổi.')
})

test('the installed app offers to open exchange files, and its open-file screen is accessible', async ({ page }) => {
  const manifest = (await (await page.request.get('/manifest.webmanifest')).json()) as { file_handlers?: unknown }
  expect(manifest.file_handlers).toEqual([{ action: '/open', accept: { 'application/zip': ['.zip'], 'application/x-chiso': ['.chiso'] } }])
  await page.goto('/open')
  await expect(page.getByRole('heading', { level: 1, name: 'Mở tệp được gửi' })).toBeVisible()
  await page.getByTestId('open-file-input').setInputFiles({ name: 'anh-lop-5a.zip', mimeType: 'application/zip', buffer: PLAIN })
  await expect(page.getByTestId('package-errors')).toContainText('Không mở được tệp «anh-lop-5a.zip».')
  await expect(page.getByTestId('package-errors')).toContainText('Đây không phải tệp của chiso.')
  await expectNoSeriousA11yViolations(page)
})
