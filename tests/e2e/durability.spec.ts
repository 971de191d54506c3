import { execSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test'
import { BASE_URL } from './helpers/baseUrl'
import { otherPicture } from './helpers/photos'
import { seedAssessment } from './helpers/seed'

const ROUNDS = 20
const PLAIN = readFileSync(fileURLToPath(new URL('../fixtures/photos/plain.jpg', import.meta.url)))

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

const launch = (profile: string) =>
  chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: ARGS,
    viewport: { width: 360, height: 740 },
    baseURL: BASE_URL,
    locale: 'vi-VN',
    // Not needed here, and its first install would only slow each launch.
    serviceWorkers: 'block',
  })

/** Ends the browser the hard way, as a phone does when it kills a backgrounded tab: no unload, no flush. */
function killBrowser(profile: string) {
  // The bracket keeps the pattern from matching the shell that runs pkill itself.
  execSync(`pkill -KILL -f -- '--user-data-dir=[${profile[0]}]${profile.slice(1)}'`)
}

/** Points rows of QĐ 4725 (each worth at least 5), one per round. */
const ROWS = ['1.3.1', '1.3.3', '1.3.4', '1.3.5', '1.3.6', '1.4', '1.5.1', '1.5.2', '1.6.1', '1.6.2', '1.6.3', '1.7.1', '1.7.2', '1.7.3', '2.3.1', '2.3.2', '2.3.3', '2.3.4', '2.3.5', '2.3.6']
const valueOf = (round: number) => (round % 5) + 1
const domId = (itemId: string) => itemId.replace(/\./g, '_')

/** What the database holds, read with plain IndexedDB (not through the app). */
function stored(page: Page): Promise<{ answers: Record<string, unknown>; evidence: string[]; files: number }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('chiso')
        req.onerror = () => reject(new Error('open failed'))
        req.onsuccess = () => {
          const db = req.result
          const tx = db.transaction(['answers', 'evidence', 'evidenceFiles'], 'readonly')
          const answers = tx.objectStore('answers').getAll()
          const evidence = tx.objectStore('evidence').getAll()
          const files = tx.objectStore('evidenceFiles').count()
          tx.oncomplete = () => {
            db.close()
            resolve({
              answers: Object.fromEntries((answers.result as { itemId: string; value: unknown }[]).map((a) => [a.itemId, a.value])),
              evidence: (evidence.result as { title: string }[]).map((e) => e.title).sort(),
              files: files.result,
            })
          }
          tx.onerror = () => reject(new Error('read failed'))
        }
      }),
  )
}

/**
 * Runs `rounds` rounds of: open the browser on the profile, check that everything of the earlier
 * rounds is there, make one change, wait until the screen says it is saved, kill the browser.
 */
async function killRounds(
  group: (round: number) => string,
  check: (page: Page, round: number) => Promise<void>,
  change: (page: Page, round: number) => Promise<void>,
) {
  const profile = mkdtempSync(join(tmpdir(), 'chiso-durable-'))
  let context: BrowserContext | undefined
  try {
    context = await launch(profile)
    let page = context.pages()[0] ?? (await context.newPage())
    await page.goto('/')
    const { assessmentId } = await seedAssessment(page)
    for (let round = 0; round <= ROUNDS; round++) {
      if (round > 0) {
        context = await launch(profile)
        page = context.pages()[0] ?? (await context.newPage())
      }
      await page.goto(`/a/${assessmentId}?group=${group(round)}`)
      await check(page, round)
      if (round === ROUNDS) break
      await change(page, round)
      killBrowser(profile)
      await context?.close().catch(() => undefined)
      context = undefined
    }
  } finally {
    await context?.close().catch(() => undefined)
    rmSync(profile, { recursive: true, force: true })
  }
}

test(`an answer shown as saved survives the browser being killed at once, ${ROUNDS} times`, async () => {
  test.setTimeout(120_000)
  await killRounds(
    (round) => (ROWS[round] ?? '1').split('.')[0]!,
    async (page, round) => {
      await expect(page.getByTestId('group-total')).toBeVisible()
      const { answers } = await stored(page)
      expect(answers).toEqual(Object.fromEntries(ROWS.slice(0, round).map((id, i) => [id, valueOf(i)])))
    },
    async (page, round) => {
      const id = ROWS[round]!
      await page.locator(`#item-${domId(id)}-input`).fill(String(valueOf(round)))
      await expect(page.getByTestId('save-state')).toContainText('Đã lưu lúc')
    },
  )
})

