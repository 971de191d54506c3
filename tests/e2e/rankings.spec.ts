import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, test, type Page } from '@playwright/test'
import readXlsxFile from 'read-excel-file/node'
import { expectNoSeriousA11yViolations } from './helpers/axe'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const OUT = `${ROOT}test-results/rankings`

interface SetItem {
  id: string
  kind: 'condition' | 'points' | 'info'
  max?: number
}
interface SetFile {
  groups: { id: string; criteria: { items: SetItem[] }[] }[]
}

/** Every row answered at its best, less the points given in `short` (item → points kept). */
function answers(set: SetFile, short: Record<string, number> = {}) {
  return set.groups.flatMap((g) =>
    g.criteria.flatMap((c) =>
      c.items.flatMap((i) => {
        if (i.kind === 'info') return []
        const value = i.kind === 'condition' ? true : (short[i.id] ?? i.max ?? 0)
        return [{ itemId: i.id, value, note: '' }]
      }),
    ),
  )
}

interface Seeded {
  id: string
  name: string
  code: string
  kind: 'tieu-hoc' | 'thcs'
  /** Points kept per row below the maximum; null: not submitted. */
  short: Record<string, number> | null
  decision?: { kind: 'accepted' | 'returned'; rows: { itemId: string; score: number | null; comment: string }[] }
}

const SCHOOLS: Seeded[] = [
  // Reviewed: the committee took 1.4 down to 4 of 10.
  { id: 'r1', name: 'Trường Tiểu học Xuân Hương', code: 'TH01', kind: 'tieu-hoc', short: {}, decision: { kind: 'accepted', rows: [{ itemId: '1.4', score: 4, comment: 'Chưa đủ minh chứng' }] } },
  // Two equal results: they share a rank, An before Ánh.
  { id: 'r2', name: 'Trường Tiểu học Ánh Dương', code: 'TH02', kind: 'tieu-hoc', short: { '1.4': 6 } },
  { id: 'r3', name: 'Trường Tiểu học An Lạc', code: 'TH03', kind: 'tieu-hoc', short: { '1.4': 6 } },
  { id: 'r4', name: 'Trường Tiểu học Bình Minh', code: 'TH04', kind: 'tieu-hoc', short: null },
  { id: 'r5', name: 'Trường THCS Lê Lợi', code: 'THCS01', kind: 'thcs', short: { '2.3.5': 0 }, decision: { kind: 'returned', rows: [] } },
  { id: 'r6', name: 'Trường THCS Quang Trung', code: 'THCS02', kind: 'thcs', short: { '2.3.5': 0, '2.3.6': 0 } },
]

async function setUpDesk(page: Page) {
  await page.goto('/')
  await page.getByTestId('workspace-desk').click()
  await expect(page).toHaveURL(/\/desk$/)
  await page.getByRole('link', { name: 'Thiết lập đơn vị và đợt đánh giá' }).click()
  await page.getByTestId('unit-name').fill('Phòng Văn hóa – Xã hội phường Xuân Hương')
  await page.getByTestId('campaign-year').fill('2025-2026')
  await page.getByTestId('campaign-deadline').fill('2026-05-31')
  await page.getByTestId('campaign-set').selectOption('qd-4725@1.1.0')
  await page.getByTestId('setup-save').click()
  await expect(page.getByTestId('desk-campaign')).toContainText('Năm học 2025-2026')
}

/** The desk's campaign as the app saved it. */
const campaignOf = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ id: string; setId: string; version: string }>((resolve, reject) => {
        const req = indexedDB.open('chiso')
        req.onerror = () => reject(new Error('open failed'))
        req.onsuccess = () => {
          const db = req.result
          const get = db.transaction('deskCampaigns').objectStore('deskCampaigns').getAll()
          get.onsuccess = () => {
            db.close()
            resolve(get.result[0] as { id: string; setId: string; version: string })
          }
        }
      }),
  )

