import { readFileSync } from 'node:fs'
import { devices, expect, test, type Browser, type Download, type Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './helpers/axe'
import { seedAssessment } from './helpers/seed'

// Three devices: two schools' phones and the managing body's desk. Every file goes from one to
// another as a download on the sender and a picked file on the receiver, as through Zalo.

interface Passed {
  name: string
  mimeType: string
  buffer: Buffer
}

async function passed(d: Promise<Download>): Promise<Passed> {
  const download = await d
  return { name: download.suggestedFilename(), mimeType: 'application/zip', buffer: readFileSync(await download.path()) }
}

async function phone(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ ...devices['Pixel 7'], baseURL, viewport: { width: 360, height: 740 }, locale: 'vi-VN', serviceWorkers: 'allow', acceptDownloads: true })
  return { context, page: await context.newPage() }
}

async function approve(page: Page, assessmentId: string, number: string) {
  await page.goto(`/a/${assessmentId}/approve`)
  await page.locator('#approval-form-decisionNumber').fill(number)
  await page.getByRole('button', { name: 'Phê duyệt kết quả' }).last().click()
  await page.getByRole('dialog').getByRole('button', { name: 'Phê duyệt kết quả' }).click()
  await expect(page.getByTestId('approval-done')).toBeVisible()
}

/** Approves, then makes the submission file on "Nộp kết quả" and downloads it. */
async function submit(page: Page, assessmentId: string, number: string): Promise<Passed> {
  await approve(page, assessmentId, number)
  await page.getByTestId('submit-link').click()
  await page.getByTestId('make-submission').click()
  await expect(page.getByTestId('submission-made')).toBeVisible()
  const file = passed(page.waitForEvent('download'))
  await page.getByTestId('download-submission').click()
  return file
}

async function openFile(page: Page, file: Passed) {
  await page.goto('/open')
  await page.locator('input[type=file]').setInputFiles(file)
}

async function counts(desk: Page, expected: Record<string, number>) {
  await desk.goto('/desk')
  for (const [status, n] of Object.entries(expected)) await expect(desk.getByTestId(`count-${status}`)).toContainText(String(n))
}

async function take(desk: Page, files: Passed[]) {
  await desk.goto('/desk/import')
  await desk.getByTestId('import-files').setInputFiles(files)
  await expect(desk.getByTestId('import-take')).toHaveText(`Nhận ${files.length} bài nộp`)
  await desk.getByTestId('import-take').click()
  await expect(desk.getByTestId('import-done')).toBeVisible()
}

async function openSchool(desk: Page, name: string) {
  await desk.goto('/desk')
  await desk.getByTestId('desk-search').fill(name)
  await desk.getByTestId('desk-row').first().click()
  await expect(desk.getByRole('heading', { level: 1, name })).toBeVisible()
}

