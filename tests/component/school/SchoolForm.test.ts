import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import type { School } from '@/domain'
import SchoolForm from '@/components/school/SchoolForm.vue'

const mountForm = (school?: School) =>
  mount(SchoolForm, { props: { formId: 'f', ...(school ? { school } : {}) }, global: { plugins: [i18n] }, attachTo: document.body })

const school: School = {
  id: 's1',
  name: 'Trường THCS Trần Phú',
  code: '31000456',
  kind: 'thcs',
  province: 'Hải Phòng',
  commune: 'Xã An Lão',
  managingBody: 'Phòng Văn hóa – Xã hội xã An Lão',
  headName: 'Trần Văn Bình',
  createdAt: '2025-09-01T00:00:00.000Z',
  updatedAt: '2025-09-01T00:00:00.000Z',
}

describe('SchoolForm', () => {
  it('labels every field', () => {
    const w = mountForm()
    for (const id of ['f-name', 'f-code', 'f-province', 'f-commune', 'f-managingBody', 'f-headName'])
      expect(w.find(`label[for="${id}"]`).exists()).toBe(true)
    expect(w.get('legend').text()).toContain('Cấp học')
    w.unmount()
  })

  it('offers the five school kinds of 4725, not preschool', () => {
    const w = mountForm()
    const kinds = w.findAll('input[type="radio"]').map((r) => (r.element as HTMLInputElement).value)
    expect(kinds).toEqual(['tieu-hoc', 'thcs', 'thpt', 'lien-cap', 'gdtx'])
    expect(w.text()).toContain('Liên cấp')
    expect(w.text()).not.toContain('Mầm non')
    w.unmount()
  })

  it('refuses to submit without a name and a kind, and says why', async () => {
    const w = mountForm()
    expect(w.text()).not.toContain('Hãy nhập tên trường.')
    await w.get('form').trigger('submit')

    expect(w.emitted('submit')).toBeUndefined()
    expect(w.text()).toContain('Hãy nhập tên trường.')
    expect(w.text()).toContain('Hãy chọn cấp học của trường.')
    expect(w.get('#f-name').attributes('aria-invalid')).toBe('true')
    expect(w.get('#f-name').attributes('aria-describedby')).toBe('f-name-error')
    expect(document.activeElement?.id).toBe('f-name')

    await w.get('#f-name').setValue('   ')
    expect(w.text()).toContain('Hãy nhập tên trường.')
    await w.get('#f-name').setValue('Trường Tiểu học Võ Thị Sáu')
    expect(w.text()).not.toContain('Hãy nhập tên trường.')
    w.unmount()
  })

  it('shows the messages in English when the app is in English', async () => {
    i18n.global.locale.value = 'en'
    try {
      const w = mountForm()
      await w.get('form').trigger('submit')
      expect(w.text()).toContain("Enter the school's name.")
      w.unmount()
    } finally {
      i18n.global.locale.value = 'vi'
    }
  })

  it('refuses an overlong code', async () => {
    const w = mountForm()
    await w.get('#f-name').setValue('Trường A')
    await w.get('#f-kind-thpt').setValue(true)
    await w.get('#f-code').setValue('9'.repeat(51))
    await w.get('form').trigger('submit')
    expect(w.emitted('submit')).toBeUndefined()
    expect(w.text()).toContain('Tối đa 50 ký tự.')
    w.unmount()
  })

  it('emits the entered profile', async () => {
    const w = mountForm()
    await w.get('#f-name').setValue('Trường Tiểu học Võ Thị Sáu')
    await w.get('#f-kind-tieu-hoc').setValue(true)
    await w.get('#f-province').setValue('Hải Phòng')
    await w.get('#f-managingBody').setValue('Phòng Văn hóa – Xã hội phường Hồng Bàng')
    await w.get('form').trigger('submit')

    expect(w.emitted('submit')).toEqual([
      [
        {
          name: 'Trường Tiểu học Võ Thị Sáu',
          code: '',
          kind: 'tieu-hoc',
          province: 'Hải Phòng',
          commune: '',
          managingBody: 'Phòng Văn hóa – Xã hội phường Hồng Bàng',
          headName: '',
        },
      ],
    ])
    w.unmount()
  })

  it('starts from the school being edited and suggests a managing body fitting its kind', async () => {
    const w = mountForm(school)
    expect((w.get('#f-name').element as HTMLInputElement).value).toBe('Trường THCS Trần Phú')
    expect((w.get('#f-kind-thcs').element as HTMLInputElement).checked).toBe(true)
    expect(w.get('#f-managingBody').attributes('placeholder')).toContain('Phòng Văn hóa – Xã hội')
    await w.get('#f-kind-thpt').setValue(true)
    expect(w.get('#f-managingBody').attributes('placeholder')).toContain('Sở GD&ĐT')
    w.unmount()
  })
})
