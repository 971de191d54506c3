import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { showConfirmDialog } from 'vant'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ChisoDb, repos, useDatabase } from '@/db'
import type { Assessment } from '@/domain'
import { i18n } from '@/i18n'
import ApproveView from '@/views/ApproveView.vue'
import { aSchool } from '../../builders/school'

vi.mock('vant', async (original) => ({ ...(await original<typeof import('vant')>()), showConfirmDialog: vi.fn() }))
const confirm = vi.mocked(showConfirmDialog)

const Stub = defineComponent({ template: '<p>stub</p>' })
const draft: Assessment = {
  id: 'a1',
  schoolId: 's1',
  setId: 'qd-4725',
  version: '1.0.0',
  schoolYear: '2025-2026',
  status: 'draft',
  revision: 1,
  record: {},
  createdAt: '2025-10-01T00:00:00.000Z',
  updatedAt: '2025-10-01T00:00:00.000Z',
}

async function mountApprove(id = 'a1') {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/a/:assessmentId', name: 'score', component: Stub },
      { path: '/backup', name: 'backup', component: Stub },
      { path: '/a/:assessmentId/record', name: 'record', component: Stub },
      { path: '/a/:assessmentId/report', name: 'report', component: Stub },
      { path: '/a/:assessmentId/approve', name: 'approve', component: ApproveView },
    ],
  })
  await router.push(`/a/${id}/approve`)
  await router.isReady()
  const w = mount(ApproveView, { global: { plugins: [i18n, router] } })
  await vi.waitFor(() => expect(w.text()).not.toContain('Đang tải…'))
  return { w, router }
}

beforeEach(async () => {
  localStorage.clear()
  useDatabase(new ChisoDb(`test-${crypto.randomUUID()}`))
  setActivePinia(createPinia())
  confirm.mockReset()
  await repos().assessments.create(draft, [{ assessmentId: 'a1', itemId: '1.1', value: false, note: '', updatedAt: 'x' }])
})

