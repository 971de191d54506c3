import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test, type Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './helpers/axe'
import { seedAssessment } from './helpers/seed'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const photo = (name: string) => readFileSync(`${ROOT}tests/fixtures/photos/${name}`)
const SET = JSON.parse(readFileSync(`${ROOT}criteria-sets/qd-4725/1.0.0.json`, 'utf8')) as {
  groups: { criteria: { items: { id: string; kind: string; max?: number }[] }[] }[]
}

/** Three photos (one 12 MP) and a PDF, each with the bytes the device keeps. */
const FILES = [
  { name: 'lop-5a.jpg', mime: 'image/jpeg', bytes: photo('large-4000x3000.jpg'), width: 4000, height: 3000, itemId: '1.3.1' },
  { name: 'xoay.jpg', mime: 'image/jpeg', bytes: photo('oriented-6-gps.jpg'), width: 300, height: 400, itemId: '1.5.1' },
  { name: 'nho.jpg', mime: 'image/jpeg', bytes: photo('plain.jpg'), width: 64, height: 48, itemId: '2.3.1' },
  { name: 'ke-hoach.pdf', mime: 'application/pdf', bytes: Buffer.from(`%PDF-1.4\n${'Kế hoạch chuyển đổi số. '.repeat(200)}`), itemId: '1.1' },
]
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

/** Every row of the 4725 set answered, a note on some, and the files above as evidence. */
async function seedSchoolYear(page: Page, assessmentId: string) {
  // The files reach the page as responses (a large argument to evaluate crawls through the protocol).
  const served = new Map<string, Buffer>(FILES.map((f, i) => [`file-${i}`, f.bytes]))
  served.set('thumb', photo('plain.jpg'))
  await page.context().route('**/__seed/*', (route) => route.fulfill({ body: served.get(route.request().url().split('/').pop()!) }))
  const items = SET.groups.flatMap((g) => g.criteria.flatMap((c) => c.items))
  const now = new Date().toISOString()
  const answers = items.map((item, i) => ({
    assessmentId,
    itemId: item.id,
    value: item.kind === 'condition' ? i % 2 === 0 : item.kind === 'info' ? 'K12Online <b>thuê</b>' : Math.min(item.max ?? 1, (i % 5) + 0.5),
    note: i % 3 === 0 ? `Ghi chú dòng ${item.id}: “có minh chứng”` : '',
    updatedAt: now,
  }))
  const files = FILES.map((f, i) => ({ id: `file-${i}`, name: f.name, mime: f.mime, width: f.width, height: f.height, itemId: f.itemId, thumb: i < 3 }))
  await page.evaluate(
    async ({ assessmentId, answers, files, now }) => {
      const blob = async (name: string, type: string) => new Blob([await (await fetch(`/__seed/${name}`)).arrayBuffer()], { type })
      const stored = await Promise.all(
        files.map(async (f) => ({ id: f.id, blob: await blob(f.id, f.mime), ...(f.thumb ? { thumb: await blob('thumb', 'image/jpeg') } : {}) })),
      )
      const evidence = files.map((f, i) => ({
        id: `ev-${i}`,
        assessmentId,
        code: `MC${f.itemId.split('.').slice(0, 2).join('.')}.0${i + 1}`,
        title: f.name.replace(/\.\w+$/, ''),
        kind: f.mime === 'application/pdf' ? 'document' : 'photo',
        itemIds: [f.itemId],
        capturedAt: '2025-10-02T08:04:05.000Z',
        file: { id: f.id, mime: f.mime, size: stored[i]!.blob.size, ...(f.width ? { width: f.width, height: f.height } : {}), name: f.name },
        addedAt: now,
        updatedAt: now,
      }))
      await new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('chiso')
        req.onerror = () => reject(new Error('open failed'))
        req.onsuccess = () => {
          const db = req.result
          const tx = db.transaction(['answers', 'evidence', 'evidenceFiles'], 'readwrite')
          for (const a of answers) tx.objectStore('answers').put(a)
          for (const f of stored) tx.objectStore('evidenceFiles').put(f)
          for (const e of evidence) tx.objectStore('evidence').put(e)
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(new Error('seed failed'))
        }
      })
    },
    { assessmentId, answers, files, now },
  )
}

interface State {
  schools: unknown[]
  assessments: unknown[]
  answers: unknown[]
  evidence: unknown[]
  files: { id: string; type: string; sha256: string; thumb: string | null }[]
}

/** Everything the device holds, read with plain IndexedDB; every stored file as its SHA-256. */
function readState(page: Page): Promise<State | null> {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'chiso')) return null
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('chiso')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(new Error('open failed'))
    })
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).getAll()
        req.onsuccess = () => resolve(req.result as unknown[])
        req.onerror = () => reject(new Error('read failed'))
      })
    const hex = async (b: Blob) => Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', await b.arrayBuffer())), (x) => x.toString(16).padStart(2, '0')).join('')
    const [schools, assessments, answers, evidence, files] = await Promise.all(['schools', 'assessments', 'answers', 'evidence', 'evidenceFiles'].map(all))
    db.close()
    return {
      schools: schools!,
      assessments: assessments!,
      answers: answers!,
      evidence: evidence!,
      files: await Promise.all(
        (files as { id: string; blob: Blob; thumb?: Blob }[]).map(async (f) => ({ id: f.id, type: f.blob.type, sha256: await hex(f.blob), thumb: f.thumb ? await hex(f.thumb) : null })),
      ),
    }
  })
}

