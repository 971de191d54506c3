import { expect, test, type Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './helpers/axe'
import { seedAssessment } from './helpers/seed'

/** The answer row as the device's database holds it. */
function storedAnswer(page: Page, assessmentId: string, itemId: string) {
  return page.evaluate(
    ({ assessmentId, itemId }) =>
      new Promise<{ value: unknown; note: string } | undefined>((resolve, reject) => {
        const req = indexedDB.open('chiso')
        req.onerror = () => reject(new Error('open failed'))
        req.onsuccess = () => {
          const db = req.result
          const get = db.transaction('answers').objectStore('answers').get([assessmentId, itemId])
          get.onsuccess = () => {
            db.close()
            resolve(get.result as { value: unknown; note: string } | undefined)
          }
          get.onerror = () => reject(new Error('read failed'))
        }
      }),
    { assessmentId, itemId },
  )
}

/** Opens the note of chỉ số 2.3.3 on a page, if it is not open yet. */
async function openNote(page: Page) {
  const details = page.locator('#item-2_3_3 details.item__note')
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click()
}

test('two tabs on the same assessment stay consistent', async ({ page, context }) => {
  await page.goto('/')
  const { assessmentId } = await seedAssessment(page)
  const other = await context.newPage()
  await page.goto(`/a/${assessmentId}?group=2`)
  await other.goto(`/a/${assessmentId}?group=2`)

  await page.locator('#item-2_3_3').getByText('Có', { exact: true }).click()
  await expect(page.getByTestId('group-total')).toContainText('10/100')
  await expect(other.getByTestId('group-total')).toContainText('10/100')
  await expect(other.locator('#item-2_3_3-input')).toHaveValue('10')

  await other.locator('#item-2_3_3-input').fill('4')
  await expect(page.locator('#item-2_3_3-input')).toHaveValue('4')
  await expect(page.getByTestId('group-total')).toContainText('4/100')
})

test('two tabs changing one chỉ số in turn, 20 rounds: after each both show what is stored, nothing lost', async ({ page, context }) => {
  test.setTimeout(120_000)
  await page.goto('/')
  const { assessmentId } = await seedAssessment(page)
  const other = await context.newPage()
  await page.goto(`/a/${assessmentId}?group=2`)
  await other.goto(`/a/${assessmentId}?group=2`)
  await openNote(page)
  await openNote(other)
  const points = (p: Page) => p.locator('#item-2_3_3-input')
  const note = (p: Page) => p.locator('#item-2_3_3-note')
  let value = ''
  let text = ''
  for (let round = 1; round <= 20; round++) {
    const [writer, reader] = round % 2 ? [page, other] : [other, page]
    if (round % 4 === 0) {
      text = `Ghi chú lần ${round}: ${'Có biên bản. '.repeat(round)}`
      await note(writer).fill(text)
      await note(writer).blur()
    } else {
      value = String((round % 10) + 1)
      await points(writer).fill(value)
    }
    await expect.poll(async () => storedAnswer(page, assessmentId, '2.3.3')).toMatchObject({ value: Number(value), note: text })
    for (const p of [writer, reader]) {
      await expect(points(p)).toHaveValue(value)
      await expect(note(p)).toHaveValue(text)
      await expect(p.getByTestId('lost-writes')).toHaveCount(0)
    }
  }
  await Promise.all([page.reload(), other.reload()])
  for (const p of [page, other]) {
    await expect(points(p)).toHaveValue(value)
    await expect(note(p)).toHaveValue(text)
  }
})

test('a note typed in two tabs at once: the tab that lost shows it, with what was typed, and can save it', async ({ page, context }) => {
  await page.goto('/')
  const { assessmentId } = await seedAssessment(page)
  const other = await context.newPage()
  await page.goto(`/a/${assessmentId}?group=2`)
  await other.goto(`/a/${assessmentId}?group=2`)
  await openNote(page)
  await openNote(other)
  const note = (p: Page) => p.locator('#item-2_3_3-note')
  const typed = new Map([
    [page, 'Ghi chú của thẻ thứ nhất'],
    [other, 'Ghi chú của thẻ thứ hai'],
  ])
  // The second tab types first and is still typing when the first tab's note is saved.
  await note(other).fill(typed.get(other)!)
  await note(page).fill(typed.get(page)!)
  await note(page).blur()
  await note(other).blur()

  await expect.poll(async () => (await page.getByTestId('lost-writes').count()) + (await other.getByTestId('lost-writes').count())).toBe(1)
  const [loser, winner] = (await page.getByTestId('lost-writes').count()) ? [page, other] : [other, page]
  const stored = await storedAnswer(page, assessmentId, '2.3.3')
  expect(stored?.note).toBe(typed.get(winner))
  // Both show what is stored; the tab that lost says so, names the chỉ số and keeps what was typed.
  await expect(note(winner)).toHaveValue(typed.get(winner)!)
  await expect(note(loser)).toHaveValue(typed.get(winner)!)
  const notice = loser.getByTestId('lost-writes')
  await expect(notice).toContainText('Chỉ số 2.3.3: thay đổi của bạn chưa được lưu')
  await expect(notice).toContainText(`Bạn đã nhập: ${typed.get(loser)}`)
  await expect(winner.getByTestId('lost-writes')).toHaveCount(0)
  await expectNoSeriousA11yViolations(loser)

  await notice.getByRole('button', { name: 'Lưu giá trị của tôi' }).click()
  await expect(notice).toHaveCount(0)
  await expect.poll(async () => (await storedAnswer(page, assessmentId, '2.3.3'))?.note).toBe(typed.get(loser))
  await expect(note(winner)).toHaveValue(typed.get(loser)!)
  await expect(note(loser)).toHaveValue(typed.get(loser)!)
})

test('the criteria-set and settings screens are usable with a screen reader', async ({ page }) => {
  await page.goto('/sets')
  await expect(page.getByText('4725/QĐ-BGDĐT').first()).toBeVisible()
  // A broken set file is refused with the file named, and nothing is added.
  await page.getByLabel('Chọn tệp bộ tiêu chí').setInputFiles({
    name: 'bo-tieu-chi-loi.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "chiso.criteria-set",'),
  })
  await expect(page.getByRole('alert')).toContainText('Không nạp được tệp “bo-tieu-chi-loi.json”')
  await expectNoSeriousA11yViolations(page)
  await page.goto('/settings')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
})
