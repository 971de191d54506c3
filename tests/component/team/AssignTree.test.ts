import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import AssignTree from '@/components/team/AssignTree.vue'
import { tinySet } from '../../builders/criteriaSet'

function mountTree(selected: string[], others = new Map<string, string[]>()) {
  const w = mount(AssignTree, {
    props: { set: tinySet(), others, modelValue: selected, 'onUpdate:modelValue': (v: string[]) => w.setProps({ modelValue: v }) },
    global: { plugins: [i18n] },
  })
  return w
}
const box = (w: ReturnType<typeof mountTree>, label: RegExp) => {
  const l = w.findAll('label').find((x) => label.test(x.text()))
  if (!l) throw new Error(`no checkbox ${String(label)}`)
  return l.get('input')
}
const chosen = (w: ReturnType<typeof mountTree>) => [...(w.props('modelValue') as string[])].sort()

describe('AssignTree', () => {
  it('ticks a whole group, a whole criterion, or one row', async () => {
    const w = mountTree([])
    await box(w, /^Nhóm A:/).setValue(true)
    expect(chosen(w)).toEqual(['A1', 'A2.1', 'A2.2'])
    await box(w, /^Tiêu chí A2:/).setValue(false)
    expect(chosen(w)).toEqual(['A1'])
    await box(w, /^B2\.2 /).setValue(true)
    expect(chosen(w)).toEqual(['A1', 'B2.2'])
  })

  it('shows a group or criterion partly ticked as "some", fully ticked as checked', () => {
    const w = mountTree(['A2.1', 'B1', 'B2.1', 'B2.2'])
    const a = box(w, /^Nhóm A:/).element as HTMLInputElement
    const a2 = box(w, /^Tiêu chí A2:/).element as HTMLInputElement
    const b = box(w, /^Nhóm B:/).element as HTMLInputElement
    expect([a.checked, a.indeterminate]).toEqual([false, true])
    expect([a2.checked, a2.indeterminate]).toEqual([false, true])
    expect([b.checked, b.indeterminate]).toEqual([true, false])
  })

  it('a criterion with one row is that row alone, and rows given to others say to whom', () => {
    const w = mountTree([], new Map([['B2.1', ['Lê Thị Hồng']]]))
    expect(w.findAll('label').filter((l) => /A1\b/.test(l.text())).map((l) => l.text())).toEqual(['A1 Có kế hoạch'])
    const row = box(w, /^B2\.1 /)
    const note = w.get(`#${row.attributes('aria-describedby')}`)
    expect(note.text()).toBe('Đang giao cho: Lê Thị Hồng')
  })
})
