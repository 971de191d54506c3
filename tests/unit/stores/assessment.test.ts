import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { ChisoDb, repos, useDatabase } from '@/db'
import { useAssessmentStore } from '@/stores/assessment'
import { assessment } from '../../builders/assessment'


describe('assessment store', () => {
  beforeEach(async () => {
    useDatabase(new ChisoDb(`test-${crypto.randomUUID()}`))
    setActivePinia(createPinia())
    await repos().assessments.put(assessment())
  })

  it('opens an assessment with the exact set version it was made with', async () => {
    const store = useAssessmentStore()
    await store.open('a1')
    expect(store.state).toBe('ready')
    expect(store.set?.id).toBe('qd-4725')
    expect(store.score?.groups.map((g) => g.points)).toEqual([0, 0])
  })

  it('says so when the set version is not on the device', async () => {
    await repos().assessments.put(assessment({ id: 'a2', version: '9.9.9' }))
    const store = useAssessmentStore()
    await store.open('a2')
    expect(store.state).toBe('no-set')
  })

  it('writes every answer to the database before showing it, and re-scores', async () => {
    const store = useAssessmentStore()
    await store.open('a1')
    await store.setAnswer('1.3.1', { value: 6, basis: { yes: true } })
    await store.setAnswer('1.1', { value: true })
    await store.setAnswer('1.3.1', { note: 'Google Meet có bản quyền'.normalize('NFD') })
    const stored = await repos().answers.list('a1')
    expect(stored.find((a) => a.itemId === '1.3.1')).toMatchObject({ value: 6, basis: { yes: true }, note: 'Google Meet có bản quyền' })
    expect(store.score?.groups[0]?.points).toBe(6)
    expect(store.lastSavedAt).not.toBeNull()
  })

  it('survives a reload: a fresh store reads back what was saved', async () => {
    const first = useAssessmentStore()
    await first.open('a1')
    await first.setAnswer('2.3.3', { value: 10 })
    setActivePinia(createPinia())
    const second = useAssessmentStore()
    await second.open('a1')
    expect(second.answers['2.3.3']?.value).toBe(10)
    expect(second.score?.groups[1]?.points).toBe(10)
  })

  it('refuses changes to an approved assessment', async () => {
    await repos().assessments.put(assessment({ id: 'a3', status: 'approved' }))
    const store = useAssessmentStore()
    await store.open('a3')
    expect(store.readOnly).toBe(true)
    expect(await store.setAnswer('1.1', { value: true })).toBe(false)
    expect(await repos().answers.list('a3')).toEqual([])
  })

  it('clears the "copied from last year" mark once the row is changed', async () => {
    await repos().answers.put({ assessmentId: 'a1', itemId: '1.4', value: 5, note: '', copied: true, updatedAt: 'x' })
    const store = useAssessmentStore()
    await store.open('a1')
    expect(store.answers['1.4']?.copied).toBe(true)
    await store.setAnswer('1.4', { value: 7 })
    expect((await repos().answers.list('a1'))[0]?.copied).toBeUndefined()
  })

  it('reports a failed write and keeps the stored answer as it was', async () => {
    const store = useAssessmentStore()
    await store.open('a1')
    await store.setAnswer('1.4', { value: 5 })
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' })
    const put = repos().answers.put
    repos().answers.put = () => Promise.reject(quota)
    expect(await store.setAnswer('1.4', { value: 8 })).toBe(false)
    repos().answers.put = put
    expect(store.error?.code).toBe('quota')
    expect(store.answers['1.4']?.value).toBe(5)
    expect((await repos().answers.list('a1'))[0]?.value).toBe(5)
  })

  it('drops the points when "Không" follows "Có" and the school typed no number of its own', async () => {
    const store = useAssessmentStore()
    await store.open('a1')
    await store.setAnswer('1.3.1', { basis: { yes: true } })
    expect(store.answers['1.3.1']?.value).toBe(6)
    await store.setAnswer('1.3.1', { basis: { yes: false } })
    expect((await repos().answers.list('a1')).find((a) => a.itemId === '1.3.1')?.value).toBe(0)
    expect(store.mismatches).toEqual([])
  })

  it('keeps the school’s own number when the basis changes, and lists the row as a mismatch', async () => {
    const store = useAssessmentStore()
    await store.open('a1')
    await store.setAnswer('1.3.1', { basis: { yes: true } })
    await store.setAnswer('1.3.1', { value: 4 })
    await store.setAnswer('1.3.1', { basis: { yes: false } })
    expect(store.answers['1.3.1']?.value).toBe(4)
    expect(store.mismatches).toEqual([{ itemId: '1.3.1', points: 4, suggested: 0, basis: { kind: 'yes-no', yes: false } }])
  })

  it('counts copied rows apart until they are kept as last year, a whole criterion in one write', async () => {
    for (const itemId of ['1.3.1', '1.3.3', '1.4'])
      await repos().answers.put({ assessmentId: 'a1', itemId, value: 6, note: '', copied: true, updatedAt: 'x' })
    const store = useAssessmentStore()
    await store.open('a1')
    expect(store.progress?.groups['1']).toMatchObject({ answered: 0, unconfirmed: 3 })
    expect(store.nextRow('1')).toEqual({ groupId: '1', itemId: '1.1' })
    expect(await store.keepCopied(['1.3.1', '1.3.3', '1.3.4'])).toBe(true)
    expect(store.progress?.groups['1']).toMatchObject({ answered: 2, unconfirmed: 1 })
    const stored = await repos().answers.list('a1')
    expect(stored.filter((a) => a.copied).map((a) => a.itemId)).toEqual(['1.4'])
    expect(stored.find((a) => a.itemId === '1.3.1')?.value).toBe(6)
  })

  it('saves the school’s totals once; count rows following their suggestion follow the new total', async () => {
    await repos().assessments.put(assessment({ id: 'a4', version: '1.1.0' }))
    const store = useAssessmentStore()
    await store.open('a4')
    await store.setTotals({ teachers: 20 })
    await store.setAnswer('1.6.1', { basis: { count: 18 } })
    await store.setAnswer('1.6.2', { basis: { count: 10 } })
    await store.setAnswer('1.6.2', { value: 7 })
    expect(store.answers['1.6.1']?.value).toBe(6)
    await store.setTotals({ teachers: 18 })
    expect((await repos().assessments.get('a4'))?.totals).toEqual({ teachers: 18 })
    const stored = await repos().answers.list('a4')
    expect(stored.find((a) => a.itemId === '1.6.1')?.value).toBe(7)
    expect(stored.find((a) => a.itemId === '1.6.2')?.value).toBe(7)
  })
})