/** Puts the roster, the submissions and the decisions straight into the desk's tables. */
async function seedDesk(page: Page, campaign: { id: string; setId: string; version: string }, set: SetFile) {
  const T = '2026-05-20T03:00:00.000Z'
  const rows = SCHOOLS.map((s, k) => {
    const sha256 = `${String(k + 1).repeat(8)}${'0'.repeat(56)}`
    const roster = { id: s.id, campaignId: campaign.id, name: s.name, code: s.code, kind: s.kind, commune: 'Phường Xuân Hương', source: 'roster', addedAt: T }
    if (!s.short) return { roster }
    const content = {
      school: { id: `school-${s.id}`, name: s.name, code: s.code, kind: s.kind, commune: 'Phường Xuân Hương' },
      assessment: { id: `a-${s.id}`, schoolYear: '2025-2026', revision: 1 },
      set: { setId: campaign.setId, version: campaign.version },
      answers: answers(set, s.short),
      evidence: [],
    }
    const head = { sha256, campaignId: campaign.id, rosterId: s.id, revision: 1, submittedAt: T, importedAt: T, flags: [], attachments: { files: [], record: false } }
    const decision = s.decision
      ? {
          id: `d-${s.id}`,
          campaignId: campaign.id,
          rosterId: s.id,
          sha256,
          content: { decision: s.decision.kind, reason: s.decision.kind === 'returned' ? 'Thiếu minh chứng' : '', rows: s.decision.rows, decidedAt: T },
        }
      : null
    return { roster, head, content: { campaignId: campaign.id, sha256, content }, decision }
  })
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('chiso')
        req.onerror = () => reject(new Error('open failed'))
        req.onsuccess = () => {
          const db = req.result
          const tx = db.transaction(['deskRoster', 'deskSubmissions', 'deskContents', 'deskDecisions'], 'readwrite')
          for (const r of rows) {
            tx.objectStore('deskRoster').put(r.roster)
            if (r.head) tx.objectStore('deskSubmissions').put(r.head)
            if (r.content) tx.objectStore('deskContents').put(r.content)
            if (r.decision) tx.objectStore('deskDecisions').put(r.decision)
          }
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(new Error('seed failed'))
        }
      }),
    rows,
  )
}

const words = (s: string) => s.replace(/\s+/g, ' ')

