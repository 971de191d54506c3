// Photo evidence through the app's own screens, and copies of it written with raw IndexedDB, for the
// figures that need photos (photo, record PDF, big assessment, restore). A screen that is not in the
// build (yet) makes the figure report "not measured: <reason>".
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { withTimeout } from './browser.mjs'
import { NotMeasured } from './figure.mjs'

export const PHOTO_FIXTURE = join('tests', 'fixtures', 'photos', 'large-4000x3000.jpg')
/** The button that opens the add-evidence sheet of a row (its accessible name). */
const ADD_EVIDENCE = /^Thêm minh chứng cho (chỉ số|dòng) /
/** The image file input of the sheet: the gallery one (multiple) if there is one. */
const PHOTO_INPUTS = ['input[type="file"][accept*="image"][multiple]', 'input[type="file"][accept*="image"]']

/** The 4000×3000 fixture, or NotMeasured when it is missing. @param {string} root */
export function photoFixture(root) {
  const fixture = join(root, PHOTO_FIXTURE)
  if (!existsSync(fixture)) throw new NotMeasured(`the fixture ${PHOTO_FIXTURE} is missing`)
  return fixture
}

/**
 * Row keys and blob sizes of the evidence files in the app's database (raw IndexedDB, bounded).
 * @param {import('playwright-core').Page} page
 * @returns {Promise<{ id: string, size: number, thumb: number }[] | string>}
 */
export function storedFiles(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        setTimeout(() => resolve('timed out reading evidenceFiles'), 5000)
        const open = indexedDB.open('chiso')
        open.onerror = () => resolve(String(open.error))
        open.onsuccess = () => {
          const db = open.result
          if (!db.objectStoreNames.contains('evidenceFiles')) {
            db.close()
            resolve('no evidenceFiles store')
            return
          }
          const r = db.transaction('evidenceFiles', 'readonly').objectStore('evidenceFiles').getAll()
          r.onsuccess = () => {
            db.close()
            const rows = /** @type {{ id: string, blob?: Blob, thumb?: Blob }[]} */ (r.result)
            resolve(rows.map((x) => ({ id: x.id, size: x.blob?.size ?? 0, thumb: x.thumb?.size ?? 0 })))
          }
          r.onerror = () => resolve(String(r.error))
        }
      }),
  )
}

/**
 * Picks the fixture for the first row that offers evidence; resolves once its file is stored.
 * @param {import('playwright-core').Page} page on the scoring screen
 * @param {string} fixture
 * @returns {Promise<{ ms: number, bytes: number, fileId: string }>}
 */
