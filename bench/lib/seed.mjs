// The data the scoring screen needs: one school and one assessment on the built-in set
// qd-4725 1.0.0, with every row answered except the first condition row (the one figure 3 toggles).
// The app is opened once so Dexie creates its database; the rows are then written with raw
// IndexedDB into Dexie's object stores, and the whole database is saved as a Playwright storage
// state, which every measured run restores into a fresh context before its first navigation.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { newPhoneContext, withTimeout } from './browser.mjs'
import { NotMeasured } from './figure.mjs'

export const SET_ID = 'qd-4725'
export const SET_VERSION = '1.0.0'
export const SCHOOL_ID = 'bench-school'
export const ASSESSMENT_ID = 'bench-assessment'
/** The first points/condition input of a row: `IndicatorItem.vue` gives it the id `item-<row>-input`. */
export const FIRST_INPUT = 'input[id^="item-"][id$="-input"]'

/** @param {string} itemId `IndicatorItem.vue`'s DOM id for a row */
export const domIdOf = (itemId) => `item-${itemId.replace(/[^0-9A-Za-z_-]/g, '_')}`

/**
 * @typedef {{ id: string, kind: 'condition' | 'points' | 'info', max?: number }} SetItem
 * @typedef {{ groups: { id: string, criteria: { items: SetItem[] }[] }[] }} SetFile
 */

/** The rows of the built-in set, in order, group by group. @param {string} root */
export function readSetItems(root) {
  const file = /** @type {SetFile} */ (
    JSON.parse(readFileSync(join(root, 'criteria-sets', SET_ID, `${SET_VERSION}.json`), 'utf8'))
  )
  return file.groups.map((g) => ({ id: g.id, items: g.criteria.flatMap((c) => c.items) }))
}

/**
 * @param {string} root
 * @returns {{ toggled: SetItem, rows: { store: string, value: object }[] }}
 */
export function seedRows(root) {
  const groups = readSetItems(root)
  const first = groups[0]?.items ?? []
  const toggled = first.find((i) => i.kind === 'condition')
  if (!toggled || first[0] !== toggled) throw new NotMeasured(`the first row of ${SET_ID} group 1 is not a condition row`)
  const now = new Date().toISOString()
  const school = {
    id: SCHOOL_ID,
    name: 'Trường THCS Thử Nghiệm',
    code: '79000001',
    kind: 'thcs',
    province: 'Thành phố Hồ Chí Minh',
    commune: 'Phường Bến Thành',
    managingBody: 'Sở Giáo dục và Đào tạo',
    headName: 'Nguyễn Văn A',
    createdAt: now,
    updatedAt: now,
  }
  const assessment = {
    id: ASSESSMENT_ID,
    schoolId: SCHOOL_ID,
    setId: SET_ID,
    version: SET_VERSION,
    schoolYear: '2025-2026',
    status: 'draft',
    revision: 1,
    record: {},
    createdAt: now,
    updatedAt: now,
  }
  const answers = groups
    .flatMap((g) => g.items)
    .filter((i) => i !== toggled)
    .map((i) => ({
      assessmentId: ASSESSMENT_ID,
      itemId: i.id,
      value: i.kind === 'condition' ? true : i.kind === 'points' ? (i.max ?? 0) : 'Có, đã triển khai.',
      note: '',
      updatedAt: now,
    }))
  return { toggled, rows: [{ store: 'schools', value: school }, { store: 'assessments', value: assessment }, ...answers.map((a) => ({ store: 'answers', value: a }))] }
}

/**
 * Creates the seeded storage state; returns the row figure 3 toggles.
 * @param {import('playwright-core').Browser} browser
 * @param {string} appUrl
 * @param {string} root
 * @param {string} statePath
 */
export async function seed(browser, appUrl, root, statePath) {
  const { toggled, rows } = seedRows(root)
  const ctx = await newPhoneContext(browser)
  try {
    const page = await ctx.newPage()
    await page.goto(`${appUrl}/`, { waitUntil: 'load' })
    // The first screen lists schools, which opens the database; a scoring URL opens it for sure.
    if (!(await hasDb(page))) await page.goto(`${appUrl}/a/bench-does-not-exist`, { waitUntil: 'load' })
    if (!(await hasDb(page))) throw new NotMeasured("the app did not create its IndexedDB database 'chiso'")
    const result = await withTimeout(
      page.evaluate(
        ({ rows }) =>
          new Promise((resolve) => {
            const timer = setTimeout(() => resolve('timed out writing the seed rows'), 10_000)
            const open = indexedDB.open('chiso')
            open.onerror = () => resolve(`open failed: ${String(open.error)}`)
            open.onblocked = () => resolve('open blocked')
            open.onsuccess = () => {
              const db = open.result
              const stores = [...new Set(rows.map((r) => r.store))]
              const missing = stores.filter((s) => !db.objectStoreNames.contains(s))
              if (missing.length) {
                db.close()
                resolve(`object store(s) missing: ${missing.join(', ')}`)
                return
              }
              const tx = db.transaction(stores, 'readwrite')
              for (const r of rows) tx.objectStore(r.store).put(r.value)
              tx.oncomplete = () => {
                clearTimeout(timer)
                db.close()
                resolve('ok')
              }
              tx.onerror = () => resolve(`write failed: ${String(tx.error)}`)
            }
          }),
        { rows },
      ),
      15_000,
      'seeding',
    )
    if (result !== 'ok') throw new NotMeasured(`could not seed the database: ${String(result)}`)
    await page.goto(`${appUrl}/a/${ASSESSMENT_ID}`, { waitUntil: 'load' })
    try {
      await page.locator(FIRST_INPUT).first().waitFor({ state: 'visible', timeout: 30_000 })
    } catch {
      const text = (await page.locator('main').first().innerText({ timeout: 2000 }).catch(() => '')).slice(0, 200)
      throw new NotMeasured(`the scoring screen showed no enabled row input for the seeded assessment (screen: "${text}")`)
    }
    await ctx.storageState({ path: statePath, indexedDB: true })
    return { toggled }
  } finally {
    await ctx.close()
  }
}

/** @param {import('playwright-core').Page} page */
async function hasDb(page) {
  for (let i = 0; i < 50; i++) {
    const names = await page.evaluate(() =>
      Promise.race([
        indexedDB.databases().then((ds) => ds.map((d) => d.name)),
        new Promise((resolve) => setTimeout(() => resolve([]), 2000)),
      ]),
    )
    if (!Array.isArray(names)) continue
    if (names.includes('chiso')) return true
    await page.waitForTimeout(100)
  }
  return false
}
