import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { makeSubmissionFiles } from '../../bench/lib/submissions.mjs'
import { expectNoSeriousA11yViolations } from './helpers/axe'

// Submission files made by the app's own code (as a school's phone makes them), for two schools on
// the built-in set qd-4725 1.0.0, then a second revision of the first school.
const ROOT = join(import.meta.dirname, '..', '..')
const ROSTER = 'Tên trường,Mã trường,Cấp học,Xã/phường\nTrường thử 1,BENCH00001,Mầm non,Xã 1\nTrường thử 2,BENCH00002,Tiểu học,Xã 2\nTrường thử 3,BENCH00003,THCS,Xã 3\n'

let first: string[] = []
let second: string[] = []

test.beforeAll(async () => {
  test.setTimeout(120_000)
  const dir = mkdtempSync(join(tmpdir(), 'chiso-desk-'))
  await makeSubmissionFiles(ROOT, join(dir, 'r1'), 2)
  await makeSubmissionFiles(ROOT, join(dir, 'r2'), 1, { revision: 2 })
  first = readdirSync(join(dir, 'r1')).sort().map((f) => join(dir, 'r1', f))
  second = readdirSync(join(dir, 'r2')).map((f) => join(dir, 'r2', f))
})

async function counts(page: Page, expected: Record<string, number>) {
  await page.goto('/desk')
  for (const [status, n] of Object.entries(expected)) await expect(page.getByTestId(`count-${status}`)).toContainText(String(n))
}

async function importFiles(page: Page, files: string[], take: number) {
  await page.goto('/desk/import')
  await page.getByTestId('import-files').setInputFiles(files)
  await expect(page.getByTestId('import-take')).toHaveText(`Nhận ${take} bài nộp`)
  await expectNoSeriousA11yViolations(page)
  await page.getByTestId('import-take').click()
  await expect(page.getByTestId('import-done')).toBeVisible()
}

test('the desk takes two submissions, returns one with a comment, takes its resubmission and accepts it', async ({ page }) => {
  test.setTimeout(120_000)
  await page.goto('/')
  await page.getByTestId('workspace-desk').click()
  await page.getByRole('link', { name: 'Thiết lập đơn vị và đợt đánh giá' }).click()
  await page.getByTestId('unit-name').fill('Phòng Văn hóa – Xã hội')
  await page.getByTestId('campaign-year').fill('2025-2026')
  await page.getByTestId('campaign-set').selectOption('qd-4725@1.0.0')
  await page.getByTestId('campaign-deadline').fill('2026-05-31')
  await page.getByTestId('setup-save').click()
  await page.goto('/desk/roster')
  await page.getByTestId('roster-file').setInputFiles({ name: 'ds.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER) })
  await expect(page.getByTestId('roster-done')).toContainText('thêm 3 trường')
  await counts(page, { 'not-submitted': 3, submitted: 0 })

  await importFiles(page, first, 2)
  await counts(page, { 'not-submitted': 1, submitted: 2, returned: 0 })

  // Return the first school with a comment on one indicator.
  await page.getByTestId('desk-search').fill('Trường thử 1')
  await page.getByTestId('desk-row').first().click()
  await expect(page.getByTestId('review-status')).toHaveText('Đã nộp')
  await expect(page.getByTestId('review-fingerprint')).toHaveText(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/)
  await page.getByTestId('review-comment').first().fill('Bổ sung ảnh phòng máy')
  await page.getByTestId('review-comment').first().blur()
  await expect(page.getByTestId('review-status')).toHaveText('Đang thẩm định')
  await expectNoSeriousA11yViolations(page)
  await page.getByTestId('decide-return').click()
  await expect(page.getByText('Ghi lý do trả lại.')).toBeVisible()
  await page.getByTestId('decide-reason').fill('Thiếu minh chứng nhóm 1')
  await page.getByTestId('decide-return').click()
  await expect(page.getByTestId('decide-confirm')).toBeVisible()
  const download = page.waitForEvent('download')
  await page.getByTestId('decide-return').click()
  expect((await download).suggestedFilename()).toBe('chiso-tra-lai-bench00001-truong-thu-1-lan-1.zip')
  await expect(page.getByTestId('review-status')).toHaveText('Trả lại')
  await counts(page, { 'not-submitted': 1, submitted: 1, returned: 1 })

  // The school's second revision supersedes the returned one; the reviewer accepts it.
  await importFiles(page, second, 1)
  await counts(page, { 'not-submitted': 1, submitted: 2, returned: 0 })
  await page.getByTestId('desk-search').fill('Trường thử 1')
  await page.getByTestId('desk-row').first().click()
  await expect(page.getByText('Lần nộp 2,', { exact: false }).first()).toBeVisible()
  await page.getByTestId('decide-accept').click()
  const accepted = page.waitForEvent('download')
  await page.getByTestId('decide-accept').click()
  expect((await accepted).suggestedFilename()).toBe('chiso-chap-nhan-bench00001-truong-thu-1-lan-2.zip')
  await counts(page, { 'not-submitted': 1, submitted: 1, accepted: 1, returned: 0 })
})
