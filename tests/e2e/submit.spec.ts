import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { expect, test, type Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './helpers/axe'
import { seedAssessment } from './helpers/seed'

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')

/** Approves the open assessment on its approval screen with a decision number. */
async function approve(page: Page, assessmentId: string, number: string) {
  await page.goto(`/a/${assessmentId}/approve`)
  await page.locator('#approval-form-decisionNumber').fill(number)
  await page.getByRole('button', { name: 'Phê duyệt kết quả' }).last().click()
  await page.getByRole('dialog').getByRole('button', { name: 'Phê duyệt kết quả' }).click()
  await expect(page.getByTestId('approval-done')).toBeVisible()
}

/** Makes the submission file on the report screen and returns it as the reviewer receives it. */
async function submitFile(page: Page) {
  await page.getByTestId('make-submission').click()
  await expect(page.getByTestId('submission-made')).toBeVisible()
  const waiting = page.waitForEvent('download')
  await page.getByTestId('download-submission').click()
  const d = await waiting
  const bytes = new Uint8Array(readFileSync(await d.path()))
  const entries = unzipSync(bytes)
  const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as { submission: { sha256: string } }
  const data = JSON.parse(new TextDecoder().decode(entries['data.json'])) as { content: Content }
  return { name: d.suggestedFilename(), sha256: manifest.submission.sha256, content: data.content, fingerprint: (await page.getByTestId('fingerprint').textContent())?.trim() }
}

interface Content {
  school: { id: string; name: string; code: string }
  assessment: { id: string; revision: number; schoolYear: string }
  set: { setId: string; version: string }
  declared: { groups: { id: string; points: number; level: number | null }[]; answered: number; total: number }
}

/** The decision file the managing body's desk sends back, made here as its format says. */
function decisionFile(sha256: string, c: Content, decision: 'returned' | 'accepted', rows: { itemId: string; score: unknown; comment: string }[], reason: string) {
  const data = {
    submission: {
      sha256,
      schoolId: c.school.id,
      schoolName: c.school.name,
      schoolCode: c.school.code,
      assessmentId: c.assessment.id,
      revision: c.assessment.revision,
      schoolYear: c.assessment.schoolYear,
      setId: c.set.setId,
      version: c.set.version,
    },
    decision,
    reason,
    rows,
    reviewed: decision === 'accepted' ? { ...c.declared, groups: c.declared.groups.map((g) => (g.id === '1' ? { ...g, points: g.points + 5 } : g)) } : null,
    unit: { name: 'Phòng Văn hóa – Xã hội phường Xuân Hương', headName: 'Lê Văn Bình' },
    decidedAt: '2026-06-01T03:00:00.000Z',
  }
  const bytes = strToU8(JSON.stringify(data))
  const manifest = {
    format: 'chiso.decision',
    formatVersion: 1,
    appVersion: '0.1.0',
    createdAt: '2026-06-01T03:00:00.000Z',
    packageId: `desk-${decision}-${c.assessment.revision}`,
    decision: { decision, submissionSha256: sha256, schoolName: c.school.name },
    entries: [{ path: 'data.json', size: bytes.length, sha256: sha(bytes) }],
  }
  const zip = zipSync({ 'data.json': bytes, 'manifest.json': strToU8(JSON.stringify(manifest)) })
  return { name: `chiso-${decision === 'returned' ? 'tra-lai' : 'chap-nhan'}-lan-${c.assessment.revision}.zip`, mimeType: 'application/zip', buffer: Buffer.from(zip) }
}

async function openFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto('/open')
  await page.locator('input[type=file]').setInputFiles(file)
}

test('the school submits, opens a return, resubmits the amended revision, then opens the acceptance', async ({ page }) => {
  test.setTimeout(180_000)
  await page.goto('/')
  const { assessmentId } = await seedAssessment(page, { schoolName: 'Trường Tiểu học Xuân Hương' })

  // Approve, then "Nộp kết quả" from the approval screen
  await approve(page, assessmentId, '12/QĐ-TH')
  await page.getByTestId('submit-link').click()
  await expect(page.getByRole('heading', { level: 1, name: 'Nộp kết quả' })).toBeVisible()
  await expect(page.getByTestId('report-status')).toHaveText('Chưa nộp')
  await expect(page.getByText('Không có ảnh hay tệp minh chứng nào trên máy.')).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  const first = await submitFile(page)
  expect(first.name).toMatch(/^chiso-nop-ket-qua-79000001-truong-tieu-hoc-xuan-huong-2025-2026-lan-1-[0-9A-F]{8}\.zip$/)
  expect(first.fingerprint).toBe(first.sha256.toUpperCase().slice(0, 16).match(/.{4}/g)?.join('-'))
  await expect(page.getByTestId('report-status')).toContainText('Đã nộp lúc')
  await expectNoSeriousA11yViolations(page)

  // The managing body returns it with a comment on 1.1
  await openFile(page, decisionFile(first.sha256, first.content, 'returned', [{ itemId: '1.1', score: null, comment: 'Cần bản scan kế hoạch có chữ ký' }], 'Thiếu minh chứng nhóm 1'))
  await expect(page).toHaveURL(new RegExp(`/a/${assessmentId}/report\\?opened=returned`))
  await expect(page.getByTestId('decision-verdict')).toHaveText('Trả lại để bổ sung, sửa chữa')
  await expect(page.getByTestId('decision-reason')).toHaveText('Thiếu minh chứng nhóm 1')
  await expect(page.getByTestId('decision-row-1.1')).toContainText('Cần bản scan kế hoạch có chữ ký')
  await expect(page.getByTestId('report-status')).toContainText('Bị trả lại')
  await expectNoSeriousA11yViolations(page)

  // The new revision shows the comment beside the chỉ số
  await page.getByTestId('open-revision').click()
  await expect(page.locator('#item-1_1').getByTestId('review-comment')).toContainText('Cần bản scan kế hoạch có chữ ký')
  await expectNoSeriousA11yViolations(page)
  const revision2 = new URL(page.url()).pathname.split('/')[2] as string
  expect(revision2).not.toBe(assessmentId)

  // Amended, approved and submitted again: lần 2
  await approve(page, revision2, '15/QĐ-TH')
  await page.getByTestId('submit-link').click()
  const second = await submitFile(page)
  expect(second.name).toMatch(/-lan-2-[0-9A-F]{8}\.zip$/)
  expect(second.content.assessment.revision).toBe(2)

  // The acceptance: accepted, reviewed scores beside the school's own on the summary
  await openFile(page, decisionFile(second.sha256, second.content, 'accepted', [{ itemId: '1.1', score: null, comment: 'Đã đủ' }], ''))
  await expect(page).toHaveURL(new RegExp(`/a/${revision2}/report\\?opened=accepted`))
  await expect(page.getByTestId('report-status')).toContainText('Đã được chấp nhận')
  await page.goto(`/a/${revision2}/summary`)
  await expect(page.getByTestId('decision-verdict')).toHaveText('Chấp nhận kết quả')
  await expect(page.getByTestId('reviewed-group-1')).toBeVisible()
  await expectNoSeriousA11yViolations(page)
})
