import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { ChisoDb, repos, useDatabase } from '@/db'
import { useAssessmentsStore } from '@/stores/assessments'
import { tinySet } from '../../builders/criteriaSet'
import { assessment } from '../../builders/assessment'

const last = assessment({ id: 'y1', setId: 'tiny', status: 'approved' })

beforeEach(() => {
  useDatabase(new ChisoDb(`test-${crypto.randomUUID()}`))
  setActivePinia(createPinia())
})

describe('the improvement plan', () => {
  it('is added to, changed and emptied on the assessment, and survives approval', async () => {
    await repos().assessments.create(last)
    const store = useAssessmentsStore()
    await store.addAction('y1', { itemId: 'A2.2', what: '', who: '', by: '', targetPoints: 30 })
    const [a] = (await repos().assessments.get('y1'))!.improvement!
    await store.patchAction('y1', a!.id, { what: 'Tập huấn', targetPoints: undefined })
    expect((await repos().assessments.get('y1'))!.improvement).toEqual([{ id: a!.id, itemId: 'A2.2', what: 'Tập huấn', who: '', by: '' }])
    expect((await repos().assessments.get('y1'))!.status).toBe('approved')
    await store.removeAction('y1', a!.id)
    expect((await repos().assessments.get('y1'))!.improvement).toBeUndefined()
  })

  it("is carried into next year's assessment, without rows the set no longer has", async () => {
    await repos().assessments.create({
      ...last,
      improvement: [
        { id: 'k', itemId: 'A2.2', what: 'Tập huấn', who: 'Cô Lan', by: '2026-03-01', targetPoints: 30 },
        { id: 'g', itemId: 'Z9', what: 'Bỏ', who: '', by: '' },
      ],
    })
    const next = await useAssessmentsStore().create(
      { schoolId: 's1', setId: 'tiny', version: '1.0.0', schoolYear: '2026-2027' },
      tinySet(),
    )
    expect((await repos().assessments.get(next.id))!.improvement).toEqual([
      { id: 'k', itemId: 'A2.2', what: 'Tập huấn', who: 'Cô Lan', by: '2026-03-01', targetPoints: 30, fromYear: '2025-2026' },
    ])
  })

  it('is not carried backwards into an earlier year', async () => {
    await repos().assessments.create({ ...last, improvement: [{ id: 'k', what: 'Tập huấn', who: '', by: '' }] })
    const earlier = await useAssessmentsStore().create(
      { schoolId: 's1', setId: 'tiny', version: '1.0.0', schoolYear: '2024-2025' },
      tinySet(),
    )
    expect((await repos().assessments.get(earlier.id))!.improvement).toBeUndefined()
  })
})