test('back up, clear the site’s data, restore: every answer and every photo comes back identical', async ({ page, context, baseURL }) => {
  test.setTimeout(90_000)
  await page.goto('/')
  const { assessmentId } = await seedAssessment(page)
  await seedSchoolYear(page, assessmentId)
  const before = await readState(page)
  const rows = SET.groups.flatMap((g) => g.criteria.flatMap((c) => c.items)).length
  expect(before?.answers.length).toBe(rows)
  expect(before?.files.map((f) => f.sha256).sort()).toEqual(FILES.map((f) => sha256(f.bytes)).sort())

  // Home reminds: data, never backed up; the reminder leads to the backup screen
  await page.reload()
  const nudge = page.getByTestId('backup-nudge')
  await expect(nudge).toContainText('chưa được sao lưu lần nào')
  await expectNoSeriousA11yViolations(page)
  await nudge.getByRole('link', { name: 'Sao lưu ngay' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sao lưu')
  await expect(page.getByTestId('last-backup')).toHaveText('Chưa sao lưu lần nào trên máy này.')
  await expectNoSeriousA11yViolations(page)

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Tạo bản sao lưu' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^chiso-sao-luu-\d{4}-\d{2}-\d{2}\.zip$/)
  // Saved under its own name, as the phone's Downloads folder keeps it.
  const file = join(mkdtempSync(join(tmpdir(), 'chiso-backup-')), download.suggestedFilename())
  await download.saveAs(file)
  await expect(page.getByTestId('backup-made')).toContainText(`Đã tạo và tải về “${download.suggestedFilename()}”`)
  await expect(page.getByTestId('last-backup')).toContainText('Lần sao lưu gần nhất:')
  await page.goto('/settings')
  await expect(page.getByTestId('last-backup')).toContainText('Lần sao lưu gần nhất:')
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 2, name: 'Trường trên máy này' })).toBeVisible()
  await expect(page.getByTestId('backup-nudge')).toHaveCount(0)

  // Clear site data, as the browser's settings do (or an evicted site): storage, caches, worker
  await page.goto('about:blank')
  const cdp = await context.newCDPSession(page)
  await cdp.send('Storage.clearDataForOrigin', { origin: baseURL!, storageTypes: 'all' })
  await page.goto('/')
  await expect(page.getByText('Chưa có trường nào trên máy này')).toBeVisible()
  expect((await readState(page))?.answers ?? []).toEqual([])

  // Restore on the empty device: no question to ask, restored as it is
  await page.getByRole('link', { name: 'Sao lưu', exact: true }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Khôi phục từ bản sao lưu' }).click()
  await (await chooser).setFiles(file)
  const report = page.getByTestId('restore-report')
  await expect(report).toContainText(`Đã khôi phục “${download.suggestedFilename()}”`, { timeout: 30_000 })
  await expect(report).toContainText(`Câu trả lời: ${rows}`)
  await expect(report).toContainText('Tệp ảnh, tài liệu: 4')
  await expectNoSeriousA11yViolations(page)

  const after = await readState(page)
  expect(after?.answers).toEqual(before?.answers)
  expect(after?.evidence).toEqual(before?.evidence)
  expect(after?.schools).toEqual(before?.schools)
  expect(after?.assessments).toEqual(before?.assessments)
  expect(after?.files.sort((a, b) => a.id.localeCompare(b.id))).toEqual(before?.files.sort((a, b) => a.id.localeCompare(b.id)))

  // The same file again, now that the device has data: replace or merge is asked; merge changes nothing
  const again = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Chọn tệp khác' }).click()
  await (await again).setFiles(file)
  const choice = page.getByTestId('restore-choice')
  await expect(choice).toContainText('Máy này đã có dữ liệu')
  await expect(choice).toContainText(`${rows} câu trả lời, 4 minh chứng`)
  await expectNoSeriousA11yViolations(page)
  await choice.getByRole('button', { name: 'Gộp' }).click()
  await expect(report).toContainText('Đã gộp')
  await expect(report).toContainText('mục đã có sẵn và giống hệt')
  expect((await readState(page))?.answers).toEqual(before?.answers)

  // A file that is not a backup is refused by name, and nothing changes
  const wrong = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Chọn tệp khác' }).click()
  await (await wrong).setFiles({ name: 'anh-lop-5a.zip', mimeType: 'application/zip', buffer: photo('plain.jpg') })
  await expect(page.getByTestId('package-errors')).toContainText('Không dùng được tệp “anh-lop-5a.zip”')
  await expect(page.getByTestId('package-errors')).toContainText('không phải tệp .zip')
  expect((await readState(page))?.files).toEqual(after?.files)
})
