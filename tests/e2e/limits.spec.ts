import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { TEXT_LIMITS } from '../../src/domain/exchange/manifest'
import { RECORD_FIELD_LIMITS } from '../../src/domain/record/fields'
import { seedAssessment } from './helpers/seed'

/** Vietnamese text of exactly `n` UTF-16 units, as a teacher's long note reads. */
const longText = (start: string, n: number) => `${start} ${'Đã kiểm tra sổ điểm điện tử của các lớp, có biên bản kèm theo. '.repeat(Math.ceil(n / 60))}`.slice(0, n)

const NOTE = longText('Ghi chú 2.3.3:', TEXT_LIMITS.note)
const INFO = longText('Hệ thống LMS:', TEXT_LIMITS.answerText)
const CONCLUSION = longText('Kết luận:', RECORD_FIELD_LIMITS.conclusion)
const PLAN_NUMBER = longText('Số', RECORD_FIELD_LIMITS.planNumber)

/** Types past the limit: the box keeps exactly the limit. */
async function typeAtLimit(page: Page, selector: string, text: string) {
  const box = page.locator(selector)
  await box.fill(`${text}THỪA`)
  await expect(box).toHaveValue(text)
  await box.blur()
}

async function expectAllTexts(page: Page, assessmentId: string) {
  await page.goto(`/a/${assessmentId}?group=1`)
  await expect(page.locator('#item-1_3_2-input')).toHaveValue(INFO)
  await page.goto(`/a/${assessmentId}?group=2`)
  await expect(page.locator('#item-2_3_3-note')).toHaveValue(NOTE)
  await page.goto(`/a/${assessmentId}/record`)
  await openRecordGroups(page)
  await expect(page.locator('#record-conclusion')).toHaveValue(CONCLUSION)
  await expect(page.locator('#record-planNumber')).toHaveValue(PLAN_NUMBER)
}

/** The four texts as the device's database holds them. */
function storedTexts(page: Page, assessmentId: string) {
  return page.evaluate(
    (id) =>
      new Promise<string[]>((resolve, reject) => {
        const req = indexedDB.open('chiso')
        req.onerror = () => reject(new Error('open failed'))
        req.onsuccess = () => {
          const db = req.result
          const tx = db.transaction(['answers', 'assessments'])
          const info = tx.objectStore('answers').get([id, '1.3.2'])
          const note = tx.objectStore('answers').get([id, '2.3.3'])
          const a = tx.objectStore('assessments').get(id)
          tx.oncomplete = () => {
            db.close()
            const record = (a.result as { record: Record<string, string> }).record
            resolve([(info.result as { value: string } | undefined)?.value ?? '', (note.result as { note: string } | undefined)?.note ?? '', record.conclusion ?? '', record.planNumber ?? ''])
          }
        }
      }),
    assessmentId,
  )
}

async function openRecordGroups(page: Page) {
  for (const group of ['plan', 'minutes']) {
    const details = page.locator(`details[data-group="${group}"]`)
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click()
  }
}

test('texts typed at their limits survive a reload, and a backup restored on an emptied device', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000)
  await page.goto('/')
  const { assessmentId } = await seedAssessment(page)

  await page.goto(`/a/${assessmentId}?group=1`)
  await typeAtLimit(page, '#item-1_3_2-input', INFO)
  await expect(page.locator('#item-1_3_2').getByTestId('char-count')).toBeVisible()
  await page.goto(`/a/${assessmentId}?group=2`)
  await page.locator('#item-2_3_3 details.item__note summary').click()
  await typeAtLimit(page, '#item-2_3_3-note', NOTE)
  await page.goto(`/a/${assessmentId}/record`)
  await openRecordGroups(page)
  await typeAtLimit(page, '#record-conclusion', CONCLUSION)
  await expect(page.locator('[data-field="record-conclusion"]').getByTestId('char-count')).toBeVisible()
  await typeAtLimit(page, '#record-planNumber', PLAN_NUMBER)
  await expect.poll(() => storedTexts(page, assessmentId)).toEqual([INFO, NOTE, CONCLUSION, PLAN_NUMBER])

  await page.reload()
  await expectAllTexts(page, assessmentId)

  // A backup of it all, made and read back by the app.
  await page.goto('/backup')
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Tạo bản sao lưu' }).click()
  const download = await downloading
  const file = join(mkdtempSync(join(tmpdir(), 'chiso-limits-')), download.suggestedFilename())
  await download.saveAs(file)
  await expect(page.getByTestId('backup-made')).toBeVisible()

  // The site's data cleared, then the backup restored: every text comes back whole.
  await page.goto('about:blank')
  const cdp = await context.newCDPSession(page)
  await cdp.send('Storage.clearDataForOrigin', { origin: baseURL!, storageTypes: 'all' })
  await page.goto('/backup')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Khôi phục từ bản sao lưu' }).click()
  await (await chooser).setFiles(file)
  await expect(page.getByTestId('restore-report')).toContainText(`Đã khôi phục “${download.suggestedFilename()}”`, { timeout: 30_000 })
  expect(await storedTexts(page, assessmentId)).toEqual([INFO, NOTE, CONCLUSION, PLAN_NUMBER])
  await expectAllTexts(page, assessmentId)
})
