import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import { i18n } from '@/i18n'
import FormField from '@/components/ui/FormField.vue'

type Props = InstanceType<typeof FormField>['$props']

const mountField = (props: Omit<Props, 'id' | 'label'>) =>
  mount(FormField, {
    props: { id: 'x', label: 'Tên trường', ...props },
    slots: { default: (f: Record<string, unknown>) => h('input', { ...f, class: 'field' }) },
    global: { plugins: [i18n] },
  })

describe('FormField', () => {
  it('labels the control it frames', () => {
    const w = mountField({})
    expect(w.get('label').attributes('for')).toBe('x')
    expect(w.get('input').attributes('id')).toBe('x')
    expect(w.get('label').text()).toBe('Tên trường')
  })

  it.each<{ why: string; props: Omit<Props, 'id' | 'label'>; describedBy: string | undefined; invalid: boolean; shown: string[] }>([
    { why: 'nothing to say', props: {}, describedBy: undefined, invalid: false, shown: [] },
    { why: 'a hint', props: { hint: 'Ghi đúng tên' }, describedBy: 'x-hint', invalid: false, shown: ['Ghi đúng tên'] },
    { why: 'an error', props: { error: 'Cần nhập tên' }, describedBy: 'x-error', invalid: true, shown: ['Cần nhập tên'] },
    { why: 'an empty error', props: { error: '' }, describedBy: undefined, invalid: false, shown: [] },
    { why: 'a hint and an error', props: { hint: 'Ghi đúng tên', error: 'Cần nhập tên' }, describedBy: 'x-hint x-error', invalid: true, shown: ['Ghi đúng tên', 'Cần nhập tên'] },
    { why: 'a count far from the limit', props: { count: { length: 10, max: 100 } }, describedBy: undefined, invalid: false, shown: [] },
    { why: 'a count near the limit', props: { count: { length: 90, max: 100 } }, describedBy: 'x-count', invalid: false, shown: ['90', '100'] },
  ])('wires $why to the control', ({ props, describedBy, invalid, shown }) => {
    const w = mountField(props)
    const input = w.get('input')
    expect(input.attributes('aria-describedby')).toBe(describedBy)
    expect(input.attributes('aria-invalid')).toBe(invalid ? 'true' : undefined)
    for (const id of describedBy?.split(' ') ?? []) expect(w.find(`#${id}`).exists()).toBe(true)
    for (const text of shown) expect(w.text()).toContain(text)
    if (!describedBy) expect(w.findAll('p')).toHaveLength(0)
  })

  it('puts what the label slot holds beside the label', () => {
    const w = mount(FormField, {
      props: { id: 'x', label: 'Tên trường' },
      slots: { label: () => h('span', { class: 'muted' }, '(bắt buộc)'), default: (f: Record<string, unknown>) => h('input', f) },
      global: { plugins: [i18n] },
    })
    expect(w.get('label').text()).toContain('(bắt buộc)')
  })
})