test('the managing body ranks its schools and publishes the workbook and the notice', async ({ page }) => {
  test.setTimeout(120_000)
  mkdirSync(OUT, { recursive: true })
  await setUpDesk(page)
  const campaign = await campaignOf(page)
  const set = JSON.parse(readFileSync(`${ROOT}criteria-sets/${campaign.setId}/${campaign.version}.json`, 'utf8')) as SetFile
  await seedDesk(page, campaign, set)

  await page.reload()
  await page.getByTestId('desk-rankings').click()
  await expect(page).toHaveURL(/\/desk\/rankings$/)
  const ranks = page.getByTestId('ranking-rank')
  await expect(page.getByTestId('ranking-row')).toHaveCount(6)
  const names = await page.getByTestId('ranking-row').locator('.rl__name').allTextContents()
  // Equal results share a rank and go by name (An before Ánh); a level 2 group ranks below level 3
  // whatever the points; the returned school, then the one that never submitted, come last.
  expect(names).toEqual([
    'Trường Tiểu học An Lạc',
    'Trường Tiểu học Ánh Dương',
    'Trường Tiểu học Xuân Hương',
    'Trường THCS Quang Trung',
    'Trường THCS Lê Lợi',
    'Trường Tiểu học Bình Minh',
  ])
  expect(await ranks.allTextContents()).toEqual(['Hạng 1 (đồng hạng)', 'Hạng 1 (đồng hạng)', 'Hạng 3', 'Hạng 4', 'Trả lại, chưa nộp lại', 'Chưa nộp'])
  await expect(page.getByTestId('ranking-row').nth(2)).toContainText('Kết quả thẩm định')
  await expect(page.getByTestId('ranking-row').nth(0)).toContainText('Tự đánh giá')

  // One kind's table.
  await page.getByTestId('ranking-kind').selectOption('thcs')
  await expect(page.getByTestId('ranking-row')).toHaveCount(2)
  await page.getByTestId('ranking-kind').selectOption('all')

  // The unit's own classes, saved and said to be the unit's.
  await page.getByTestId('classification-edit').click()
  await page.getByTestId('classification-save').click()
  await expect(page.getByTestId('classification-source')).toContainText('quy định riêng của đơn vị')
  await expect(page.getByTestId('ranking-row').nth(0)).toContainText('Xếp loại: ')

  // A school against the district.
  await page.getByTestId('position-pick').selectOption('r1')
  await expect(page.getByTestId('position-text')).toContainText('Trường Tiểu học Xuân Hương: hạng 3/4')

  await page.getByTestId('notice-number').fill('7/TB-VHXH')
  await page.getByTestId('notice-number').press('Tab')
  await page.getByTestId('notice-governingBody').fill('UBND phường Xuân Hương')
  await page.getByTestId('notice-governingBody').press('Tab')
  await expectNoSeriousA11yViolations(page)

  const xlsxDownload = page.waitForEvent('download', { timeout: 60_000 })
  await page.getByTestId('export-xlsx').click()
  const xlsx = await xlsxDownload
  expect(xlsx.suggestedFilename()).toBe('bang-xep-hang-2025-2026.xlsx')
  await xlsx.saveAs(`${OUT}/bang-xep-hang.xlsx`)
  const sheets = await readXlsxFile(`${OUT}/bang-xep-hang.xlsx`)
  expect(sheets.map((s) => s.sheet)).toEqual(['Tiểu học', 'THCS', 'Toàn đơn vị', 'Ma trận chỉ số', 'Danh mục chỉ số'])
  const th = sheets[0]!.data
  expect(th[0]!.slice(0, 3)).toEqual(['Hạng', 'Tên trường', 'Mã trường'])
  expect(th.slice(1).map((r) => [r[0], r[1]])).toEqual([
    [1, 'Trường Tiểu học An Lạc'],
    [1, 'Trường Tiểu học Ánh Dương'],
    [3, 'Trường Tiểu học Xuân Hương'],
    [null, 'Trường Tiểu học Bình Minh'],
  ])
  expect(th.at(-1)!.at(-1)).toBe('Chưa nộp')
  const totalAt = th[0]!.indexOf('Tổng điểm')
  expect(typeof th[1]![totalAt]).toBe('number')
  const matrix = sheets[3]!.data
  expect(matrix[0]!.slice(0, 5)).toEqual(['Hạng', 'Tên trường', 'Mã trường', 'Loại hình', '1.1'])
  expect(matrix).toHaveLength(SCHOOLS.length + 1)

  const pdfDownload = page.waitForEvent('download', { timeout: 60_000 })
  await page.getByTestId('export-pdf').click()
  const pdf = await pdfDownload
  expect(pdf.suggestedFilename()).toBe('thong-bao-ket-qua-2025-2026.pdf')
  await pdf.saveAs(`${OUT}/thong-bao.pdf`)
  const text = words(execFileSync('pdftotext', ['-enc', 'UTF-8', `${OUT}/thong-bao.pdf`, '-'], { encoding: 'utf8' }))
  expect(text).toContain('THÔNG BÁO')
  expect(text).toContain('PHÒNG VĂN HÓA – XÃ HỘI PHƯỜNG XUÂN HƯƠNG')
  expect(text).toContain('UBND PHƯỜNG XUÂN HƯƠNG')
  expect(text).toContain('Số: 07/TB-VHXH')
  expect(text).toContain('Nơi nhận')
  const order = ['Trường Tiểu học An Lạc', 'Trường Tiểu học Ánh Dương', 'Trường Tiểu học Xuân Hương', 'Trường Tiểu học Bình Minh', 'Trường THCS Quang Trung', 'Trường THCS Lê Lợi']
  const at = order.map((n) => text.indexOf(n))
  expect(at.every((x) => x >= 0)).toBe(true)
  expect([...at].sort((a, b) => a - b)).toEqual(at)
  expect(text).not.toMatch(/ứng dụng|chiso/i)

  // The page for the portal: one file, readable without script.
  const htmlDownload = page.waitForEvent('download', { timeout: 60_000 })
  await page.getByTestId('export-html').click()
  const html = await htmlDownload
  expect(html.suggestedFilename()).toBe('ket-qua-xep-hang-2025-2026.html')
  await html.saveAs(`${OUT}/ket-qua.html`)
  const page2 = readFileSync(`${OUT}/ket-qua.html`, 'utf8')
  expect(page2).not.toMatch(/<script/i)
  const inPage = order.map((n) => page2.indexOf(`>${n}<`))
  expect(inPage.every((x) => x >= 0)).toBe(true)
  expect([...inPage].sort((a, b) => a - b)).toEqual(inPage)
})
