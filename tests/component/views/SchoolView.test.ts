import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { showConfirmDialog } from 'vant'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ChisoDb, repos, useDatabase } from '@/db'
import type { Assessment } from '@/domain'
import { i18n } from '@/i18n'
import SchoolView from '@/views/SchoolView.vue'
import { aSchool } from '../../builders/school'

vi.mock('vant', async (original) => ({ ...(await original<typeof import('vant')>()), showConfirmDialog: vi.fn() }))
const confirm = vi.mocked(showConfirmDialog)

const Stub = defineComponent({ template: '<p>stub</p>' })
const school = aSchool()
const approved: Assessment = {
  id: 'a1',
  schoolId: 's1',
  setId: 'qd-4725',
  version: '1.0.0',
  schoolYear: '2024-2025',
  status: 'approved',
  revision: 1,
  approval: { date: '2025-05-20', decisionNumber: '15/QĐ-THVT', approvedAt: '2025-05-20T03:00:00.000Z' },
  record: {},
  createdAt: '2024-10-01T00:00:00.000Z',
  updatedAt: '2025-05-20T03:00:00.000Z',
}

async function mountSchool() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'home', component: Stub },
      { path: '/sets', name: 'sets', component: Stub },
      { path: '/schools/:schoolId/edit', name: 'school-edit', component: Stub },
      { path: '/schools/:schoolId', name: 'school', component: SchoolView },
      { path: '/a/:assessmentId', name: 'score', component: Stub },
    ],
  })
  await router.push('/schools/s1')
  await router.isReady()
  const w = mount(SchoolView, { global: { plugins: [i18n, router] } })
  await vi.waitFor(() => expect(w.text()).not.toContain('Đang tải…'))
  return { w, router }
}

beforeEach(async () => {
  useDatabase(new ChisoDb(`test-${crypto.randomUUID()}`))
  setActivePinia(createPinia())
  confirm.mockReset()
  await repos().schools.put(school)
  await repos().assessments.create(approved, [{ assessmentId: 'a1', itemId: '1.1', value: true, note: '', updatedAt: 'x' }])
})

describe('SchoolView', () => {
  it("shows the school and its assessments with status, set and decision", async () => {
    const { w } = await mountSchool()
    expect(w.get('h1').text()).toBe('Trường Tiểu học Võ Thị Sáu')
    const card = w.get('article')
    expect(card.text()).toContain('Năm học 2024-2025')
    expect(card.text()).toContain('Đã phê duyệt')
    expect(card.text()).toContain('QĐ 4725')
    expect(card.text()).toContain('phiên bản 1.0.0')
    expect(card.text()).toContain('Quyết định số 15/QĐ-THVT ngày 20/05/2025')
    expect(card.get('a').attributes('href')).toBe('/a/a1')
    await vi.waitFor(() => expect(card.get('[data-testid="result-line"]').text()).toContain('Nhóm 1: 0 (Mức 1) · Nhóm 2: 0 (Mức 1)'))
    expect(card.get('[data-testid="result-line"]').text()).toContain('Đã trả lời 1/30 chỉ số')
    expect(card.find('[data-testid="deadline"]').exists()).toBe(false)
  })

  it('says "Chưa chấm" and the yearly deadline on a draft nobody has answered yet', async () => {
    await repos().assessments.put({ ...approved, id: 'a2', schoolYear: '2026-2027', status: 'draft', approval: undefined })
    const { w } = await mountSchool()
    const card = w.findAll('article').find((a) => a.text().includes('2026-2027'))!
    await vi.waitFor(() => expect(card.get('[data-testid="result-line"]').text()).toBe('Chưa chấm'))
    expect(card.get('[data-testid="deadline"]').text()).toMatch(/^Hạn cập nhật CSDL ngành: 31\/5\/2027, (còn \d+ ngày|đã quá \d+ ngày)|hôm nay/)
  })

  it("creates this year's assessment from last year's answers and opens it", async () => {
    const { w, router } = await mountSchool()
    await w.get('footer button').trigger('click')
    await w.get('input[name="new-assessment-copy"][value="a1"]').setValue(true)
    await w.get('form').trigger('submit')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('score'))

    const id = String(router.currentRoute.value.params.assessmentId)
    expect(await repos().assessments.get(id)).toMatchObject({ schoolId: 's1', setId: 'qd-4725', copiedFrom: 'a1', status: 'draft' })
    expect(await repos().answers.list(id)).toMatchObject([{ itemId: '1.1', value: true, copied: true }])
  })

  it('deletes an assessment only after confirmation', async () => {
    const { w } = await mountSchool()
    confirm.mockRejectedValueOnce(new Error('cancel'))
    // Deleting sits behind the card's menu, not beside the title
    expect(w.get('article details summary').attributes('aria-label')).toBe('Thao tác khác với đợt đánh giá năm học 2024-2025, lần 1')
    await w.get('article details button').trigger('click')
    await vi.waitFor(() => expect(confirm).toHaveBeenCalledOnce())
    expect(confirm.mock.calls[0]![0].message).toContain('Kết quả này đã được phê duyệt')
    expect(await repos().assessments.get('a1')).toBeDefined()

    confirm.mockResolvedValueOnce('confirm')
    await w.get('article details button').trigger('click')
    await vi.waitFor(() => expect(w.find('article').exists()).toBe(false))
    expect(await repos().assessments.get('a1')).toBeUndefined()
    expect(await repos().answers.list('a1')).toEqual([])
  })

  it('deletes the school with everything it holds after saying what goes', async () => {
    const { w, router } = await mountSchool()
    confirm.mockResolvedValueOnce('confirm')
    const button = w.findAll('button').find((b) => b.text() === 'Xóa trường')!
    await button.trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('home'))
    expect(confirm.mock.calls[0]![0].message).toContain('cùng 1 đợt đánh giá, toàn bộ câu trả lời, minh chứng và ảnh')
    expect(await repos().schools.get('s1')).toBeUndefined()
    expect(await repos().assessments.get('a1')).toBeUndefined()
  })
})
