// Makes the app screenshots under public/screenshots/ (used by the web manifest and the README):
// builds nothing itself — run `npm run build` first. Serves dist/ with `vite preview`, seeds one
// school and a partly scored QĐ 4725 assessment, and captures the main screens at 360 × 740.
import { spawn } from 'node:child_process'
import { setTimeout as sleep } from 'node:timers/promises'
import { chromium } from 'playwright-core'

const PORT = Number(process.env.CHISO_PORT ?? 4183)
const BASE = `http://127.0.0.1:${PORT}`
const OUT = new URL('../public/screenshots/', import.meta.url).pathname
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: ['pipe', 'ignore', 'inherit'], detached: true })

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return
    } catch (e) {
      if (i === 99) console.error(e)
    }
    await sleep(200)
  }
  throw new Error('preview server did not start')
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
})
try {
  await waitForServer()
  const page = await browser.newPage({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' })
  await page.goto(`${BASE}/`)
  await page.getByRole('link', { name: 'Thêm trường' }).click()
  await page.getByLabel('Tên trường').fill('Trường Tiểu học Văn Tràng')
  await page.getByText('Tiểu học', { exact: true }).click()
  await page.getByLabel('Xã/phường').fill('Xã An Phú')
  await page.getByLabel('Họ và tên Hiệu trưởng (Giám đốc)').fill('Nguyễn Thị Hồng')
  await page.getByRole('button', { name: 'Lưu thông tin trường' }).click()
  await page.getByRole('button', { name: 'Tạo đợt đánh giá' }).click()
  await page.getByRole('button', { name: 'Tạo và bắt đầu chấm' }).click()
  await page.getByTestId('group-total').waitFor()
  const id = new URL(page.url()).pathname.split('/')[2] ?? ''

  await page.locator('#item-1_1').getByText('Đạt', { exact: true }).click()
  await page.locator('#item-1_2').getByText('Đạt', { exact: true }).click()
  await page.locator('#item-1_3_1').getByText('Có', { exact: true }).click()
  /** @type {[string, string][]} */
  const points = [['1_3_3', '6'], ['1_3_4', '6'], ['1_4', '6'], ['1_5_1', '10'], ['1_5_2', '5']]
  for (const [row, v] of points) await page.locator(`#item-${row}-input`).fill(v)
  await page.locator('#item-1_6_1-input-pct').fill('80')
  await page.goto(`${BASE}/a/${id}?group=2`)
  await page.locator('#item-2_1').getByText('Đạt', { exact: true }).click()
  await page.locator('#item-2_2').getByText('Chưa đạt', { exact: true }).click()
  for (const row of ['2_3_2', '2_3_3', '2_4_1']) await page.locator(`#item-${row}`).getByText('Có', { exact: true }).click()
  await page.getByTestId('save-state').getByText('Đã lưu lúc').waitFor()

  await page.goto(`${BASE}/`)
  await page.getByText('Trường Tiểu học Văn Tràng').waitFor()
  await page.screenshot({ path: `${OUT}home.png` })
  await page.goto(`${BASE}/a/${id}?group=1`)
  await page.locator('#item-1_3_1').waitFor()
  await page.evaluate(() => window.scrollTo(0, (document.getElementById('item-1_2')?.offsetTop ?? 0) - 40))
  await page.screenshot({ path: `${OUT}score.png` })
  await page.goto(`${BASE}/a/${id}/summary`)
  await page.getByTestId('summary-group-1').waitFor()
  await page.screenshot({ path: `${OUT}summary.png` })
  await page.goto(`${BASE}/sets`)
  await page.screenshot({ path: `${OUT}sets.png` })
  console.log(`screenshots written to public/screenshots/`)
} finally {
  await browser.close()
  if (server.pid) process.kill(-server.pid, 'SIGTERM')
}
