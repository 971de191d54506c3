import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ChisoDb, repos, useDatabase } from '@/db'
import { setKey, type Assessment, type CriteriaSet } from '@/domain'
import { i18n } from '@/i18n'
import YearsView from '@/views/YearsView.vue'
import { aSchool } from '../../builders/school'
import { tinySet } from '../../builders/criteriaSet'
import { assessment } from '../../builders/assessment'

const Stub = defineComponent({ template: '<p>stub</p>' })

async function storeSet(set: CriteriaSet) {
  await repos().criteriaSets.put({
    key: setKey({ setId: set.id, version: set.version }),
    setId: set.id,
    version: set.version,
    fileName: `${set.id}.json`,
    text: JSON.stringify(set),
    loadedAt: '2025-10-01T00:00:00.000Z',
  })
}

const yearOf = (id: string, schoolYear: string, extra: Partial<Assessment> = {}): Assessment =>
  assessment({ id, setId: 'tiny', schoolYear, status: 'approved', ...extra })
const answers = (assessmentId: string, values: Record<string, boolean | number>) =>
  Object.entries(values).map(([itemId, value]) => ({ assessmentId, itemId, value, note: '', updatedAt: 'x' }))

async function mountYears() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/schools/:schoolId', component: Stub },
      { path: '/schools/:schoolId/years', component: YearsView },
    ],
  })
  await router.push('/schools/s1/years')
  await router.isReady()
  const w = mount(YearsView, { global: { plugins: [i18n, router] } })
  await vi.waitFor(() => expect(w.find('[data-testid="years-group-A"]').exists()).toBe(true))
  return w
}

beforeEach(async () => {
  useDatabase(new ChisoDb(`test-${crypto.randomUUID()}`))
  setActivePinia(createPinia())
  await storeSet(tinySet())
  await repos().schools.put(aSchool({ id: 's1' }))
})

describe('YearsView', () => {
  it('shows each group year by year and what went up or down', async () => {
    await repos().assessments.create(yearOf('y1', '2024-2025'), answers('y1', { A1: false, 'A2.1': 40, 'B2.2': 60 }))
    await repos().assessments.create(yearOf('y2', '2025-2026'), answers('y2', { A1: true, 'A2.1': 40, 'A2.2': 20, 'B2.2': 50 }))
    // a draft amendment of the latest year does not speak for it
    await repos().assessments.create(
      yearOf('y2b', '2025-2026', { status: 'draft', revision: 2 }),
      answers('y2b', { A1: true, 'A2.1': 0 }),
    )
    const w = await mountYears()
    expect(w.get('[data-testid="years-group-A"]').text()).toContain('2024-2025: 40/100 điểm — Mức 1')
    expect(w.get('[data-testid="years-group-A"]').text()).toContain('2025-2026: 60/100 điểm — Mức 2')
    expect(w.get('[data-testid="years-totals"]').text()).toContain('Nhóm A: 40 → 60 (Mức 1 → Mức 2)')
    expect(w.get('[data-testid="years-up"]').text()).toContain('A1')
    expect(w.get('[data-testid="years-up"]').text()).toContain('A2.2')
    expect(w.get('[data-testid="years-up"]').text()).toContain('(+20)')
    expect(w.get('[data-testid="years-down"]').text()).toContain('B2.2')
    expect(w.get('[data-testid="years-down"]').text()).toContain('(-10)')
  })

  it('compares across set versions and says which rows changed', async () => {
    const v2 = tinySet({ version: '2.0.0' })
    const b22 = v2.groups[1]!.criteria[1]!.items[1]!
    if (b22.kind === 'points') b22.max = 80
    await storeSet(v2)
    await repos().assessments.create(yearOf('y1', '2024-2025'), answers('y1', { 'B2.2': 60 }))
    await repos().assessments.create(yearOf('y2', '2025-2026', { version: '2.0.0' }), answers('y2', { 'B2.2': 70 }))
    const w = await mountYears()
    expect(w.get('[data-testid="years-changed"]').text()).toContain('B2.2')
  })
})
