import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, test, type Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './helpers/axe'
import { seedAssessment } from './helpers/seed'

// RECORD_SCREENSHOTS=1 npx playwright test tests/e2e/record.spec.ts renders one page of each
// document of the exported record into public/screenshots/record-*.png (for the README).
const SCREENSHOTS = process.env.RECORD_SCREENSHOTS === '1'
const ROOT = fileURLToPath(new URL('../..', import.meta.url))

interface SetItem {
  id: string
  kind: 'condition' | 'points' | 'info'
  max?: number
}
interface SetFile {
  groups: { id: string; title: { vi: string }; criteria: { id: string; items: SetItem[] }[] }[]
}
const SET = JSON.parse(readFileSync(`${ROOT}criteria-sets/qd-4725/1.0.0.json`, 'utf8')) as SetFile
const LARGE = readFileSync(`${ROOT}tests/fixtures/photos/large-4000x3000.jpg`).toString('base64')

/** Points below the maximum, so the groups land in different levels: 82/100 (Mức 3) and 64/100 (Mức 2). */
const SHORT_OF_MAX: Record<string, number> = { '1.4': 4, '1.6.3': 0, '1.7.2': 6, '1.7.3': 0, '2.3.5': 0, '2.3.6': 0, '2.3.8': 0 }
const EXPECTED = [
  { id: '1', points: 82, level: 'Mức 3 (Đáp ứng tốt)' },
  { id: '2', points: 64, level: 'Mức 2 (Đáp ứng cơ bản)' },
]

/** One action of the school's improvement plan: printed in the report's "Phương hướng, giải pháp". */
const PLAN_ACTION = { id: 'plan-1', itemId: '2.3.5', what: 'Triển khai phân hệ quản lý cơ sở vật chất', who: 'Phạm Minh Đức', by: '2026-10-30', targetPoints: 10 }

function answers(assessmentId: string) {
  const now = new Date().toISOString()
  return SET.groups.flatMap((g) =>
    g.criteria.flatMap((c) =>
      c.items.map((item) => ({
        assessmentId,
        itemId: item.id,
        value: item.kind === 'condition' ? true : item.kind === 'info' ? 'Hệ thống K12Online (thuê)' : (SHORT_OF_MAX[item.id] ?? item.max),
        note: '',
        updatedAt: now,
      })),
    ),
  )
}

/** 20 photo evidence across the criteria (every fifth one portrait), as the app stores them. */
const PHOTO_CRITERIA = ['1.3', '1.3', '1.3', '1.3', '1.4', '1.4', '1.5', '1.5', '1.6', '1.6', '1.6', '1.7', '1.7', '1.7', '2.3', '2.3', '2.3', '2.3', '2.4', '2.4']
const TITLES = ['Phòng máy tính', 'Lớp học có máy chiếu', 'Giáo viên dạy trực tuyến', 'Học liệu số trên LMS', 'Sổ điểm điện tử']

