import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { ChisoDb, repos, useDatabase } from '@/db'
import { own } from '@/domain'
import { useAssessmentStore } from '@/stores/assessment'
import { assessment } from '../../builders/assessment'
import { hostileSet } from '../../builders/criteriaSet'

/** A loaded set whose row ids are Object.prototype's names, answered and read back through the store. */
describe('rows named constructor, toString, valueOf, hasOwnProperty', () => {
  beforeEach(async () => {
    useDatabase(new ChisoDb(`test-${crypto.randomUUID()}`))
    setActivePinia(createPinia())
    const set = hostileSet()
    await repos().criteriaSets.put({ key: 'tiny@1.0.0', setId: 'tiny', version: '1.0.0', fileName: 'tiny.json', text: JSON.stringify(set), loadedAt: '2025-09-01T00:00:00.000Z' })
    await repos().assessments.put(assessment({ setId: 'tiny', version: '1.0.0' }))
  })

  it('start unanswered, take answers, score them and read them back after a reload', async () => {
    const store = useAssessmentStore()
    await store.open('a1')
    expect(store.state).toBe('ready')
    expect(store.score?.invalid).toEqual([])
    expect(store.score?.answered).toBe(0)
    expect(own(store.answers, 'constructor')).toBeUndefined()

    await store.setAnswer('hasOwnProperty', { value: true })
    await store.setAnswer('toString', { value: 40 })
    await store.setAnswer('valueOf', { value: 30.5 })
    await store.setAnswer('isPrototypeOf', { value: true })
    await store.setAnswer('propertyIsEnumerable', { value: 'Phần mềm X' })
    await store.setAnswer('constructor', { value: 70, note: 'ghi chú' })
    expect(store.score?.groups.map((g) => [g.points, g.level])).toEqual([[70.5, 2], [70, 2]])

    setActivePinia(createPinia())
    const again = useAssessmentStore()
    await again.open('a1')
    expect([again.score?.invalid, again.score?.unanswered]).toEqual([[], []])
    expect(own(again.answers, 'constructor')).toMatchObject({ value: 70, note: 'ghi chú' })
    expect((await repos().answers.list('a1')).map((a) => a.itemId).sort()).toEqual(
      ['constructor', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toString', 'valueOf'],
    )
  })
})
