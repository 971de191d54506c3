import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ChisoDb, repos, useDatabase } from '@/db'
import { setKey } from '@/domain'
import { i18n } from '@/i18n'
import PlanView from '@/views/PlanView.vue'
import { tinySet } from '../../builders/criteriaSet'
import { assessment } from '../../builders/assessment'

const Stub = defineComponent({ template: '<p>stub</p>' })
const draft = assessment({ setId: 'tiny' })
const answer = (itemId: string, value: boolean | number) => ({ assessmentId: 'a1', itemId, value, note: '', updatedAt: 'x' })

async function mountPlan() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/a/:assessmentId/summary', component: Stub },
      { path: '/a/:assessmentId/plan', component: PlanView },
    ],
  })
  await router.push('/a/a1/plan')
  await router.isReady()
  const w = mount(PlanView, { global: { plugins: [i18n, router] } })
  await vi.waitFor(() => expect(w.find('[data-testid="plan-group-A"]').exists()).toBe(true))
  return w
}

beforeEach(async () => {
  useDatabase(new ChisoDb(`test-${crypto.randomUUID()}`))
  setActivePinia(createPinia())
  const set = tinySet()
  await repos().criteriaSets.put({
    key: setKey({ setId: set.id, version: set.version }),
    setId: set.id,
    version: set.version,
    fileName: 'tiny.json',
    text: JSON.stringify(set),
    loadedAt: '2025-10-01T00:00:00.000Z',
  })
  // Group A: condition A1 unmet, 40 points (A2.1 full) → capped at Mức 1; group B: 45/100.
  await repos().assessments.create(draft, [answer('A1', false), answer('A2.1', 40), answer('B1', true), answer('B2.2', 45)])
})

describe('PlanView', () => {
  it('says what each group needs: the condition first, then the fewest rows', async () => {
    const w = await mountPlan()
    const a = w.get('[data-testid="plan-group-A"]')
    expect(a.get('[data-testid="plan-needed"]').text()).toBe('Cần thêm 10 điểm để đạt Mức 2.')
    expect(a.get('[data-testid="plan-blockers"]').text()).toContain('A1')
    expect(a.get('[data-testid="plan-steps"]').text()).toContain('A2.2')
    expect(a.get('[data-testid="plan-steps"]').text()).toContain('+10 trong 60 điểm còn thiếu')
    expect(a.get('[data-testid="plan-steps"]').text()).toContain('chưa đối chiếu văn bản gốc')
    const b = w.get('[data-testid="plan-group-B"]')
    expect(b.get('[data-testid="plan-needed"]').text()).toBe('Cần thêm 5 điểm để đạt Mức 2.')
  })

  it('tries the suggestion live without touching the real answers', async () => {
    const w = await mountPlan()
    const a = w.get('[data-testid="plan-group-A"]')
    expect(a.get('[data-testid="plan-tried"]').text()).toContain('40 điểm — Mức 1')
    await a.findAll('button').find((b) => b.text() === 'Thử theo gợi ý')!.trigger('click')
    expect(a.get('[data-testid="plan-tried"]').text()).toContain('50 điểm — Mức 2')

    await a.get('#whatif-A2\\.2').setValue('60')
    await a.get('#whatif-A2\\.2').trigger('change')
    expect(a.get('[data-testid="plan-tried"]').text()).toContain('100 điểm — Mức 3')

    const stored = await repos().answers.list('a1')
    expect(Object.fromEntries(stored.map((r) => [r.itemId, r.value]))).toEqual({ A1: false, 'A2.1': 40, B1: true, 'B2.2': 45 })
    // the plan itself still speaks of the real answers
    expect(a.get('[data-testid="plan-needed"]').text()).toBe('Cần thêm 10 điểm để đạt Mức 2.')

    await a.findAll('button').find((b) => b.text() === 'Đặt lại')!.trigger('click')
    expect(a.get('[data-testid="plan-tried"]').text()).toContain('40 điểm — Mức 1')
  })

  it('a trial value above the row maximum is held at the maximum', async () => {
    const w = await mountPlan()
    const b = w.get('[data-testid="plan-group-B"]')
    await b.get('#whatif-B2\\.2').setValue('500')
    await b.get('#whatif-B2\\.2').trigger('change')
    expect(b.get('[data-testid="plan-tried"]').text()).toContain('90 điểm — Mức 3')
  })
})

describe('PlanView: the improvement plan', () => {
  it('turns a suggested row into an action that is saved with the assessment', async () => {
    const w = await mountPlan()
    await w.get('[aria-label="Thêm chỉ số A2.2 vào kế hoạch cải tiến"]').trigger('click')
    await vi.waitFor(() => expect(w.find('[data-testid="action-A2.2"]').exists()).toBe(true))
    const action = w.get('[data-testid="action-A2.2"]')
    expect((action.get('input[type="number"]').element as HTMLInputElement).value).toBe('10')
    expect(action.text()).toContain('Hãy ghi việc cần làm.')
    await action.get('textarea').setValue('Tập huấn giáo viên dùng phần mềm')
    await action.get('textarea').trigger('blur')
    await action.get('input[type="date"]').setValue('2027-03-31')
    await action.get('input[type="date"]').trigger('change')
    await vi.waitFor(async () =>
      expect((await repos().assessments.get('a1'))?.improvement).toEqual([
        expect.objectContaining({ itemId: 'A2.2', what: 'Tập huấn giáo viên dùng phần mềm', by: '2027-03-31', targetPoints: 10 }),
      ]),
    )
    expect(w.get('[data-testid="plan-group-A"]').text()).toContain('Đã có trong kế hoạch cải tiến')
  })
})