/** Returns the bytes of the stored photos. */
async function seedRecordData(page: Page, assessmentId: string): Promise<number> {
  const criterionItem = (cid: string) => SET.groups.flatMap((g) => g.criteria).find((c) => c.id === cid)!.items.find((i) => i.kind === 'points')!.id
  const seq = new Map<string, number>()
  const photos = PHOTO_CRITERIA.map((cid, k) => {
    const n = (seq.get(cid) ?? 0) + 1
    seq.set(cid, n)
    return {
      code: `MC${cid}.${String(n).padStart(2, '0')}`,
      title: `${TITLES[k % TITLES.length]} — ảnh ${k + 1}`,
      itemIds: [criterionItem(cid)],
      portrait: k % 5 === 4,
    }
  })
  return page.evaluate(
    async ({ assessmentId, answers, photos, large }) => {
      const image = await createImageBitmap(await (await fetch(`data:image/jpeg;base64,${large}`)).blob())
      const jpeg = async (w: number, h: number, draw: (ctx: OffscreenCanvasRenderingContext2D) => void, quality: number) => {
        const canvas = new OffscreenCanvas(w, h)
        const ctx = canvas.getContext('2d')!
        draw(ctx)
        return canvas.convertToBlob({ type: 'image/jpeg', quality })
      }
      const now = new Date().toISOString()
      const evidence: unknown[] = []
      const files: { id: string; blob: Blob; thumb: Blob }[] = []
      for (const [k, p] of photos.entries()) {
        const [w, h] = p.portrait ? [1536, 2048] : [2048, 1536]
        const draw = (ctx: OffscreenCanvasRenderingContext2D) => {
          const s = Math.max(w / image.width, h / image.height)
          ctx.drawImage(image, (w - image.width * s) / 2, (h - image.height * s) / 2, image.width * s, image.height * s)
          ctx.fillStyle = `hsla(${k * 18}, 70%, 45%, 0.45)`
          ctx.fillRect(0, 0, w, h)
          ctx.fillStyle = 'rgba(255,255,255,0.9)'
          ctx.fillRect(0, h - 260, w, 260)
          ctx.fillStyle = '#111'
          ctx.font = 'bold 120px sans-serif'
          ctx.fillText(p.code, 60, h - 90)
        }
        const blob = await jpeg(w, h, draw, 0.8)
        const thumb = await jpeg(p.portrait ? 240 : 320, p.portrait ? 320 : 240, (ctx) => ctx.drawImage(image, 0, 0, 320, 320), 0.7)
        const fileId = crypto.randomUUID()
        files.push({ id: fileId, blob, thumb })
        evidence.push({
          id: crypto.randomUUID(),
          assessmentId,
          code: p.code,
          title: p.title,
          kind: 'photo',
          itemIds: p.itemIds,
          capturedAt: '2025-10-02T08:04:05.000Z',
          file: { id: fileId, mime: 'image/jpeg', size: blob.size, width: w, height: h, name: `${p.code}.jpg` },
          addedAt: now,
          updatedAt: now,
        })
      }
      // A photo whose file is gone from the device: the record still comes out, with a note in its place.
      evidence.push({
        id: crypto.randomUUID(),
        assessmentId,
        code: 'MC2.4.03',
        title: 'Ảnh thu phí không dùng tiền mặt',
        kind: 'photo',
        itemIds: ['2.4.3'],
        file: { id: 'missing-file', mime: 'image/jpeg', size: 1000, width: 2048, height: 1536, name: 'mat.jpg' },
        addedAt: now,
        updatedAt: now,
      })
      evidence.push({
        id: crypto.randomUUID(),
        assessmentId,
        code: 'MC2.2.01',
        title: 'Kế hoạch ứng dụng CNTT năm học 2025-2026',
        kind: 'paper',
        itemIds: ['2.2'],
        paper: { number: '45/KH-THVT', date: '2025-09-05', issuer: 'Trường Tiểu học Văn Tràng', summary: 'Kế hoạch CNTT' },
        addedAt: now,
        updatedAt: now,
      })
      const members = [
        ['Trần Văn Bình', 'vice-principal', ['1.3.1', '1.3.3', '1.4']],
        ['Lê Thị Cúc', 'group-leader', ['1.5.1', '1.6.1']],
        ['Phạm Minh Đức', 'teacher', ['2.3.1', '2.4.1']],
        ['Hoàng Thu Hà', 'staff', ['2.3.7']],
      ].map(([name, role, itemIds], k) => ({
        id: crypto.randomUUID(),
        assessmentId,
        name,
        role,
        itemIds,
        createdAt: new Date(Date.parse(now) + k * 1000).toISOString(),
      }))

      await new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('chiso')
        req.onerror = () => reject(new Error('open failed'))
        req.onsuccess = () => {
          const db = req.result
          const tx = db.transaction(['answers', 'evidence', 'evidenceFiles', 'members'], 'readwrite')
          for (const a of answers) tx.objectStore('answers').put(a)
          for (const f of files) tx.objectStore('evidenceFiles').put(f)
          for (const e of evidence) tx.objectStore('evidence').put(e)
          for (const m of members) tx.objectStore('members').put(m)
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(new Error('seed failed'))
        }
      })
      return files.reduce((n, f) => n + f.blob.size, 0)
    },
    { assessmentId, answers: answers(assessmentId), photos, large: LARGE },
  )
}

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' })
const words = (s: string) => s.replace(/\s+/g, ' ')