test('two schools submit, the desk returns one, that school resubmits, the desk accepts', async ({ browser, baseURL }) => {
  test.setTimeout(300_000)
  const xh = await phone(browser, baseURL)
  const ll = await phone(browser, baseURL)
  const dk = await phone(browser, baseURL)
  try {
    // The schools' phones: one approved assessment each, submitted.
    await xh.page.goto('/')
    const a = await seedAssessment(xh.page, { schoolName: 'Trường Tiểu học Xuân Hương', code: '79000001' })
    await ll.page.goto('/')
    const b = await seedAssessment(ll.page, { schoolName: 'Trường Tiểu học Lê Lợi', code: '79000002' })
    const xh1 = await submit(xh.page, a.assessmentId, '12/QĐ-TH')
    const ll1 = await submit(ll.page, b.assessmentId, '7/QĐ-TH')

    // The desk: unit, campaign, a roster of three schools (one never submits).
    const desk = dk.page
    await desk.goto('/')
    await desk.getByTestId('workspace-desk').click()
    await desk.getByRole('link', { name: 'Thiết lập đơn vị và đợt đánh giá' }).click()
    await desk.getByTestId('unit-name').fill('Phòng Văn hóa – Xã hội')
    await desk.getByTestId('campaign-year').fill('2025-2026')
    await desk.getByTestId('campaign-set').selectOption('qd-4725@1.0.0')
    await desk.getByTestId('campaign-deadline').fill('2026-05-31')
    await desk.getByTestId('setup-save').click()
    await desk.goto('/desk/roster')
    const roster = 'Tên trường,Mã trường,Cấp học,Xã/phường\nTrường Tiểu học Xuân Hương,79000001,Tiểu học,Xã An Phú\nTrường Tiểu học Lê Lợi,79000002,Tiểu học,Xã An Phú\nTrường Tiểu học Hòa Bình,79000003,Tiểu học,Xã An Phú\n'
    await desk.getByTestId('roster-file').setInputFiles({ name: 'ds.csv', mimeType: 'text/csv', buffer: Buffer.from(roster) })
    await expect(desk.getByTestId('roster-done')).toContainText('thêm 3 trường')
    await counts(desk, { 'not-submitted': 3, submitted: 0 })

    await take(desk, [xh1, ll1])
    await counts(desk, { 'not-submitted': 1, submitted: 2, returned: 0, accepted: 0 })

    // The desk returns Xuân Hương with a comment on its first chỉ số.
    await openSchool(desk, 'Trường Tiểu học Xuân Hương')
    await desk.getByTestId('review-comment').first().fill('Cần bản scan kế hoạch có chữ ký')
    await desk.getByTestId('review-comment').first().blur()
    await expect(desk.getByTestId('review-status')).toHaveText('Đang thẩm định')
    await desk.getByTestId('decide-reason').fill('Thiếu minh chứng nhóm 1')
    await desk.getByTestId('decide-return').click()
    await expect(desk.getByTestId('decide-confirm')).toBeVisible()
    const returned = passed(desk.waitForEvent('download'))
    await desk.getByTestId('decide-return').click()
    const xhReturn = await returned
    await counts(desk, { 'not-submitted': 1, submitted: 1, returned: 1 })

    // Xuân Hương's phone opens the return, amends in a new revision and submits again.
    await openFile(xh.page, xhReturn)
    await expect(xh.page.getByTestId('decision-verdict')).toHaveText('Trả lại để bổ sung, sửa chữa')
    await expect(xh.page.getByTestId('decision-reason')).toHaveText('Thiếu minh chứng nhóm 1')
    await expect(xh.page.getByText('Cần bản scan kế hoạch có chữ ký')).toBeVisible()
    await xh.page.getByTestId('open-revision').click()
    await expect(xh.page.getByTestId('review-comment').first()).toContainText('Cần bản scan kế hoạch có chữ ký')
    const revision2 = new URL(xh.page.url()).pathname.split('/')[2] as string
    const xh2 = await submit(xh.page, revision2, '15/QĐ-TH')
    expect(xh2.name).toMatch(/-lan-2-[0-9A-F]{8}\.zip$/)

    // The desk takes the resubmission (it supersedes the returned one) and accepts it.
    await take(desk, [xh2])
    await counts(desk, { 'not-submitted': 1, submitted: 2, returned: 0, accepted: 0 })
    await openSchool(desk, 'Trường Tiểu học Xuân Hương')
    await expect(desk.getByTestId('review-status')).toHaveText('Đã nộp')
    await desk.getByTestId('decide-accept').click()
    const accepted = passed(desk.waitForEvent('download'))
    await desk.getByTestId('decide-accept').click()
    const xhAccept = await accepted
    await expect(desk.getByTestId('review-status')).toHaveText('Đã chấp nhận')
    await expectNoSeriousA11yViolations(desk)
    await counts(desk, { 'not-submitted': 1, submitted: 1, returned: 0, accepted: 1 })

    // Xuân Hương's phone opens the acceptance.
    await openFile(xh.page, xhAccept)
    await expect(xh.page.getByTestId('report-status')).toContainText('Đã được chấp nhận')
    await expectNoSeriousA11yViolations(xh.page)
  } finally {
    await Promise.all([xh.context.close(), ll.context.close(), dk.context.close()])
  }
})
