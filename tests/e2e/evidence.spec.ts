import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, test, type Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './helpers/axe'
import { otherPicture } from './helpers/photos'
import { seedAssessment } from './helpers/seed'

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/photos/${name}`, import.meta.url)))
const LARGE = fixture('large-4000x3000.jpg')
const ORIENTED = fixture('oriented-6-gps.jpg')
const PLAIN = fixture('plain.jpg')
const HEIC = fixture('fake.heic')
const jpeg = (name: string, buffer: Buffer) => ({ name, mimeType: 'image/jpeg', buffer })

/** Eight 12 MP photos, one turned by EXIF with GPS, one tiny: ten photos for one row. */
const TEN = [
  ...Array.from({ length: 8 }, (_, i) => jpeg(`lop-${i + 1}.jpg`, otherPicture(LARGE, i + 1))),
  jpeg('xoay-gps.jpg', ORIENTED),
  jpeg('nho.jpg', PLAIN),
]

interface StoredPhoto {
  title: string
  code: string
  itemIds: string[]
  capturedAt?: string
  width: number
  height: number
  bytes: number
  /** JPEG markers before the image data; APP1 (0xFFE1) would be EXIF. */
  markers: number[]
  /** Colour (r, g, b) at the top-left quarter, bottom-left quarter and right edge of the upright picture. */
  samples: number[][]
}

/** Reads every stored evidence with its file straight from IndexedDB, decoding each photo. */
function readStored(page: Page): Promise<{ photos: StoredPhoto[]; files: number }> {
  return page.evaluate(() => {
    const read = new Promise<{ photos: StoredPhoto[]; files: number }>((resolve, reject) => {
      const req = indexedDB.open('chiso')
      req.onerror = () => reject(new Error('open failed'))
      req.onsuccess = () => {
        const db = req.result
        const tx = db.transaction(['evidence', 'evidenceFiles'], 'readonly')
        const ev = tx.objectStore('evidence').getAll()
        const files = tx.objectStore('evidenceFiles').getAll()
        tx.onerror = () => reject(new Error('read failed'))
        tx.oncomplete = () => {
          db.close()
          type Row = { code: string; title: string; itemIds: string[]; capturedAt?: string; file?: { id: string } }
          const byId = new Map((files.result as { id: string; blob: Blob }[]).map((f) => [f.id, f.blob]))
          const photos = (ev.result as Row[]).map(async (e): Promise<StoredPhoto> => {
            const blob = byId.get(e.file?.id ?? '')
            if (!blob) throw new Error(`no file for ${e.code}`)
            const bytes = new Uint8Array(await blob.arrayBuffer())
            const markers: number[] = []
            for (let i = 2; i + 3 < bytes.length && bytes[i] === 0xff; ) {
              const marker = (bytes[i]! << 8) | bytes[i + 1]!
              markers.push(marker)
              if (marker === 0xffda) break
              i += 2 + ((bytes[i + 2]! << 8) | bytes[i + 3]!)
            }
            const bitmap = await createImageBitmap(blob)
            const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
            const ctx = canvas.getContext('2d')!
            ctx.drawImage(bitmap, 0, 0)
            const at = (x: number, y: number) => Array.from(ctx.getImageData(Math.floor(x), Math.floor(y), 1, 1).data.slice(0, 3))
            const { width: w, height: h } = bitmap
            const samples = [at(w * 0.3, h * 0.25), at(w * 0.3, h * 0.75), at(w - 3, h / 2)]
            return { title: e.title, code: e.code, itemIds: e.itemIds, capturedAt: e.capturedAt, width: w, height: h, bytes: blob.size, markers, samples }
          })
          Promise.all(photos).then((p) => resolve({ photos: p, files: byId.size }), reject)
        }
      }
    })
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('IndexedDB read timed out')), 10_000))
    return Promise.race([read, timeout])
  })
}

async function pickPhotos(page: Page, row: string, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  await page.getByRole('button', { name: `Thêm minh chứng cho chỉ số ${row}` }).click()
  const sheet = page.getByRole('dialog', { name: `Thêm minh chứng cho chỉ số ${row}` })
  const chooser = page.waitForEvent('filechooser')
  await sheet.getByRole('button', { name: 'Chọn ảnh' }).click()
  const fc = await chooser
  expect(fc.isMultiple()).toBe(true)
  await fc.setFiles(files)
  return sheet
}

test('ten photos on a row: processed on the device, kept offline, listed, relinked, deleted', async ({ page, context }) => {
  test.setTimeout(120_000)
  await page.goto('/')
  const { assessmentId } = await seedAssessment(page)
  await page.goto(`/a/${assessmentId}?group=1`)

  const row = page.getByTestId('evidence-1.7.1')
  await expect(row).toContainText('Chưa có minh chứng')
  const sheet = await pickPhotos(page, '1.7.1', TEN)
  await expect(sheet.getByText(/Đang xử lý ảnh \d+\/10/)).toBeVisible()
  // After the capture the sheet offers each photo's caption; one is corrected in place
  const captions = sheet.getByTestId('caption-form')
  await expect(captions).toBeVisible({ timeout: 60_000 })
  await expect(captions.getByRole('textbox')).toHaveCount(10)
  await expectNoSeriousA11yViolations(page)
  await captions.getByLabel('Mô tả ảnh MC1.7.10').fill('Phòng tin học tầng 2')
  await captions.getByRole('button', { name: 'Lưu và đóng' }).click()
  await expect(sheet).toBeHidden()
  await expect(row.getByRole('img')).toHaveCount(10)
  await expect(row.getByTestId('evidence-count')).toHaveText('Minh chứng: 10')

  // The same picture chosen again (another name, same bytes) is not stored twice; the sheet says where it is.
  const again = await pickPhotos(page, '1.7.1', [jpeg('anh-lop-1-gui-lai.jpg', otherPicture(LARGE, 1))])
  await expect(again.getByTestId('duplicates')).toContainText(/anh-lop-1-gui-lai\.jpg: đã có trong minh chứng MC1\.7\.\d\d \(chỉ số 1\.7\.1\), nên không lưu thêm bản nữa\./, { timeout: 30_000 })
  await expectNoSeriousA11yViolations(page)
  await again.getByRole('button', { name: 'Đóng' }).click()
  await expect(row.getByTestId('evidence-count')).toHaveText('Minh chứng: 10')

  const { photos, files } = await readStored(page)
  expect(files).toBe(10)
  expect(photos.find((p) => p.code === 'MC1.7.10')?.title).toBe('Phòng tin học tầng 2')
  expect(photos.map((p) => p.code).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `MC1.7.${String(i + 1).padStart(2, '0')}`))
  for (const p of photos) {
    expect(p.itemIds).toEqual(['1.7.1'])
    expect(Math.max(p.width, p.height)).toBeLessThanOrEqual(2048)
    expect(p.bytes).toBeLessThanOrEqual(400 * 1024)
    expect(p.markers).not.toContain(0xffe1)
  }
  const large = photos.filter((p) => p.title.startsWith('lop-'))
  expect(large).toHaveLength(8)
  for (const p of large) expect([p.width, p.height, p.capturedAt]).toEqual([2048, 1536, '2025-10-02T08:04:05.000Z'])
  console.log(`stored 12 MP photo: ${large[0]!.width}×${large[0]!.height}, ${Math.round(large[0]!.bytes / 1024)} KB`)
  // Orientation 6 applied: upright 300×400, red on top, blue at the bottom, green along the right edge.
  const turned = photos.find((p) => p.title === 'xoay-gps')!
  expect([turned.width, turned.height]).toEqual([300, 400])
  const [top, bottom, right] = turned.samples as [number[], number[], number[]]
  expect(top[0]).toBeGreaterThan(200)
  expect(top[2]).toBeLessThan(60)
  expect(bottom[2]).toBeGreaterThan(200)
  expect(bottom[0]).toBeLessThan(60)
  expect(right[1]).toBeGreaterThan(200)
  expect(right[0]).toBeLessThan(60)
  // EXIF time without an offset is the phone's wall clock.
  expect(turned.capturedAt).toBe(await page.evaluate(() => new Date(2025, 2, 14, 9, 26, 53).toISOString()))
  const small = photos.find((p) => p.title === 'Phòng tin học tầng 2')!
  expect([small.width, small.height]).toEqual([64, 48])

  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 })
  await context.setOffline(true)
  await page.reload()
  await expect(page.getByTestId('evidence-1.7.1').getByRole('img')).toHaveCount(10)

  await page.getByRole('link', { name: 'Minh chứng', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Danh mục minh chứng' })).toBeVisible()
  const items = page.getByTestId('evidence-item')
  await expect(items).toHaveCount(10)
  await expect(items.first()).toContainText('MC1.7.01')
  // The thumbnail is decorative there (the line says what it is), so it has no role.
  await expect(items.first().locator('img')).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  await items.first().click()
  const viewer = page.getByRole('dialog', { name: /MC1\.7\.01/ })
  await expect(viewer.getByTestId('evidence-image')).toBeVisible()
  await expect(viewer.getByTestId('captured-at')).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await viewer.getByRole('button', { name: 'Gắn với chỉ số' }).click()
  await viewer.getByRole('checkbox', { name: /^1\.7\.2 / }).check()
  await viewer.getByRole('button', { name: 'Lưu' }).click()
  await expect(viewer).toContainText('1.7.2')
  await viewer.getByRole('button', { name: 'Đóng' }).click()
  await expect(items.first()).toContainText('Chỉ số 1.7.1, 1.7.2')

  await items.nth(1).click()
  const second = page.getByRole('dialog', { name: /MC1\.7\.02/ })
  await second.getByRole('button', { name: 'Xóa' }).click()
  // Vant's confirm dialog has no accessible name; its title is its text.
  await page.getByRole('dialog').filter({ hasText: 'Xóa minh chứng MC1.7.02?' }).getByRole('button', { name: 'Xóa' }).click()
  await expect(items).toHaveCount(9)
  await expect(items.filter({ hasText: 'MC1.7.02' })).toHaveCount(0)
  const after = await readStored(page)
  expect([after.photos.length, after.files]).toEqual([9, 9])

  await page.getByRole('link', { name: 'Quay lại' }).click()
  await expect(page.getByTestId('evidence-1.7.1').getByRole('img')).toHaveCount(9)
  await expect(page.getByTestId('evidence-1.7.2').getByTestId('evidence-count')).toHaveText('Minh chứng: 1')
})

test('a HEIC photo is refused with its reason and nothing of it is stored', async ({ page }) => {
  await page.goto('/')
  const { assessmentId } = await seedAssessment(page)
  await page.goto(`/a/${assessmentId}?group=1`)
  const sheet = await pickPhotos(page, '1.7.3', [{ name: 'IMG_0001.HEIC', mimeType: 'image/heic', buffer: HEIC }, jpeg('nho.jpg', PLAIN)])
  await expect(sheet.getByRole('alert')).toContainText(
    'IMG_0001.HEIC: Ảnh HEIC chưa đọc được trên trình duyệt này. Hãy chụp lại bằng ứng dụng, hoặc đổi sang JPEG.',
  )
  await expect(sheet).toContainText('Đã thêm 1 minh chứng.')
  await expectNoSeriousA11yViolations(page)
  const { photos, files } = await readStored(page)
  expect(photos.map((p) => p.title)).toEqual(['nho'])
  expect(files).toBe(1)
})

test('rows asking for external links open on the link form; links open in a new tab safely', async ({ page }) => {
  await page.goto('/')
  const { assessmentId } = await seedAssessment(page)
  await page.goto(`/a/${assessmentId}?group=1`)
  // By keyboard: the sheet takes focus on its title, Escape closes it and focus comes back.
  const add = page.getByRole('button', { name: 'Thêm minh chứng cho chỉ số 1.3.1' })
  await add.focus()
  await page.keyboard.press('Enter')
  const sheet = page.getByRole('dialog', { name: 'Thêm minh chứng cho chỉ số 1.3.1' })
  await expect(sheet.getByRole('heading', { name: 'Thêm minh chứng cho chỉ số 1.3.1' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(sheet).toBeHidden()
  await expect(add).toBeFocused()
  await add.click()
  const url = sheet.getByLabel('Địa chỉ trang web')
  await url.fill('javascript:alert(1)')
  await sheet.getByRole('button', { name: 'Lưu liên kết' }).click()
  await expect(sheet).toContainText('Địa chỉ chưa đúng')
  await url.fill('k12online.vn/lop-5a')
  await sheet.getByRole('button', { name: 'Lưu liên kết' }).click()
  await expect(sheet).toBeHidden()
  await expect(page.getByTestId('evidence-1.3.1').getByTestId('evidence-count')).toHaveText('Minh chứng: 1')

  await page.getByTestId('evidence-1.3.1').getByRole('link').click()
  const link = page.getByRole('dialog').getByRole('link', { name: 'https://k12online.vn/lop-5a' })
  await expect(link).toHaveAttribute('target', '_blank')
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
})

test('an approved assessment shows its evidence but offers no changes', async ({ page }) => {
  await page.goto('/')
  const { assessmentId } = await seedAssessment(page, { status: 'approved' })
  await page.goto(`/a/${assessmentId}?group=1`)
  await expect(page.getByTestId('evidence-1.1')).toContainText('Chưa có minh chứng')
  await expect(page.getByRole('button', { name: /Thêm minh chứng/ })).toHaveCount(0)
  await page.goto(`/a/${assessmentId}/evidence`)
  await expect(page.getByText('danh mục minh chứng chỉ xem được')).toBeVisible()
})
