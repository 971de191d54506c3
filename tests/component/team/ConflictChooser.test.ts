import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import type { Answer, ConflictChoice, MergeConflict } from '@/domain'
import ConflictChooser from '@/components/team/ConflictChooser.vue'

const row = (value: Answer['value'], over: Partial<Answer> = {}): Answer => ({
  assessmentId: 'a1',
  itemId: '1.7.1',
  value,
  note: '',
  updatedAt: '2025-11-01T08:00:00.000Z',
  ...over,
})

const conflict = (over: Partial<MergeConflict> = {}): MergeConflict => ({
  itemId: '1.7.1',
  principal: row(4, { note: 'Theo biên bản kiểm kê' }),
  contribution: row(6, { basis: { percentage: 75 }, note: 'Đã chụp 18/24 phòng <img src=x onerror=alert(1)>', by: 'm1' }),
  baseline: { value: null, note: '' },
  ...over,
})

function mountChooser(c: MergeConflict, choice?: ConflictChoice) {
  return mount(ConflictChooser, {
    props: {
      conflict: c,
      itemText: 'Tỷ lệ phòng học có thiết bị trình chiếu',
      memberName: 'Trần Thị Mai',
      modelValue: choice,
      'onUpdate:modelValue': () => undefined,
    },
    global: { plugins: [i18n] },
  })
}

afterEach(() => {
  i18n.global.locale.value = 'vi'
})

describe('ConflictChooser', () => {
  it('shows the principal’s value and the member’s side by side, notes as text', () => {
    const w = mountChooser(conflict())
    expect(w.get('legend').text()).toBe('Chỉ số 1.7.1 Tỷ lệ phòng học có thiết bị trình chiếu')
    const [mine, theirs] = w.findAll('label')
    expect(mine!.text()).toContain('Giá trị hiện tại của bạn')
    expect(mine!.text()).toContain('4 điểm')
    expect(mine!.text()).toContain('Ghi chú: Theo biên bản kiểm kê')
    expect(theirs!.text()).toContain('Giá trị của Trần Thị Mai')
    expect(theirs!.text()).toContain('6 điểm (tỷ lệ 75%)')
    expect(theirs!.text()).toContain('<img src=x onerror=alert(1)>')
    expect(w.find('img').exists()).toBe(false)
  })

  it('chooses nothing by itself, and reports the side the principal picks', async () => {
    const w = mountChooser(conflict())
    const radios = w.findAll('input[type="radio"]')
    expect(radios.map((r) => (r.element as HTMLInputElement).checked)).toEqual([false, false])
    // One group per row: the two radios share a name, and each is named by its label.
    expect(new Set(radios.map((r) => r.attributes('name')))).toEqual(new Set(['conflict-1_7_1']))
    await radios[1]!.setValue(true)
    await radios[0]!.setValue(true)
    expect(w.emitted('update:modelValue')).toEqual([['contribution'], ['principal']])
  })

  it('marks the chosen side', () => {
    const w = mountChooser(conflict(), 'contribution')
    const [mine, theirs] = w.findAll('label')
    expect(theirs!.classes()).toContain('conflict__side--on')
    expect(mine!.classes()).not.toContain('conflict__side--on')
    expect((w.findAll('input')[1]!.element as HTMLInputElement).checked).toBe(true)
  })

  it.each([
    [true, 'Đạt'],
    [false, 'Chưa đạt'],
    ['K12Online (thuê)', 'K12Online (thuê)'],
  ] as const)('words a %j value as %j', (value, text) => {
    const w = mountChooser(conflict({ principal: row(value), contribution: row(value) }))
    expect(w.findAll('.conflict__value').map((v) => v.text())).toEqual([text, text])
  })

  it('says "not answered" when the principal has no row', () => {
    const w = mountChooser(conflict({ principal: null }))
    expect(w.findAll('.conflict__value')[0]!.text()).toBe('Chưa trả lời')
  })

  it('speaks English too', () => {
    i18n.global.locale.value = 'en'
    const w = mountChooser(conflict({ principal: row(true), contribution: row(false) }))
    expect(w.findAll('.conflict__value').map((v) => v.text())).toEqual(['Met', 'Not met'])
    expect(w.text()).toContain('Trần Thị Mai\'s value')
  })
})
