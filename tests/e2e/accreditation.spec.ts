import { execFileSync } from 'node:child_process'
import { expect, test, type Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './helpers/axe'
import { seedAssessment } from './helpers/seed'

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' })
const words = (s: string) => s.replace(/\s+/g, ' ')

/** Level rows already rated for standards 2 to 4, as a council member's phone would have saved them. */
async function seedAnswers(page: Page, assessmentId: string, values: Record<string, boolean>) {
  await page.evaluate(
    ({ assessmentId, values }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('chiso')
        req.onsuccess = () => {
          const db = req.result
          const tx = db.transaction(['answers'], 'readwrite')
          const now = new Date().toISOString()
          for (const [itemId, value] of Object.entries(values)) tx.objectStore('answers').put({ assessmentId, itemId, value, note: '', updatedAt: now })
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(new Error('seed failed'))
        }
        req.onerror = () => reject(new Error('open failed'))
      }),
    { assessmentId, values },
  )
}

test('a school rates the TT 57/2026 criteria to a level and exports the self-evaluation report', async ({ page }, testInfo) => {
  test.setTimeout(120_000)
  await page.goto('/')
  const { assessmentId } = await seedAssessment(page, { setId: 'tt57-2026-pho-thong' })
  const others = ['2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '3.4', '3.5', '4.1', '4.2', '4.3']
  await seedAnswers(page, assessmentId, Object.fromEntries(others.map((c) => [`${c}-M1`, true])))

  await page.goto(`/a/${assessmentId}`)
  const level = (c: string) => page.getByTestId(`criterion-level-${c}`)
  await expect(level('1.1')).toContainText('Chưa đạt Mức 1')
  await expect(page.getByText('Tiêu chí bắt buộc', { exact: true })).toHaveCount(2)

  // Level 2 alone is not enough: levels are cumulative.
  await page.getByTestId('indicator-1.1-M2').check()
  await expect(level('1.1')).toContainText('Chưa đạt Mức 1')
  await page.getByTestId('indicator-1.1-M1').check()
  await expect(level('1.1')).toContainText('Mức đạt: Mức 2')

  const state = page.getByLabel('Mô tả hiện trạng').first()
  await state.fill('Nhà trường ban hành kế hoạch năm học và kế hoạch giáo dục đúng hạn (MC1.1.01).')
  await state.blur()
  await page.getByLabel('Điểm mạnh').first().fill('Kế hoạch sát thực tế địa phương.')
  await page.getByLabel('Hạn chế').first().fill('Chưa rà soát kế hoạch giữa năm học.')
  await page.getByLabel('Kế hoạch cải tiến chất lượng').first().fill('Rà soát, điều chỉnh kế hoạch cuối học kỳ I.')
  await page.getByLabel('Người, bộ phận thực hiện').first().fill('Phó hiệu trưởng Lê Văn Minh')
  await page.getByLabel('Thời gian thực hiện, hoàn thành').first().fill('Tháng 01/2027')
  await page.getByLabel('Thời gian thực hiện, hoàn thành').first().blur()
  for (const c of ['1.2', '1.3', '1.4']) await page.getByTestId(`indicator-${c}-M1`).check()
  await expect(level('1.4')).toContainText('Mức đạt: Mức 1')
  await expectNoSeriousA11yViolations(page)

  // What was typed survives a reload: it is saved as it changes.
  await page.reload()
  await expect(page.getByLabel('Mô tả hiện trạng').first()).toHaveValue(/ban hành kế hoạch năm học/)
  await expect(level('1.1')).toContainText('Mức đạt: Mức 2')

  await page.goto(`/a/${assessmentId}/summary`)
  await expect(page.getByTestId('school-level')).toHaveText('Mức 1')
  await expect(page.getByTestId('level-summary')).toContainText('Tiêu chí đạt Mức 2: 1/15')
  await expectNoSeriousA11yViolations(page)

  await page.goto(`/a/${assessmentId}/record`)
  const make = page.getByRole('button', { name: 'Tạo báo cáo tự đánh giá (PDF)' })
  await expect(make).toBeVisible()
  await page.getByLabel('Ngày báo cáo', { exact: true }).fill('2027-06-10')
  await page.getByLabel('Ngày báo cáo', { exact: true }).blur()
  await expectNoSeriousA11yViolations(page)

  const downloading = page.waitForEvent('download', { timeout: 60_000 })
  await make.click()
  await page.getByRole('region', { name: 'Đối chiếu bảng chỉ số trước khi tạo hồ sơ' }).getByRole('button', { name: 'Nhà trường đã đối chiếu, tạo hồ sơ' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^bao-cao-tu-danh-gia-chat-luong-.*2025-2026\.pdf$/)
  const pdf = testInfo.outputPath('bao-cao.pdf')
  await download.saveAs(pdf)
  const text = words(run('pdftotext', ['-enc', 'UTF-8', pdf, '-']))
  for (const s of [
    'BÁO CÁO TỰ ĐÁNH GIÁ',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Phần I. CƠ SỞ DỮ LIỆU',
    'Tiêu chuẩn 1: Quản trị nhà trường và bảo đảm chất lượng',
    'Tiêu chí 1.1: Tầm nhìn, sứ mạng/mục tiêu và kế hoạch phát triển',
    'Tiêu chí 1.3: Quản lý kế hoạch, nguồn lực, thông tin và dữ liệu (tiêu chí bắt buộc)',
    'Nhà trường ban hành kế hoạch năm học và kế hoạch giáo dục đúng hạn (MC1.1.01).',
    'Hạn chế',
    'Người, bộ phận thực hiện: Phó hiệu trưởng Lê Văn Minh',
    'Mức 1: Đạt; Mức 2: Đạt.',
    'Tiêu chuẩn 4: Điều kiện giáo dục, môi trường an toàn và phối hợp xã hội',
    'Phần III. KẾT LUẬN',
    'Kết quả tự đánh giá của nhà trường: Đạt Mức 1.',
    'Phần IV. PHỤ LỤC',
  ])
    expect(text, s).toContain(s)
  for (const never of ['ứng dụng', 'Bản dịch', 'Không chính thức', 'chưa đối chiếu', 'tạm tính']) expect(text, never).not.toContain(never)
})
