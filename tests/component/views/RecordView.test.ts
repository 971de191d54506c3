import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ChisoDb, repos, useDatabase } from '@/db'
import type { Assessment, School } from '@/domain'
import { i18n } from '@/i18n'
import RecordView from '@/views/RecordView.vue'
import { portalSet, storedSet, tinySet } from '../../builders/criteriaSet'

const Stub = defineComponent({ template: '<p>stub</p>' })
const school: School = {
  id: 's1',
  name: 'Trường THCS Lê Quý Đôn',
  code: '',
  kind: 'thcs',
  province: 'Lâm Đồng',
  commune: 'Phường Xuân Hương',
  managingBody: '',
  headName: 'Nguyễn Văn Nam',
  createdAt: '2025-09-01T00:00:00.000Z',
  updatedAt: '2025-09-01T00:00:00.000Z',
}
const draft: Assessment = {
  id: 'a1',
  schoolId: 's1',
  setId: 'tiny',
  version: '1.0.0',
  schoolYear: '2025-2026',
  status: 'approved',
  revision: 1,
  record: { proposals: '- Đề nghị cấp thêm máy chiếu.' },
  createdAt: '2025-10-01T00:00:00.000Z',
  updatedAt: '2025-10-01T00:00:00.000Z',
}

async function mountView(id = 'a1') {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/a/:assessmentId/summary', component: Stub },
      { path: '/a/:assessmentId/record', component: RecordView },
    ],
  })
  await router.push(`/a/${id}/record`)
  await router.isReady()
  const w = mount(RecordView, { global: { plugins: [i18n, router] }, attachTo: document.body })
  await vi.waitFor(() => expect(w.text()).not.toContain('Đang tải…'))
  return w
}

beforeEach(async () => {
  document.body.innerHTML = ''
  useDatabase(new ChisoDb(`test-${crypto.randomUUID()}`))
  setActivePinia(createPinia())
  await repos().criteriaSets.put(storedSet(tinySet()))
  await repos().criteriaSets.put(storedSet(portalSet()))
  await repos().schools.put(school)
  await repos().assessments.put(draft)
})

describe('RecordView', () => {
  it('shows the fields with their defaults and the saved edits, even for an approved assessment', async () => {
    const w = await mountView()
    expect(w.get('h1').text()).toBe('Hồ sơ tự đánh giá 2025-2026')
    expect(w.get('[data-testid="record-pdf"]').text()).toBe('Tạo toàn bộ hồ sơ (PDF)')
    expect((w.get('#record-schoolAbbreviation').element as HTMLInputElement).value).toBe('THCSLQĐ')
    expect((w.get('#record-governingBody').element as HTMLInputElement).value).toBe('UBND PHƯỜNG XUÂN HƯƠNG')
    expect((w.get('#record-proposals').element as HTMLTextAreaElement).value).toBe('- Đề nghị cấp thêm máy chiếu.')
    expect(w.get('details[data-group="report"] summary').text()).toContain('đã sửa 1 mục')
  })

  it('saves a field with the assessment when it is left, and puts the default back on reset', async () => {
    const w = await mountView()
    const input = w.get('#record-meetingPlace')
    await input.setValue('Hội trường tầng 1')
    await input.trigger('blur')
    await vi.waitFor(async () => expect((await repos().assessments.get('a1'))?.record.meetingPlace).toBe('Hội trường tầng 1'))
    await vi.waitFor(() => expect(w.get('[data-testid="record-save-state"]').text()).toContain('Đã lưu lúc'))
    await flushPromises()
    await w.get('[data-field="record-meetingPlace"] button').trigger('click')
    await vi.waitFor(async () => expect((await repos().assessments.get('a1'))?.record.meetingPlace).toBeUndefined())
    await vi.waitFor(() => expect((w.get('#record-meetingPlace').element as HTMLInputElement).value).toBe('Phòng họp Trường THCS Lê Quý Đôn'))
  })

  it('says so when the school of the assessment is gone', async () => {
    await repos().assessments.put({ ...draft, id: 'a2', schoolId: 'gone' })
    const w = await mountView('a2')
    expect(w.get('[role="alert"]').text()).toBe('Không tìm thấy thông tin trường của đợt đánh giá này. Hãy mở lại trường rồi thử lại.')
    expect(w.find('[data-testid="record-pdf"]').exists()).toBe(false)
  })

  it('shows a school-portal set its checklist: its own words, one file, the form’s own fields', async () => {
    await repos().assessments.put({ ...draft, id: 'p1', setId: 'portal-test', record: {} })
    const w = await mountView('p1')
    expect(w.get('[data-testid="record-pdf"]').text()).toBe('Tạo phiếu tự đánh giá (PDF)')
    expect(w.get('[data-testid="record-docx"]').text()).toBe('Tạo phiếu tự đánh giá (Word .docx) để sửa trên máy tính')
    expect(w.text()).toContain('Phiếu tự đánh giá cổng thông tin điện tử được soạn sẵn')
    // One document: no buttons to make its parts one by one.
    expect(w.find('[data-testid="record-pdf-checklist"]').exists()).toBe(false)
    expect(w.findAll('details').map((d) => d.get('summary .rfe__title').text())).toEqual(['Mốc thời gian', 'Thông tin chung', 'Phiếu tự đánh giá'])
    expect(w.find('#record-portalUrl').exists()).toBe(true)
    expect(w.find('#record-planNumber').exists()).toBe(false)
    expect(w.get('[data-testid="record-checks"]').text()).toBe(
      'Còn trống (in dòng “…” để ghi tay): Ngày lập phiếu; Địa chỉ cổng thông tin điện tử; Người lập phiếu.',
    )
  })

  it('lists evidence still named like a camera file before the record is made', async () => {
    const e = (code: string, title: string) => ({ id: code, assessmentId: 'a1', code, title, kind: 'photo' as const, itemIds: ['A2.1'], addedAt: 'x', updatedAt: 'x' })
    await repos().evidence.addMany([e('MC1.1.01', 'IMG_20261117_101500'), e('MC1.1.02', 'Phòng tin học'), e('MC1.1.03', 'Screenshot_20261118-091200')], [])
    const w = await mountView()
    await vi.waitFor(() => expect(w.get('[data-testid="record-checks"]').text()).toContain('2 minh chứng còn mang tên tệp của máy (MC1.1.01, MC1.1.03)'))
  })
})
