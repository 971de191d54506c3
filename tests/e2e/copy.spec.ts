import { expect, test, type Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './helpers/axe'
import { seedAssessment } from './helpers/seed'

/** Puts answers on an assessment straight into the app's database. */
async function seedAnswers(page: Page, assessmentId: string, rows: { itemId: string; value: boolean | number; yes?: boolean }[]) {
  await page.evaluate(
    ({ assessmentId, rows }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('chiso')
        req.onsuccess = () => {
          const db = req.result
          const tx = db.transaction('answers', 'readwrite')
          for (const r of rows)
            tx.objectStore('answers').put({
              assessmentId,
              itemId: r.itemId,
              value: r.value,
              ...(r.yes === undefined ? {} : { basis: { yes: r.yes } }),
              note: '',
              updatedAt: '2026-05-01T00:00:00.000Z',
            })
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(new Error('seed failed'))
        }
        req.onerror = () => reject(new Error('open failed'))
      }),
    { assessmentId, rows },
  )
}

test('a year copied from last year cannot be approved until the head confirms the copies', async ({ page }) => {
  test.setTimeout(90_000)
  await page.goto('/')
  const last = await seedAssessment(page, { status: 'approved' })
  await seedAnswers(page, last.assessmentId, [
    { itemId: '1.1', value: true },
    { itemId: '1.2', value: true },
    { itemId: '1.3.1', value: 6, yes: true },
    { itemId: '1.3.3', value: 6, yes: true },
    { itemId: '1.4', value: 8 },
  ])

  // New year from last year's answers
  await page.goto(`/schools/${last.schoolId}`)
  await page.getByRole('button', { name: 'Tạo đợt đánh giá' }).click()
  await page.getByText(/Năm học 2025-2026, lần 1/).click()
  await page.getByRole('button', { name: 'Tạo và bắt đầu chấm' }).click()

  // Copied rows are not answered: they wait for the head
  await expect(page.getByTestId('group-progress')).toContainText('Đã trả lời 0/17 chỉ số')
  await expect(page.getByTestId('group-progress')).toContainText('5 chỉ số chép từ năm trước chưa xác nhận')
  await expect(page.getByTestId('copied-notice')).toContainText('Có 5 chỉ số chép câu trả lời từ năm trước')
  await expect(page.locator('#item-1_1')).toHaveAttribute('data-state', 'unconfirmed')
  await expectNoSeriousA11yViolations(page)

  // The next-row button goes to the rows that need her, unconfirmed copies included; one tap keeps one
  await page.getByTestId('next-row').click()
  await expect(page.locator('#item-1_1').getByRole('button', { name: 'Giữ như năm trước' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('#item-1_1')).toHaveAttribute('data-state', 'answered')
  // a whole criterion in one more
  await page.getByTestId('keep-criterion-1.3').click()
  await expect(page.locator('#item-1_3_1')).toHaveAttribute('data-state', 'answered')
  await expect(page.locator('#item-1_3_3')).toHaveAttribute('data-state', 'answered')
  await expect(page.getByTestId('group-progress')).toContainText('Đã trả lời 3/17 chỉ số')
  await expect(page.getByTestId('group-progress')).toContainText('2 chỉ số chép từ năm trước chưa xác nhận')

  await page.getByTestId('next-row').click()
  await expect(page.locator('#item-1_3_4 :focus')).toHaveCount(1)

  // The overview lists every indicator with its state, and opens one
  await page.getByTestId('overview-link').click()
  await expect(page.getByTestId('overview-1.1')).toHaveAttribute('data-state', 'answered')
  await expect(page.getByTestId('overview-1.2')).toContainText('Chưa xác nhận')
  await expect(page.getByTestId('overview-1.3.4')).toContainText('Chưa trả lời')
  await expect(page.getByTestId('overview-2.1')).toContainText('0 minh chứng')
  await expectNoSeriousA11yViolations(page)
  await page.getByTestId('overview-1.3.1').getByRole('link').click()
  await expect(page.locator('#item-1_3_1')).toBeInViewport()

  // "Không" after a kept "Có" with her own number: the number stays, marked against its answer
  await page.locator('#item-1_3_1-input').fill('5')
  await page.locator('#item-1_3_1').getByText('Không', { exact: true }).click()
  await expect(page.locator('#item-1_3_1').getByTestId('points-mismatch')).toContainText('Điểm 5 khác gợi ý 0 theo câu trả lời «Không»')

  // Approval lists both and waits for the tick
  await page.getByRole('link', { name: 'Tổng hợp' }).click()
  await expect(page.getByTestId('summary-unconfirmed')).toContainText('Còn 2 chỉ số chép từ năm trước chưa xác nhận')
  await expect(page.getByTestId('summary-mismatches')).toContainText('1.3.1')
  await page.getByRole('link', { name: 'Phê duyệt kết quả' }).click()
  await expect(page.getByTestId('approval-unconfirmed')).toContainText('Còn 2 chỉ số chép câu trả lời từ năm trước')
  await expect(page.getByTestId('approval-mismatches')).toContainText('1.3.1')
  await page.getByLabel('Số quyết định').fill('18/QĐ-THVT')
  await expectNoSeriousA11yViolations(page)
  await page.getByRole('button', { name: 'Phê duyệt kết quả' }).click()
  await expect(page.getByText('Hãy rà soát các chỉ số nêu trên rồi đánh dấu ô xác nhận.')).toBeVisible()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page.getByTestId('approval-reviewed')).toBeFocused()

  await page.getByTestId('approval-reviewed').check()
  await page.getByRole('button', { name: 'Phê duyệt kết quả' }).click()
  await page.getByRole('dialog').getByRole('button', { name: /Đồng ý|Xác nhận|Phê duyệt/ }).click()
  await expect(page.getByTestId('approval-done')).toContainText('Hiệu trưởng đã rà soát 2 chỉ số chép từ năm trước khi phê duyệt.')

  // Home puts this year first, with its result
  await page.getByRole('link', { name: 'Quay lại' }).click()
  await page.goto('/')
  const current = page.getByTestId('home-current')
  await expect(current).toContainText('Năm học 2026-2027')
  await expect(current.getByTestId('result-line')).toContainText(/Nhóm 1: \d+ \(Mức \d\) · Nhóm 2: \d+ \(Mức \d\)/)
  await expectNoSeriousA11yViolations(page)
})