test(`a photo shown as saved survives the browser being killed at once, ${ROUNDS} times`, async () => {
  test.setTimeout(120_000)
  const names = Array.from({ length: ROUNDS }, (_, i) => `anh-${String(i + 1).padStart(2, '0')}`)
  await killRounds(
    () => '1',
    async (page, round) => {
      await expect(page.getByTestId(`evidence-1.7.1`)).toBeVisible()
      const { evidence, files } = await stored(page)
      expect(evidence).toEqual(names.slice(0, round))
      expect(files).toBe(round)
    },
    async (page, round) => {
      await page.getByRole('button', { name: `Thêm minh chứng cho chỉ số 1.7.1` }).click()
      const sheet = page.getByRole('dialog', { name: `Thêm minh chứng cho chỉ số 1.7.1` })
      const chooser = page.waitForEvent('filechooser')
      await sheet.getByRole('button', { name: 'Chọn ảnh' }).click()
      await (await chooser).setFiles({ name: `${names[round]}.jpg`, mimeType: 'image/jpeg', buffer: otherPicture(PLAIN, round + 1) })
      await sheet.getByRole('button', { name: 'Lưu và đóng' }).click()
      await expect(sheet).toBeHidden()
      await expect(page.getByTestId(`evidence-1.7.1`).getByTestId('evidence-count')).toHaveText(`Minh chứng: ${round + 1}`)
    },
  )
})

test.describe('storage that fails', () => {
  test('a browser that gives no storage gets a full-screen explanation, not an empty app', async ({ page }) => {
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      }
    })
    await page.goto('/')
    const failure = page.getByTestId('storage-failure')
    await expect(failure).toContainText('Trình duyệt không cho chiso lưu dữ liệu trên máy này')
    await expect(failure).toContainText('chế độ ẩn danh')
    await expect(failure.getByRole('button', { name: 'Tải lại trang' })).toBeVisible()
  })

  test('a newer version opened in another tab: this tab lets go of the database and asks to reload', async ({ page, context }) => {
    await page.goto('/')
    await expect(page.getByText('Chưa có trường nào trên máy này')).toBeVisible()
    const other = await context.newPage()
    await other.goto('/favicon.ico')
    // The other tab upgrades the database; it gets through because this tab closes its connection.
    const version = await other.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const req = indexedDB.open('chiso', 1000)
          req.onsuccess = () => {
            resolve(req.result.version)
            req.result.close()
          }
          req.onerror = () => reject(new Error('upgrade failed'))
          req.onblocked = () => reject(new Error('blocked'))
        }),
    )
    expect(version).toBe(1000)
    await expect(page.getByTestId('storage-failure')).toContainText('chiso vừa được cập nhật ở một thẻ khác')
  })

  test('a full device: an answer and a photo are refused with what to do, and nothing half-written', async ({ page }) => {
    await page.goto('/')
    const { assessmentId } = await seedAssessment(page)
    await page.goto(`/a/${assessmentId}?group=1`)
    await page.locator('#item-1_4-input').fill('7')
    await expect(page.getByTestId('save-state')).toContainText('Đã lưu lúc')
    // From now on every write meets a full disk.
    await page.evaluate(() => {
      const full = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
      IDBObjectStore.prototype.put = full
      IDBObjectStore.prototype.add = full
    })
    await page.locator('#item-1_5_1-input').fill('9')
    await expect(page.getByRole('alert').filter({ hasText: 'Bộ nhớ của máy đã đầy nên chưa lưu được' })).toBeVisible()

    await page.getByRole('button', { name: 'Thêm minh chứng cho chỉ số 1.7.1' }).click()
    const sheet = page.getByRole('dialog', { name: 'Thêm minh chứng cho chỉ số 1.7.1' })
    const chooser = page.waitForEvent('filechooser')
    await sheet.getByRole('button', { name: 'Chọn ảnh' }).click()
    await (await chooser).setFiles({ name: 'lop-5a.jpg', mimeType: 'image/jpeg', buffer: PLAIN })
    await expect(sheet.getByRole('alert').filter({ hasText: 'Bộ nhớ của máy đã đầy' })).toBeVisible()

    const s = await stored(page)
    expect(s.answers).toEqual({ '1.4': 7 })
    expect([s.evidence, s.files]).toEqual([[], 0])
  })
})
