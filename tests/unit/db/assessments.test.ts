import { beforeEach, describe, expect, it } from 'vitest'
import { ChisoDb, repos, useDatabase } from '@/db'
import { assessment } from '../../builders/assessment'

const row = assessment({ setId: 'tiny' })

describe('assessments.change', () => {
  beforeEach(() => useDatabase(new ChisoDb(`test-${crypto.randomUUID()}`)))

  it('lets two changes made at once to different parts of the row both land', async () => {
    await repos().assessments.create(row)
    await Promise.all([
      repos().assessments.change('a1', (a) => ({ ...a, totals: { teachers: 20 } })),
      repos().assessments.change('a1', (a) => ({ ...a, improvement: [{ id: 'x', what: 'Tập huấn', who: '', by: '' }] })),
    ])
    expect(await repos().assessments.get('a1')).toMatchObject({
      totals: { teachers: 20 },
      improvement: [{ id: 'x', what: 'Tập huấn' }],
    })
  })

  it('writes nothing and resolves to undefined when the assessment is not there', async () => {
    expect(await repos().assessments.change('nope', (a) => a)).toBeUndefined()
    expect(await repos().assessments.list()).toEqual([])
  })
})
