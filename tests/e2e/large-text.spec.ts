import { expect, test, type Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './helpers/axe'
import { seedAssessment } from './helpers/seed'

/**
 * The main screens on the narrowest phones (320 px) and with the phone's text size doubled: nothing
 * scrolls sideways, the title is not cut, axe finds nothing serious. The doubled text is the
 * browser's default font size at 32 px instead of 16 px, which is what the app's rem sizes follow.
 */
test.use({ viewport: { width: 320, height: 740 } })

async function expectFits(page: Page, screen: string) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const sizes = await page.evaluate(() => {
    const h1 = document.querySelector('h1')!
    return {
      page: document.documentElement.scrollWidth,
      view: window.innerWidth,
      titleCut: h1.scrollWidth > h1.clientWidth + 1,
    }
  })
  expect({ screen, ...sizes }).toEqual({ screen, page: sizes.view, view: sizes.view, titleCut: false })
  await expectNoSeriousA11yViolations(page)
}

for (const text of [1, 2]) {
  test(`main screens fit at 320 px with text ×${text}`, async ({ page }) => {
    test.setTimeout(90_000)
    await page.goto('/')
    if (text === 2) {
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } })
    }
    const { schoolId, assessmentId } = await seedAssessment(page, { schoolName: 'Trường Trung học cơ sở Nguyễn Bỉnh Khiêm', version: '1.1.0' })
    await page.reload()
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(`${16 * text}px`)
    await expectFits(page, 'home')

    await page.goto(`/schools/${schoolId}`)
    await expect(page.getByTestId('result-line')).toBeVisible()
    await expectFits(page, 'school')

    await page.goto(`/a/${assessmentId}`)
    await page.locator('#item-1_3_1').getByText('Có', { exact: true }).click()
    await page.locator('#item-1_6_1-input-total').fill('20')
    await page.locator('#item-1_6_1-input-count').fill('17')
    await page.locator('#item-1_3_1-input').fill('4')
    await expect(page.locator('#item-1_3_1').getByTestId('points-mismatch')).toBeVisible()
    await expectFits(page, 'score')

    for (const screen of ['summary', 'plan', 'overview', 'approve', 'report', 'evidence', 'record', 'team']) {
      await page.goto(`/a/${assessmentId}/${screen}`)
      await expect(page.getByText('Đang tải…')).toHaveCount(0)
      await expectFits(page, screen)
    }

    await page.goto(`/schools/${schoolId}/years`)
    await expect(page.getByTestId('years-group-1')).toBeVisible()
    await expectFits(page, 'years')

    // The managing body's desk, before any campaign: its home, setup, roster, import and rankings.
    for (const screen of ['', '/setup', '/roster', '/import', '/rankings']) {
      await page.goto(`/desk${screen}`)
      await expect(page.getByText('Đang tải…')).toHaveCount(0)
      await expectFits(page, `desk${screen}`)
    }
  })
}
