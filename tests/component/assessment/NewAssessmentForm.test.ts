import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '@/i18n'
import type { Assessment, School } from '@/domain'
import type { AvailableSet } from '@/stores/criteriaSets'
import NewAssessmentForm from '@/components/assessment/NewAssessmentForm.vue'
import { tinySet } from '../../builders/criteriaSet'
import { aSchool } from '../../builders/school'


const school = aSchool()

const sets: AvailableSet[] = [
  { set: tinySet(), source: 'built-in' },
  { set: tinySet({ version: '1.1.0', status: { provenance: 'unofficial', note: { vi: 'Bản tỉnh' } } }), source: 'loaded', fileName: 'tinh.json' },
  { set: tinySet({ id: 'thpt-only', title: { vi: 'Chỉ THPT' }, schoolKinds: ['thpt'] }), source: 'built-in' },
]

const assessment = (id: string, schoolYear: string, over: Partial<Assessment> = {}): Assessment => ({
  id,
  schoolId: 's1',
  setId: 'tiny',
  version: '1.0.0',
  schoolYear,
  status: 'approved',
  revision: 1,
  record: {},
  createdAt: '2025-09-01T00:00:00.000Z',
  updatedAt: '2025-09-01T00:00:00.000Z',
  ...over,
})

const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/sets', name: 'sets', component: { template: '<p />' } }] })

const mountForm = (props: { assessments?: Assessment[]; sets?: AvailableSet[]; school?: School } = {}) =>
  mount(NewAssessmentForm, {
    props: { school, sets, assessments: [], today: new Date(2026, 10, 24), ...props },
    global: { plugins: [i18n, router] },
  })

const checked = (w: ReturnType<typeof mountForm>, name: string) =>
  (w.findAll(`input[name="${name}"]`).find((r) => (r.element as HTMLInputElement).checked)?.element as HTMLInputElement | undefined)?.value

describe('NewAssessmentForm', () => {
  it('offers last, this and next school year, with this one chosen', () => {
    const w = mountForm()
    const years = w.findAll('input[name="new-assessment-year"]').map((r) => (r.element as HTMLInputElement).value)
    expect(years).toEqual(['2025-2026', '2026-2027', '2027-2028'])
    expect(checked(w, 'new-assessment-year')).toBe('2026-2027')
  })

  it("offers only the sets for the school's kind, newest version first, with their provenance", () => {
    const w = mountForm()
    const options = w.findAll('input[name="new-assessment-set"]').map((r) => (r.element as HTMLInputElement).value)
    expect(options).toEqual(['tiny@1.1.0', 'tiny@1.0.0'])
    expect(checked(w, 'new-assessment-set')).toBe('tiny@1.1.0')
    expect(w.text()).toContain('Chưa xác minh')
    expect(w.text()).toContain('Nạp từ tệp')
    expect(w.text()).not.toContain('Chỉ THPT')
  })

  it('lists an example set last, labelled, and never chooses it by default', () => {
    const example: AvailableSet = { set: tinySet({ id: 'a-example', example: true }), source: 'built-in' }
    const w = mountForm({ sets: [example, ...sets] })
    const options = w.findAll('input[name="new-assessment-set"]').map((r) => (r.element as HTMLInputElement).value)
    expect(options).toEqual(['tiny@1.1.0', 'tiny@1.0.0', 'a-example@1.0.0'])
    expect(checked(w, 'new-assessment-set')).toBe('tiny@1.1.0')
    expect(w.text()).toContain('Bộ ví dụ')
  })

  it('says what to do when no set applies', () => {
    const w = mountForm({ sets: [sets[2]!] })
    expect(w.text()).toContain('Chưa có bộ tiêu chí nào dành cho trường Tiểu học')
    expect(w.get('button[type="submit"]').attributes('disabled')).toBeDefined()
  })

  it("lists the school's earlier assessments of the same set to copy from", async () => {
    const w = mountForm({
      assessments: [
        assessment('same-year', '2026-2027', { status: 'draft' }),
        assessment('last-2', '2025-2026', { revision: 2 }),
        assessment('last-1', '2025-2026'),
        assessment('other-set', '2024-2025', { setId: 'other' }),
      ],
    })
    const copyOptions = () => w.findAll('input[name="new-assessment-copy"]').map((r) => (r.element as HTMLInputElement).value)
    expect(copyOptions()).toEqual(['', 'last-2', 'last-1'])
    expect(checked(w, 'new-assessment-copy')).toBe('')
    expect(w.text()).toContain('Năm học 2025-2026, lần 2 · Đã phê duyệt')
    expect(w.text()).toContain('Trường đã có đợt đánh giá năm học 2026-2027')

    await w.get('input[value="2025-2026"]').setValue(true)
    expect(copyOptions()).toEqual([])
    expect(w.text()).toContain('chưa có đợt đánh giá nào theo bộ tiêu chí này ở các năm học trước')
  })

  it('emits the chosen year, set version and copy source', async () => {
    const w = mountForm({ assessments: [assessment('last-1', '2025-2026')] })
    await w.get('input[value="tiny@1.0.0"]').setValue(true)
    await w.get('input[name="new-assessment-copy"][value="last-1"]').setValue(true)
    await w.get('form').trigger('submit')
    expect(w.emitted('create')).toEqual([[{ setId: 'tiny', version: '1.0.0', schoolYear: '2026-2027', copyFrom: 'last-1' }]])
  })

  it('emits no copy source for a blank start, and cancel on cancel', async () => {
    const w = mountForm()
    await w.get('form').trigger('submit')
    expect(w.emitted('create')).toEqual([[{ setId: 'tiny', version: '1.1.0', schoolYear: '2026-2027' }]])
    await w.get('button[type="button"]').trigger('click')
    expect(w.emitted('cancel')).toHaveLength(1)
  })
})
