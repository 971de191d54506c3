import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ChisoDb, repos, useDatabase } from '@/db'
import { own } from '@/domain'
import { useAssessmentStore } from '@/stores/assessment'
import { assessment } from '../../builders/assessment'

/** One store per tab of the app, both on the device's one database. */
async function openTab() {
  setActivePinia(createPinia())
  const store = useAssessmentStore()
  await store.open('a1')
  return store
}
type Tab = Awaited<ReturnType<typeof openTab>>

const stored = async (itemId: string) => (await repos().answers.list('a1')).find((a) => a.itemId === itemId)

/** Both tabs show, for the row, exactly what the database holds. */
async function converged(itemId: string, ...tabs: Tab[]) {
  await vi.waitFor(async () => {
    const row = await stored(itemId)
    for (const t of tabs) expect(own(t.answers, itemId)).toEqual(row)
  })
  return stored(itemId)
}

describe('two tabs writing the same assessment', () => {
  beforeEach(async () => {
    useDatabase(new ChisoDb(`test-${crypto.randomUUID()}`))
    await repos().assessments.put(assessment())
  })

  it('the same row at the same moment: one change lands, the other tab shows it and lists its own as not saved', async () => {
    const a = await openTab()
    const b = await openTab()
    const results = await Promise.all([a.setAnswer('2.3.3', { value: 4 }), b.setAnswer('2.3.3', { value: 7 })])
    expect(results.filter(Boolean)).toHaveLength(1)
    const row = await converged('2.3.3', a, b)
    const [winner, loser] = results[0] ? [a, b] : [b, a]
    expect(row?.value).toBe(results[0] ? 4 : 7)
    expect(winner.lost).toEqual([])
    expect(loser.lost).toEqual([{ itemId: '2.3.3', change: { value: results[0] ? 7 : 4 } }])
    // "Lưu giá trị của tôi" makes the lost change on the row now stored.
    expect(await loser.redoLost('2.3.3')).toBe(true)
    expect((await converged('2.3.3', a, b))?.value).toBe(results[0] ? 7 : 4)
    expect(loser.lost).toEqual([])
  })

  it('one tab’s note and the other tab’s points on the same row both stay', async () => {
    const a = await openTab()
    const b = await openTab()
    const results = await Promise.all([a.setAnswer('1.4', { note: 'Đã có kế hoạch' }), b.setAnswer('1.4', { value: 5 })])
    expect(results).toEqual([true, true])
    expect(await converged('1.4', a, b)).toMatchObject({ value: 5, note: 'Đã có kế hoạch' })
    expect([...a.lost, ...b.lost]).toEqual([])
  })

  it('a note typed on a text another tab has since replaced is not written over it', async () => {
    const a = await openTab()
    const b = await openTab()
    await a.setAnswer('1.4', { note: 'Bản của thẻ A' })
    await converged('1.4', a, b)
    // B began typing before A's note arrived: its text was typed on no row.
    expect(await b.setAnswer('1.4', { note: 'Bản của thẻ B', began: { version: null, text: '' } })).toBe(false)
    expect((await converged('1.4', a, b))?.note).toBe('Bản của thẻ A')
    expect(b.lost).toEqual([{ itemId: '1.4', change: { note: 'Bản của thẻ B' } }])
    b.dropLost('1.4')
    expect(b.lost).toEqual([])
  })

  it('twenty rounds of alternating changes: after each, both tabs show what is stored, and nothing is lost', async () => {
    const a = await openTab()
    const b = await openTab()
    for (let round = 1; round <= 20; round++) {
      const tab = round % 2 ? a : b
      expect(await tab.setAnswer('1.4', round % 3 ? { value: round % 7 } : { note: `Lần ${round}` })).toBe(true)
      const row = await converged('1.4', a, b)
      if (round % 3) expect(row?.value).toBe(round % 7)
      else expect(row?.note).toBe(`Lần ${round}`)
    }
    expect([...a.lost, ...b.lost]).toEqual([])
  })

  it('one tab’s changes of one row made faster than they are written never race each other', async () => {
    const a = await openTab()
    const results = await Promise.all([1, 2, 3, 4, 5].map((v) => a.setAnswer('2.3.3', { value: v })))
    expect(results).toEqual([true, true, true, true, true])
    // A note typed on the row as it was before all of them continues this tab's own work.
    expect(await a.setAnswer('2.3.3', { note: 'xong', began: { version: null, text: '' } })).toBe(true)
    expect(await stored('2.3.3')).toMatchObject({ value: 5, note: 'xong' })
    expect(a.lost).toEqual([])
  })

  it('"keep as last year" over a row another tab changed writes nothing, and shows the stored row', async () => {
    await repos().answers.put({ assessmentId: 'a1', itemId: '1.4', value: 6, note: '', copied: true, updatedAt: '2025-11-01T00:00:00.000Z' })
    const a = await openTab()
    const b = await openTab()
    const [kept, changed] = await Promise.all([a.keepCopied(['1.4']), b.setAnswer('1.4', { value: 3 })])
    const row = await converged('1.4', a, b)
    if (kept && changed) expect(row).toMatchObject({ value: 3 })
    else {
      expect([kept, changed]).toContain(false)
      expect(row?.copied).toBeUndefined()
    }
  })
})