test('a principal edits the record and exports it offline as one PDF with the photos', async ({ page, context }, testInfo) => {
  test.setTimeout(180_000)
  await page.goto('/')
  const { assessmentId } = await seedAssessment(page, { improvement: [PLAN_ACTION] })
  const storedBytes = await seedRecordData(page, assessmentId)
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 })

  // From the summary to the record screen
  await page.goto(`/a/${assessmentId}/summary`)
  await page.getByTestId('record-link').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ tự đánh giá 2025-2026')
  await expect(page.getByRole('button', { name: 'Tạo toàn bộ hồ sơ (PDF)' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  // The dates card is open first; nothing is invented: blank dates and numbers are listed before export
  await expect(page.getByTestId('record-checks')).toContainText('Còn trống')
  await expect(page.getByTestId('record-checks')).toContainText('Ngày họp tổ công tác')
  await page.getByLabel('Ngày họp tổ công tác', { exact: true }).fill('2026-05-08')
  await page.getByLabel('Ngày họp tổ công tác', { exact: true }).blur()
  await page.getByLabel('Ngày ban hành kế hoạch', { exact: true }).fill('2026-05-10')
  await page.getByLabel('Ngày ban hành kế hoạch', { exact: true }).blur()
  await expect(page.getByTestId('record-notes-dates')).toContainText('Ngày họp tổ công tác đang sớm hơn ngày ban hành kế hoạch')
  await page.getByLabel('Ngày ban hành kế hoạch', { exact: true }).fill('2026-04-01')
  await page.getByLabel('Ngày ban hành kế hoạch', { exact: true }).blur()
  await expect(page.getByTestId('record-notes-dates')).toHaveCount(0)
  await expect(page.getByTestId('record-checks')).not.toContainText('Ngày họp tổ công tác;')

  // Defaults from the school and members; an edit typed in decomposed Unicode is saved as NFC
  await page.locator('details[data-group="minutes"] > summary').click()
  await expect(page.getByLabel('Chủ trì', { exact: true })).toHaveValue('Nguyễn Thị Hồng')
  await expect(page.getByLabel('Thành phần tham dự', { exact: true })).toHaveValue(/Trần Văn Bình — Phó Hiệu trưởng/)
  await page.getByLabel('Địa điểm họp', { exact: true }).fill('Phòng họp tầng 2, điểm trường chính'.normalize('NFD'))
  await page.getByLabel('Địa điểm họp', { exact: true }).blur()
  await expect(page.getByTestId('record-save-state')).toContainText('Đã lưu lúc')
  await expect(page.getByRole('button', { name: 'Dùng mặc định: Địa điểm họp' })).toBeVisible()
  await page.locator('details[data-group="decision"] > summary').click()
  await page.getByLabel('Số, ký hiệu quyết định', { exact: true }).fill('15')
  await page.getByLabel('Số, ký hiệu quyết định', { exact: true }).blur()
  await expect(page.getByRole('button', { name: 'Dùng mặc định: Số, ký hiệu quyết định' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  // Offline: the screen reloads from the service worker and the edits are still there
  await context.setOffline(true)
  const reloaded = await page.reload()
  expect(reloaded?.fromServiceWorker()).toBe(true)
  await page.locator('details[data-group="minutes"] > summary').click()
  await expect(page.getByLabel('Địa điểm họp', { exact: true })).toHaveValue('Phòng họp tầng 2, điểm trường chính')

  // Export the whole record, offline, watching the progress the screen shows
  await page.evaluate(() => {
    const seen: string[] = []
    ;(window as unknown as { statuses: string[] }).statuses = seen
    const status = document.querySelector('[data-testid="record-status"]')!
    new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { subtree: true, childList: true, characterData: true })
  })
  const started = Date.now()
  const downloading = page.waitForEvent('download', { timeout: 120_000 })
  await page.getByRole('button', { name: 'Tạo toàn bộ hồ sơ (PDF)' }).click()
  // The set's unofficial rows are asked about on the phone, once, and never printed.
  const review = page.getByRole('region', { name: 'Đối chiếu bảng chỉ số trước khi tạo hồ sơ' })
  await expect(review).toContainText('chỉ số của bảng chưa được đối chiếu với văn bản gốc')
  await expectNoSeriousA11yViolations(page)
  await review.getByRole('button', { name: 'Nhà trường đã đối chiếu, tạo hồ sơ' }).click()
  await expect(page.getByRole('progressbar', { name: 'Tiến độ tạo PDF' })).toBeVisible()
  if (SCREENSHOTS) await page.screenshot({ path: testInfo.outputPath('record-progress.png'), scale: 'css' })
  const download = await downloading
  const ms = Date.now() - started
  expect(download.suggestedFilename()).toBe('ho-so-tu-danh-gia-THVT-2025-2026.pdf')
  const pdf = testInfo.outputPath('record.pdf')
  await download.saveAs(pdf)
  await expect(page.getByTestId('record-status')).toContainText('Đã tạo và tải về ho-so-tu-danh-gia-THVT-2025-2026.pdf')
  await expect(page.getByRole('alert')).toContainText('1 ảnh không đọc được trên máy')
  await expect(page.getByRole('alert')).toContainText('MC2.4.03')
  const statuses = await page.evaluate(() => (window as unknown as { statuses: string[] }).statuses)
  expect(statuses.some((s) => /Đang tạo PDF… đã đọc \d+\/21 ảnh/.test(s))).toBe(true)
  expect(statuses.some((s) => s.includes('Đang dàn trang PDF…'))).toBe(true)
  await expectNoSeriousA11yViolations(page)
  if (SCREENSHOTS) await page.screenshot({ path: `${ROOT}public/screenshots/record-screen.png`, scale: 'css' })

  // The PDF: form, titles, school, results with their diacritics, the edits, pages and photos
  const text = words(run('pdftotext', ['-enc', 'UTF-8', pdf, '-']))
  for (const s of [
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Bắt đầu vào hồi … giờ … phút, ngày 08 tháng 5 năm 2026.',
    'An Phú, ngày 01 tháng 4 năm 2026',
    'KẾ HOẠCH',
    'BIÊN BẢN',
    'BÁO CÁO',
    'QUYẾT ĐỊNH',
    'PHỤ LỤC',
    'TRƯỜNG TIỂU HỌC VĂN TRÀNG',
    'Trường Tiểu học Văn Tràng',
    'Số: …/KH-THVT',
    'Số: 15/QĐ-THVT',
    'Phòng họp tầng 2, điểm trường chính',
    'Nguyễn Thị Hồng',
    'Thư ký: Trần Văn Bình — Phó Hiệu trưởng',
    'MC1.3.01',
    'Số 45/KH-THVT, ngày 05/9/2025',
    '(Không tải được ảnh)',
    'Biểu quyết: 5/5 thành viên dự họp nhất trí với kết quả tự đánh giá.',
    'III. PHƯƠNG HƯỚNG, GIẢI PHÁP',
    'Nhóm 1 đã đạt Mức 3 (Đáp ứng tốt)',
    'Nhóm 2 còn thiếu 12 điểm để đạt Mức 3 (Đáp ứng tốt)',
    '2. Kế hoạch cải tiến',
    'Triển khai phân hệ quản lý cơ sở vật chất',
    '30/10/2026',
  ])
    expect(text, s).toContain(s)
  for (const g of EXPECTED) {
    const title = SET.groups.find((x) => x.id === g.id)!.title.vi
    expect(text).toContain(`Nhóm ${g.id}: ${title}: đạt ${g.points}/100 điểm, xếp ${g.level}.`)
    expect(text).toContain(`Tổng điểm nhóm ${g.id} ${g.points}`)
  }
  for (const caveat of ['của ứng dụng', 'ứng dụng suy luận', 'Lưu ý về bộ chỉ số', 'Ký hiệu:', 'Mức chung', 'các dòng đã biết', 'đối chiếu với văn bản', '†', '‡'])
    expect(text, caveat).not.toContain(caveat)
  const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1])
  expect(pages).toBeGreaterThanOrEqual(8)
  expect(pages).toBeLessThanOrEqual(40)
  const images = run('pdfimages', ['-list', pdf]).trim().split('\n').slice(2)
  expect(images.length).toBeGreaterThanOrEqual(20)
  const bytes = Number(/File size:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1])
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`
  console.log(
    `record PDF, 20 photos (${mb(storedBytes)} stored), offline: ${ms} ms from the tap to the download, ${mb(bytes)}, ${pages} pages, ${images.length} images`,
  )

  // One document on its own, still offline
  const one = page.waitForEvent('download', { timeout: 60_000 })
  await page.getByTestId('record-pdf-decision').click()
  const decision = await one
  expect(decision.suggestedFilename()).toBe('quyet-dinh-phe-duyet-THVT-2025-2026.pdf')
  const decisionPdf = testInfo.outputPath('decision.pdf')
  await decision.saveAs(decisionPdf)
  const decisionText = words(run('pdftotext', ['-enc', 'UTF-8', decisionPdf, '-']))
  expect(decisionText).toContain('QUYẾT ĐỊNH')
  expect(decisionText).toContain('Về việc phê duyệt kết quả tự đánh giá mức độ chuyển đổi số năm học 2025-2026')
  expect(decisionText).not.toContain('KẾ HOẠCH')
  expect(Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [decisionPdf]))?.[1])).toBeLessThanOrEqual(3)

  if (SCREENSHOTS) renderScreenshots(pdf, pages)
})

/** One page of each document, as the README shows them. */
function renderScreenshots(pdf: string, pages: number) {
  const pageText = (n: number) => run('pdftotext', ['-enc', 'UTF-8', '-f', String(n), '-l', String(n), pdf, '-'])
  const texts = Array.from({ length: pages }, (_, k) => pageText(k + 1))
  const first = (test: (t: string) => boolean) => texts.findIndex(test) + 1
  const shots = {
    plan: first((t) => t.includes('KẾ HOẠCH')),
    minutes: first((t) => t.includes('BIÊN BẢN')),
    report: first((t) => /^\s*BÁO CÁO\s*$/m.test(t)),
    'report-directions': first((t) => t.includes('III. PHƯƠNG HƯỚNG, GIẢI PHÁP')),
    decision: first((t) => /^\s*QUYẾT ĐỊNH\s*$/m.test(t)),
    appendix: first((t) => t.includes('III. ẢNH MINH CHỨNG')),
  }
  const out = `${ROOT}public/screenshots`
  mkdirSync(out, { recursive: true })
  for (const [name, n] of Object.entries(shots)) {
    expect(n, name).toBeGreaterThan(0)
    run('pdftoppm', ['-r', '70', '-png', '-singlefile', '-f', String(n), '-l', String(n), pdf, `${out}/record-${name}`])
  }
}

test('a school scores its portal on the TT 37/2020 set and files the checklist', async ({ page }, testInfo) => {
  test.setTimeout(120_000)
  await page.goto('/')
  const { assessmentId } = await seedAssessment(page, { setId: 'tt37-portal' })
  // Seven of the nine content items on the portal; 9.1b and 9.5 missing; the optional system named.
  const met: Record<string, number | string> = { '9.1a': 1, '9.1b': 0, '9.2': 1, '9.3': 1, '9.4': 1, '9.5': 0, '9.6': 1, '9.7': 1, '9.8': 1, '9.9': 'VnEdu' }
  await page.evaluate(
    ({ assessmentId, met }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('chiso')
        req.onsuccess = () => {
          const db = req.result
          const tx = db.transaction(['answers'], 'readwrite')
          const now = new Date().toISOString()
          for (const [itemId, value] of Object.entries(met)) tx.objectStore('answers').put({ assessmentId, itemId, value, note: '', updatedAt: now })
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(new Error('seed failed'))
        }
        req.onerror = () => reject(new Error('open failed'))
      }),
    { assessmentId, met },
  )

  await page.goto(`/a/${assessmentId}/record`)
  await expect(page.getByRole('button', { name: 'Tạo phiếu tự đánh giá (PDF)' })).toBeVisible()
  await expect(page.getByTestId('record-checks')).toContainText('Ngày lập phiếu; Địa chỉ cổng thông tin điện tử; Người lập phiếu')
  await page.getByLabel('Ngày lập phiếu', { exact: true }).fill('2026-05-12')
  await page.getByLabel('Ngày lập phiếu', { exact: true }).blur()
  await page.locator('details[data-group="checklist"] > summary').click()
  await page.getByLabel('Địa chỉ cổng thông tin điện tử', { exact: true }).fill('https://thvantrang.edu.vn')
  await page.getByLabel('Địa chỉ cổng thông tin điện tử', { exact: true }).blur()
  await page.getByLabel('Người lập phiếu', { exact: true }).fill('Hoàng Thu Hà')
  await page.getByLabel('Người lập phiếu', { exact: true }).blur()
  await expect(page.getByTestId('record-checks')).toHaveCount(0)
  await expectNoSeriousA11yViolations(page)

  const downloading = page.waitForEvent('download', { timeout: 60_000 })
  await page.getByRole('button', { name: 'Tạo phiếu tự đánh giá (PDF)' }).click()
  await page.getByRole('region', { name: 'Đối chiếu bảng chỉ số trước khi tạo hồ sơ' }).getByRole('button', { name: 'Nhà trường đã đối chiếu, tạo hồ sơ' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('phieu-tu-danh-gia-cong-thong-tin-THVT-2025-2026.pdf')
  const pdf = testInfo.outputPath('phieu.pdf')
  await download.saveAs(pdf)
  const text = words(run('pdftotext', ['-enc', 'UTF-8', pdf, '-']))
  for (const s of [
    'PHIẾU TỰ ĐÁNH GIÁ',
    'Cổng thông tin điện tử của nhà trường năm học 2025-2026',
    'Căn cứ Thông tư số 37/2020/TT-BGDĐT ngày 05/10/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về tổ chức hoạt động',
    '(địa chỉ: https://thvantrang.edu.vn)',
    'An Phú, ngày 12 tháng 5 năm 2026',
    'đáp ứng 7/9 nội dung',
    '9.1b: Thông tin liên hệ, giao dịch',
    '9.5: ',
    'Không tính điểm; VnEdu',
    'NGƯỜI LẬP PHIẾU',
    'Hoàng Thu Hà',
  ])
    expect(text, s).toContain(s)
  for (const never of ['ứng dụng', 'Bản dịch', 'Không chính thức', 'chưa đối chiếu', 'Không chia mức', 'Số:']) expect(text, never).not.toContain(never)
  if (SCREENSHOTS) {
    run('pdftoppm', ['-r', '70', '-png', '-singlefile', '-f', '1', '-l', '1', pdf, `${ROOT}public/screenshots/record-checklist`])
  }
})