describe('ApproveView', () => {
  it('shows both groups and what is still open, but lets the head approve', async () => {
    const { w } = await mountApprove()
    expect(w.findAll('[data-testid^="approval-group-"]')).toHaveLength(2)
    expect(w.text()).toContain('điều kiện bắt buộc chưa đạt (1.1)')
    expect(w.text()).toMatch(/Còn \d+ chỉ số chưa trả lời/)
    expect(w.text()).toContain('Vẫn có thể phê duyệt')
    expect((w.get('input[type="date"]').element as HTMLInputElement).value).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('asks for the decision number, then approves after confirmation and says what comes next', async () => {
    const { w, router } = await mountApprove()
    await w.get('form').trigger('submit')
    await vi.waitFor(() => expect(w.text()).toContain('Hãy nhập số quyết định.'))
    expect(confirm).not.toHaveBeenCalled()

    confirm.mockResolvedValueOnce('confirm')
    await w.get('#approval-form-date').setValue('2026-05-20')
    await w.get('#approval-form-decisionNumber').setValue('15/QĐ-THVT')
    await w.get('form').trigger('submit')
    await vi.waitFor(() => expect(w.find('[data-testid="approval-done"]').exists()).toBe(true))
    expect(router.currentRoute.value.name).toBe('approve')
    expect(w.get('[data-testid="approval-done"]').text()).toContain('Xuất hồ sơ')
    expect(w.get('[data-testid="approval-done"]').text()).toContain('Sao lưu dữ liệu')
    expect(w.get('[data-testid="submit-link"]').attributes('href')).toBe('/a/a1/report')

    expect(confirm.mock.calls[0]![0].message).toContain('chỉ xem được')
    expect(await repos().assessments.get('a1')).toMatchObject({
      status: 'approved',
      approval: { date: '2026-05-20', decisionNumber: '15/QĐ-THVT' },
    })
  })

  it('suggests a backup first when none was made, without blocking the approval', async () => {
    await repos().schools.put(aSchool({ id: 's1' }))
    const { w } = await mountApprove()
    await vi.waitFor(() => expect(w.find('[data-testid="backup-nudge"]').exists()).toBe(true))
    const nudge = w.get('[data-testid="backup-nudge"]')
    expect(nudge.text()).toContain('Nên tạo bản sao lưu trước khi phê duyệt.')
    expect(nudge.find('button').exists()).toBe(false) // no "later": it stays while the head decides
    expect(w.get('#approval-form-decisionNumber').attributes('disabled')).toBeUndefined()
  })

  it('keeps the typed decision while the head leaves to make a backup, and forgets it once approved', async () => {
    const first = await mountApprove()
    await first.w.get('#approval-form-date').setValue('2026-05-21')
    await first.w.get('#approval-form-decisionNumber').setValue('16/QĐ-THVT')
    first.w.unmount()

    const { w, router } = await mountApprove()
    expect((w.get('#approval-form-date').element as HTMLInputElement).value).toBe('2026-05-21')
    expect((w.get('#approval-form-decisionNumber').element as HTMLInputElement).value).toBe('16/QĐ-THVT')

    confirm.mockResolvedValueOnce('confirm')
    await w.get('form').trigger('submit')
    await vi.waitFor(() => expect(w.find('[data-testid="approval-done"]').exists()).toBe(true))
    expect((await repos().assessments.get('a1'))?.approval?.decisionNumber).toBe('16/QĐ-THVT')
    expect(router.currentRoute.value.name).toBe('approve')
    expect(Object.keys(localStorage)).toEqual([])
  })

  it('keeps only what the head changed: today’s date is not frozen into the draft', async () => {
    const first = await mountApprove()
    await first.w.get('#approval-form-decisionNumber').setValue('17/QĐ-THVT')
    first.w.unmount()
    expect(JSON.parse(localStorage.getItem('chiso.draft.approval-a1') ?? 'null')).toEqual({ decisionNumber: '17/QĐ-THVT' })
  })

  it('starts from today and an empty number when the kept draft is unreadable', async () => {
    localStorage.setItem('chiso.draft.approval-a1', '{not json')
    const { w } = await mountApprove()
    expect((w.get('#approval-form-decisionNumber').element as HTMLInputElement).value).toBe('')
    expect((w.get('#approval-form-date').element as HTMLInputElement).value).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('does not approve when the head cancels', async () => {
    const { w, router } = await mountApprove()
    confirm.mockRejectedValueOnce(new Error('cancel'))
    await w.get('#approval-form-decisionNumber').setValue('15/QĐ-THVT')
    await w.get('form').trigger('submit')
    await vi.waitFor(() => expect(confirm).toHaveBeenCalledOnce())
    expect(router.currentRoute.value.name).toBe('approve')
    expect((await repos().assessments.get('a1'))?.status).toBe('draft')
  })

  it('amends an approved result as a new revision and opens it, keeping the approved one', async () => {
    await repos().assessments.put({ ...draft, status: 'approved', approval: { date: '2026-05-20', decisionNumber: '15/QĐ-THVT', approvedAt: 'x' } })
    const { w, router } = await mountApprove()
    expect(w.text()).toContain('Quyết định số 15/QĐ-THVT ngày 20/05/2026')
    expect(w.text()).toContain('Lần 1 đã phê duyệt vẫn được giữ nguyên')

    await w.get('footer button').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.params.assessmentId).not.toBe('a1'))

    const id = String(router.currentRoute.value.params.assessmentId)
    expect(await repos().assessments.get(id)).toMatchObject({ status: 'draft', revision: 2, amends: 'a1' })
    expect((await repos().assessments.get('a1'))?.status).toBe('approved')
  })

  it('lists copied rows and points unlike their answer, and approves only once the head ticks she reviewed them', async () => {
    await repos().answers.putMany([
      { assessmentId: 'a1', itemId: '1.4', value: 5, note: '', copied: true, updatedAt: 'x' },
      { assessmentId: 'a1', itemId: '1.5.1', value: 10, note: '', copied: true, updatedAt: 'x' },
      { assessmentId: 'a1', itemId: '1.3.1', value: 6, basis: { yes: false }, note: '', updatedAt: 'x' },
    ])
    const { w } = await mountApprove()
    const review = w.get('[data-testid="approval-review"]')
    expect(review.get('[data-testid="approval-unconfirmed"]').text()).toContain('Còn 2 chỉ số chép câu trả lời từ năm trước')
    expect(review.get('[data-testid="approval-mismatches"]').text()).toContain('1.3.1 điểm 6, gợi ý 0')

    await w.get('#approval-form-decisionNumber').setValue('18/QĐ-THVT')
    await w.get('form').trigger('submit')
    await vi.waitFor(() => expect(w.text()).toContain('Hãy rà soát các chỉ số nêu trên rồi đánh dấu ô xác nhận.'))
    expect(confirm).not.toHaveBeenCalled()

    confirm.mockResolvedValueOnce('confirm')
    await w.get('[data-testid="approval-reviewed"]').setValue(true)
    await w.get('form').trigger('submit')
    await vi.waitFor(async () => expect((await repos().assessments.get('a1'))?.status).toBe('approved'))
    expect((await repos().assessments.get('a1'))?.approval).toMatchObject({ decisionNumber: '18/QĐ-THVT', copiedReviewed: 2 })
  })
})
