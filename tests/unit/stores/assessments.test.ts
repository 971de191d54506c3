import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import { ChisoDb, repos, useDatabase } from '@/db'
import type { Answer, Assessment } from '@/domain'
import { useAssessmentsStore, type NewAssessment } from '@/stores/assessments'
import { tinySet } from '../../builders/criteriaSet'

const SCHOOL = 'school-1'

const newAssessment = (over: Partial<NewAssessment> = {}): NewAssessment => ({
  schoolId: SCHOOL,
  setId: 'tiny',
  version: '1.0.0',
  schoolYear: '2025-2026',
  ...over,
})

const answer = (assessmentId: string, itemId: string, value: Answer['value'], note = ''): Answer => ({
  assessmentId,
  itemId,
  value,
  note,
  updatedAt: '2025-10-01T00:00:00.000Z',
})

async function answer3(a: Assessment) {
  await repos().answers.put(answer(a.id, 'A1', true, 'Có kế hoạch số 12'))
  await repos().answers.put(answer(a.id, 'A2.1', 40))
  await repos().answers.put(answer(a.id, 'B2.1', 'VNEdu'))
}

beforeEach(() => {
  useDatabase(new ChisoDb(`test-${crypto.randomUUID()}`))
  setActivePinia(createPinia())
})

describe('assessments store', () => {
  it('creates a draft first revision with no answers and lists it for its school', async () => {
    const store = useAssessmentsStore()
    const a = await store.create(newAssessment(), tinySet())

    expect(a).toMatchObject({ schoolId: SCHOOL, setId: 'tiny', version: '1.0.0', schoolYear: '2025-2026', status: 'draft', revision: 1 })
    expect(a.copiedFrom).toBeUndefined()
    expect(await repos().assessments.get(a.id)).toEqual(a)
    expect(await repos().answers.list(a.id)).toEqual([])
    expect(store.schoolId).toBe(SCHOOL)
    expect(store.list).toEqual([a])
  })

  it('lists the newest school year first', async () => {
    const store = useAssessmentsStore()
    await store.create(newAssessment({ schoolYear: '2024-2025' }), tinySet())
    await store.create(newAssessment({ schoolYear: '2026-2027' }), tinySet())
    await store.create(newAssessment({ schoolYear: '2025-2026' }), tinySet())
    expect(store.list.map((a) => a.schoolYear)).toEqual(['2026-2027', '2025-2026', '2024-2025'])
  })

  it("copies last year's answers as a starting point, marked as copied, dropping rows the set no longer has", async () => {
    const store = useAssessmentsStore()
    const last = await store.create(newAssessment({ schoolYear: '2024-2025' }), tinySet())
    await answer3(last)
    await repos().answers.put(answer(last.id, 'OLD.9', 5))

    const next = await store.create(newAssessment({ copyFrom: last.id }), tinySet())

    expect(next.copiedFrom).toBe(last.id)
    const copied = (await repos().answers.list(next.id)).sort((x, y) => x.itemId.localeCompare(y.itemId))
    expect(copied.map((r) => [r.itemId, r.value, r.copied])).toEqual([
      ['A1', true, true],
      ['A2.1', 40, true],
      ['B2.1', 'VNEdu', true],
    ])
    expect(copied.every((r) => r.assessmentId === next.id)).toBe(true)
    expect(copied.find((r) => r.itemId === 'A1')?.note).toBe('Có kế hoạch số 12')
    // Last year's own answers are untouched.
    const old = await repos().answers.list(last.id)
    expect(old).toHaveLength(4)
    expect(old.some((r) => r.copied)).toBe(false)
  })

  it('approves: the status and the decision are stored (also when given reactive state)', async () => {
    const store = useAssessmentsStore()
    const a = await store.create(newAssessment(), tinySet())
    const held = reactive<Assessment>({ ...a, record: { place: 'Hải Phòng' } })

    const approved = await store.approve(held, { date: '2026-05-20', decisionNumber: ' 15/QĐ-THVT ' })

    const stored = await repos().assessments.get(a.id)
    expect(stored).toEqual(approved)
    expect(stored?.status).toBe('approved')
    expect(stored?.approval).toMatchObject({ date: '2026-05-20', decisionNumber: '15/QĐ-THVT' })
    expect(stored?.approval?.approvedAt).toBeTruthy()
    expect(stored?.record).toEqual({ place: 'Hải Phòng' })
    expect(store.list[0]?.status).toBe('approved')
  })

  it('amends: a new draft revision that points to the approved one, with its answers; the approved one is unchanged', async () => {
    const store = useAssessmentsStore()
    const a = await store.create(newAssessment(), tinySet())
    await answer3(a)
    const approved = await store.approve(a, { date: '2026-05-20', decisionNumber: '15/QĐ-THVT' })

    const next = await store.amend(reactive<Assessment>(approved))

    expect(next.id).not.toBe(a.id)
    expect(next).toMatchObject({ status: 'draft', revision: 2, amends: a.id, schoolYear: '2025-2026', setId: 'tiny', version: '1.0.0' })
    expect(next.approval).toBeUndefined()
    expect(await repos().assessments.get(next.id)).toEqual(next)
    const answers = await repos().answers.list(next.id)
    expect(answers.map((r) => [r.itemId, r.value]).sort()).toEqual([
      ['A1', true],
      ['A2.1', 40],
      ['B2.1', 'VNEdu'],
    ])
    expect(answers.some((r) => r.copied)).toBe(false)
    expect(await repos().assessments.get(a.id)).toEqual(approved)
    expect(await repos().answers.list(a.id)).toHaveLength(3)
    expect(store.list.map((x) => [x.revision, x.status])).toEqual([
      [2, 'draft'],
      [1, 'approved'],
    ])
  })

  it('amends with the team and the evidence; the photo is shared and outlives the deleted draft', async () => {
    const store = useAssessmentsStore()
    const a = await store.create(newAssessment(), tinySet())
    await repos().members.put({ id: 'm1', assessmentId: a.id, name: 'Lê Văn Tâm', role: 'teacher', itemIds: ['A2.1'], createdAt: 'x', sentAt: '2026-05-01T08:00:00.000Z' })
    const photo = { id: 'f1', blob: new Blob(['jpeg-bytes'], { type: 'image/jpeg' }) }
    await repos().evidence.addMany(
      [{ id: 'e1', assessmentId: a.id, code: 'MCA2.01', title: 'Phòng máy', kind: 'photo', itemIds: ['A2.1'], file: { id: 'f1', mime: 'image/jpeg', size: 10, name: 'a.jpg' }, addedAt: 'x', updatedAt: 'x' }],
      [photo],
    )
    const approved = await store.approve(a, { date: '2026-05-20', decisionNumber: '15/QĐ-THVT' })

    const next = await store.amend(approved)

    expect((await repos().members.list(next.id)).map((m) => [m.name, m.itemIds])).toEqual([['Lê Văn Tâm', ['A2.1']]])
    // Nothing was sent for the new revision (files for the old one are refused by it).
    expect((await repos().members.list(next.id))[0]?.sentAt).toBeUndefined()
    const carried = await repos().evidence.list(next.id)
    expect(carried.map((e) => [e.code, e.file?.id])).toEqual([['MCA2.01', 'f1']])
    expect(carried[0]?.id).not.toBe('e1')
    await store.remove(next)
    expect(await repos().evidence.file('f1')).toBeDefined()
    expect((await repos().evidence.list(a.id)).map((e) => e.id)).toEqual(['e1'])
  })

  it('removes an assessment with its answers, leaving the others', async () => {
    const store = useAssessmentsStore()
    const gone = await store.create(newAssessment(), tinySet())
    const kept = await store.create(newAssessment({ schoolYear: '2024-2025' }), tinySet())
    await answer3(gone)
    await answer3(kept)

    await store.remove(gone)

    expect(await repos().assessments.get(gone.id)).toBeUndefined()
    expect(await repos().answers.list(gone.id)).toEqual([])
    expect(await repos().answers.list(kept.id)).toHaveLength(3)
    expect(store.list.map((a) => a.id)).toEqual([kept.id])
  })
})