export async function pickPhoto(page, fixture) {
  const add = page.getByRole('button', { name: ADD_EVIDENCE }).first()
  if ((await page.getByRole('button', { name: ADD_EVIDENCE }).count()) === 0)
    throw new NotMeasured('the scoring screen has no "Thêm minh chứng cho chỉ số …" button (evidence UI not in the build)')
  const before = await storedFiles(page)
  if (typeof before === 'string') throw new NotMeasured(before)
  await add.click()
  // The sheet is loaded the first time it opens: wait for its file inputs (not part of the timing).
  await page
    .locator('input[type="file"][accept*="image"]')
    .first()
    .waitFor({ state: 'attached', timeout: 15_000 })
    .catch(() => {
      throw new NotMeasured('the add-evidence sheet did not open within 15 s')
    })
  let input = null
  for (const sel of PHOTO_INPUTS) {
    const l = page.locator(sel)
    if ((await l.count()) > 0) {
      input = l.first()
      break
    }
  }
  if (!input) throw new NotMeasured('the add-evidence sheet has no image file input')
  await page.evaluate(() => {
    const w = /** @type {Window & { __benchPicked?: number | null }} */ (window)
    w.__benchPicked = null
    document.addEventListener(
      'change',
      (e) => {
        if (w.__benchPicked == null && e.target instanceof HTMLInputElement && e.target.type === 'file') w.__benchPicked = performance.now()
      },
      { capture: true },
    )
  })
  await input.setInputFiles(fixture, { timeout: 10_000 })
  const stored = await withTimeout(
    page.evaluate(
      ({ known }) =>
        new Promise((resolve) => {
          const w = /** @type {Window & { __benchPicked?: number | null }} */ (window)
          const until = performance.now() + 60_000
          const open = indexedDB.open('chiso')
          open.onerror = () => resolve({ error: String(open.error) })
          open.onsuccess = () => {
            const db = open.result
            const poll = () => {
              if (performance.now() > until) {
                db.close()
                resolve({ error: 'no evidence file was stored within 60 s' })
                return
              }
              const r = db.transaction('evidenceFiles', 'readonly').objectStore('evidenceFiles').getAllKeys()
              r.onsuccess = () => {
                const at = performance.now()
                const id = r.result.map(String).find((k) => !known.includes(k))
                if (id === undefined) {
                  setTimeout(poll, 20)
                  return
                }
                const g = db.transaction('evidenceFiles', 'readonly').objectStore('evidenceFiles').get(id)
                g.onsuccess = () => {
                  db.close()
                  const row = /** @type {{ blob?: Blob } | undefined} */ (g.result)
                  resolve({ ms: at - (w.__benchPicked ?? at), bytes: row?.blob?.size ?? 0, fileId: id })
                }
                g.onerror = () => resolve({ error: String(g.error) })
              }
              r.onerror = () => resolve({ error: String(r.error) })
            }
            poll()
          }
        }),
      { known: before.map((b) => b.id) },
    ),
    70_000,
    'waiting for the stored photo',
  )
  const res = /** @type {{ ms: number, bytes: number, fileId: string } | { error: string }} */ (stored)
  if ('error' in res) {
    const sheet = (await page.getByRole('dialog').first().innerText({ timeout: 2000 }).catch(() => '')).replace(/\s+/g, ' ').slice(0, 160)
    throw new Error(`${res.error} (sheet: "${sheet}")`)
  }
  return res
}

/**
 * Runs in the page: copies one stored photo evidence (row and file) until there are `count` photo
 * evidence rows for the assessment, each with its own file and a code next in its row's sequence.
 * @param {{ fileId: string, count: number }} a
 * @returns {Promise<string>}
 */
export function copyPhoto(a) {
  return new Promise((resolve) => {
    setTimeout(() => resolve('timed out'), 15_000)
    const open = indexedDB.open('chiso')
    open.onerror = () => resolve(String(open.error))
    open.onsuccess = () => {
      const db = open.result
      const tx = db.transaction(['evidence', 'evidenceFiles'], 'readwrite')
      const evStore = tx.objectStore('evidence')
      const fileStore = tx.objectStore('evidenceFiles')
      const all = evStore.getAll()
      const file = fileStore.get(a.fileId)
      tx.oncomplete = () => {
        db.close()
        resolve('ok')
      }
      tx.onerror = () => resolve(String(tx.error))
      // Requests of a transaction succeed in order: `all` has its result when `file` succeeds.
      file.onsuccess = () => {
        {
          /** @type {{ id: string, code: string, title: string, kind: string, file?: { id: string } }[]} */
          const rows = all.result
          const src = rows.find((r) => r.file?.id === a.fileId)
          const f = /** @type {{ id: string, blob: Blob, thumb?: Blob } | undefined} */ (file.result)
          if (!src || !f) {
            tx.abort()
            resolve('the stored photo was not found')
            return
          }
          const prefix = src.code.replace(/\d+$/, '')
          const codes = new Set(rows.map((r) => r.code))
          let seq = 1
          const photos = rows.filter((r) => r.kind === 'photo').length
          for (let k = photos; k < a.count; k++) {
            let code = ''
            do code = `${prefix}${String(seq++).padStart(2, '0')}`
            while (codes.has(code))
            codes.add(code)
            const id = `bench-file-${k}`
            fileStore.put({ ...f, id })
            evStore.put({ ...src, id: `bench-evidence-${k}`, code, title: `Ảnh ${k + 1}`, file: { ...src.file, id } })
          }
        }
      }
    }
  })
}
